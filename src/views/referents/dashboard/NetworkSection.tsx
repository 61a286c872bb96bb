/** The network: ambassadors published, active, never solicited (1, 3, 4) and the applications (2). */
import type { FigureDefinition, FigureKey } from '../../../lib/indicators/definitions.ts';
import type { ApplicationFigures, NetworkFigures, SupplyCounts } from '../../../lib/indicators/figures.ts';
import { days, frenchNumber, percent } from '../../../lib/indicators/format.ts';
import { departmentLabel } from '../../../lib/directory.ts';
import { AMBASSADOR_TYPES, SECTORS } from '../../../lib/vocabularies.ts';
import { BarChart } from '../../charts/BarChart.tsx';
import { CountsTable, Figure, N, Part, nameOf, plural, themeName, type CountColumn } from './parts.tsx';

const published = (c: SupplyCounts) => c.available + c.paused;

const SUPPLY_COLUMNS: readonly CountColumn<SupplyCounts>[] = [
  { header: 'Disponibles', cell: (c) => frenchNumber(c.available) },
  { header: 'En pause', cell: (c) => frenchNumber(c.paused) },
  { header: 'Actifs', cell: (c) => frenchNumber(c.active) },
  { header: 'Jamais sollicités', cell: (c) => frenchNumber(c.neverSolicited) },
];

function SupplyTable(props: { caption: string; header: string; rows: readonly { label: string; counts: SupplyCounts }[] }) {
  return <CountsTable {...props} columns={SUPPLY_COLUMNS} />;
}

export function NetworkSection({
  network,
  applications,
  definitions,
  severalDepartments,
}: {
  network: NetworkFigures;
  applications: ApplicationFigures;
  definitions: Record<FigureKey, FigureDefinition>;
  severalDepartments: boolean;
}) {
  const { total } = network;
  const all = published(total);
  const sectors = network.bySector.map((s) => ({ label: nameOf(SECTORS, s.key), value: published(s) })).sort((a, b) => b.value - a.value);
  const top = sectors[0];
  return (
    <Part id="reseau" title="Le réseau des ambassadeurs">
      <Figure id="publies" definition={definitions.published}>
        <p>
          <N n={total.available} /> {total.available >= 2 ? 'ambassadeurs disponibles' : 'ambassadeur disponible'} et <N n={total.paused} />{' '}
          en pause
          {total.departed > 0 && ` (dont ${plural(total.departed, 'parti')} depuis)`}.
        </p>
        {all > 0 && (
          <BarChart
            takeaway={`Le secteur qui compte le plus d’ambassadeurs publiés est « ${top!.label} » : ${frenchNumber(top!.value)} sur ${frenchNumber(all)} (${percent(top!.value, all)}).`}
            caption="Ambassadeurs publiés (disponibles ou en pause) par secteur"
            labelHeader="Secteur"
            valueHeader="Ambassadeurs publiés"
            bars={sectors}
          />
        )}
        <SupplyTable
          caption="Ambassadeurs par type"
          header="Type"
          rows={network.byType.map((t) => ({ label: nameOf(AMBASSADOR_TYPES, t.key), counts: t }))}
        />
        <SupplyTable
          caption="Ambassadeurs par thème transversal (une personne compte dans chacun de ses thèmes)"
          header="Thème"
          rows={network.byTheme.map((t) => ({ label: themeName(t.key), counts: t }))}
        />
        {severalDepartments && (
          <SupplyTable
            caption="Ambassadeurs par département de rattachement"
            header="Département"
            rows={network.byDepartment.map((d) => ({ label: departmentLabel(d.key), counts: d }))}
          />
        )}
      </Figure>
      <Figure id="actifs" definition={definitions.active}>
        <p>
          <N n={total.active} /> {total.active >= 2 ? 'ambassadeurs actifs' : 'ambassadeur actif'}, soit {percent(total.active, all)} des
          ambassadeurs publiés (par type : tableau ci-dessus).
        </p>
      </Figure>
      <Figure id="jamais-sollicites" definition={definitions.neverSolicited}>
        <p>
          <N n={total.neverSolicited} /> sur {plural(total.longPublished, 'ambassadeur publié', 'ambassadeurs publiés')} depuis plus de 90
          jours, soit {percent(total.neverSolicited, total.longPublished)}.
        </p>
      </Figure>
      <Figure id="inscriptions" definition={definitions.applications}>
        <dl>
          <dt>À valider aujourd’hui</dt>
          <dd>
            {`${plural(applications.toValidate, 'inscription')} : ${frenchNumber(applications.waiting.under7Days)} depuis moins de 7 jours, ${frenchNumber(applications.waiting.from7To14Days)} depuis 7 à 14 jours, ${frenchNumber(applications.waiting.over14Days)} depuis plus de 14 jours`}
            {applications.toValidate > 0 &&
              ` ; ancienneté médiane ${days(applications.waiting.medianDays)}, la plus ancienne ${days(applications.waiting.oldestDays)}`}
            .
          </dd>
          <dt>Dans la période</dt>
          <dd>
            {`${frenchNumber(applications.submitted)} déposées, ${frenchNumber(applications.confirmed)} confirmées, ${frenchNumber(applications.approved)} validées, ${frenchNumber(applications.rejected)} refusées.`}
          </dd>
          <dt>Délai entre confirmation et décision</dt>
          <dd>{`Médiane ${days(applications.decisionDays.median)}, 9e décile ${days(applications.decisionDays.p90)}.`}</dd>
        </dl>
      </Figure>
    </Part>
  );
}
