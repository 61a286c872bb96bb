/** Outcomes: interventions done and hours (14), young people reached (15), satisfaction (16), feedback returned (17). */
import type { FigureDefinition, FigureKey } from '../../../lib/indicators/definitions.ts';
import type { DoneCounts, OutcomeFigures, Satisfaction } from '../../../lib/indicators/figures.ts';
import { decimal, frenchNumber, hours, percent } from '../../../lib/indicators/format.ts';
import { departmentLabel } from '../../../lib/directory.ts';
import { INTERVENTIONS, MODALITIES, SECTORS } from '../../../lib/vocabularies.ts';
import { BarChart } from '../../charts/BarChart.tsx';
import { StackedBarChart } from '../../charts/StackedBarChart.tsx';
import { CountsTable, Figure, N, Part, Scroll, nameOf, plural, type CountColumn } from './parts.tsx';

const SOURCES = {
  requester: 'Chiffre donné par le demandeur',
  ambassador: 'Chiffre donné par l’ambassadeur',
  group_size: 'Taille du groupe annoncée',
} as const;

const SCORES = ['1 – pas du tout satisfait', '2', '3', '4', '5 – très satisfait'];

const DONE_COLUMNS: readonly CountColumn<DoneCounts>[] = [
  { header: 'Interventions', cell: (c) => frenchNumber(c.done) },
  { header: 'Heures', cell: (c) => hours(c.minutes) },
  { header: 'Jeunes touchés', cell: (c) => frenchNumber(c.young) },
];

function DoneTable(props: { caption: string; header: string; rows: readonly { label: string; counts: DoneCounts }[] }) {
  return <CountsTable {...props} columns={DONE_COLUMNS} />;
}

const meanOf = (s: Satisfaction, who: string) =>
  s.count > 0 ? `${decimal(s.mean)} sur 5 pour les ${who} (${plural(s.count, 'avis', 'avis')})` : `aucun avis des ${who}`;

export function OutcomesSection({
  outcomes,
  definitions,
  severalDepartments,
}: {
  outcomes: OutcomeFigures;
  definitions: Record<FigureKey, FigureDefinition>;
  severalDepartments: boolean;
}) {
  const { done, young, satisfaction } = outcomes;
  const top = outcomes.byIntervention[0];
  const sources = (Object.keys(SOURCES) as (keyof typeof SOURCES)[]).map((key) => ({ key, ...young.bySource[key] }));
  return (
    <Part id="resultats" title="Les interventions réalisées et les avis">
      <Figure id="realisees" definition={definitions.done}>
        <p>
          <N n={done} /> {done >= 2 ? 'interventions réalisées' : 'intervention réalisée'}, soit {hours(outcomes.minutes)}.
        </p>
        {top && (
          <BarChart
            takeaway={`Le type d’intervention le plus réalisé est « ${nameOf(INTERVENTIONS, top.key)} » : ${frenchNumber(top.done)} sur ${frenchNumber(done)} (${percent(top.done, done)}).`}
            caption="Interventions réalisées par type"
            labelHeader="Type d’intervention"
            valueHeader="Interventions"
            bars={outcomes.byIntervention.map((i) => ({ label: nameOf(INTERVENTIONS, i.key), value: i.done }))}
          />
        )}
        <div className="figure-tables">
          <DoneTable
            caption="Par modalité"
            header="Modalité"
            rows={outcomes.byModality.map((m) => ({ label: nameOf(MODALITIES, m.key), counts: m }))}
          />
          <DoneTable
            caption="Par secteur"
            header="Secteur"
            rows={outcomes.bySector.map((s) => ({ label: nameOf(SECTORS, s.key), counts: s }))}
          />
          {severalDepartments && (
            <DoneTable
              caption="Par département de l’intervention"
              header="Département"
              rows={outcomes.byTerritory.map((t) => ({ label: departmentLabel(t.key), counts: t }))}
            />
          )}
        </div>
      </Figure>
      <Figure id="jeunes" definition={definitions.young}>
        <p>
          <N n={young.total} /> {young.total >= 2 ? 'jeunes touchés' : 'jeune touché'} (déclarés).
        </p>
        {young.total > 0 && (
          <BarChart
            takeaway={`${percent(young.bySource.requester.young, young.total)} des jeunes comptés viennent du chiffre donné par le demandeur dans son avis.`}
            caption="Jeunes touchés selon la source du chiffre"
            labelHeader="Source du chiffre"
            valueHeader="Jeunes touchés (interventions)"
            bars={sources.map((s) => ({
              label: SOURCES[s.key],
              value: s.young,
              text: `${frenchNumber(s.young)} (${plural(s.interventions, 'intervention')})`,
            }))}
          />
        )}
      </Figure>
      <Figure id="satisfaction" definition={definitions.satisfaction}>
        <StackedBarChart
          id="graphique-satisfaction"
          takeaway={`Note moyenne : ${meanOf(satisfaction.requester, 'demandeurs')} ; ${meanOf(satisfaction.ambassador, 'ambassadeurs')}.`}
          caption="Répartition des notes de satisfaction, par côté"
          categoryHeader="Note"
          categories={SCORES}
          rows={[
            { label: 'Demandeurs', values: satisfaction.requester.distribution },
            { label: 'Ambassadeurs', values: satisfaction.ambassador.distribution },
          ]}
        />
      </Figure>
      <Figure id="retour-des-avis" definition={definitions.feedbackRate}>
        <Scroll label="Avis donnés sur les interventions réalisées dans la période">
          <table>
            <caption>Avis donnés sur les interventions réalisées dans la période</caption>
            <thead>
              <tr>
                <th scope="col">Côté</th>
                <th scope="col">Avis donnés</th>
                <th scope="col">Interventions réalisées</th>
                <th scope="col">Taux de retour</th>
              </tr>
            </thead>
            <tbody>
              {[
                { side: 'Demandeurs', count: satisfaction.requester.count },
                { side: 'Ambassadeurs', count: satisfaction.ambassador.count },
              ].map(({ side, count }) => (
                <tr key={side}>
                  <th scope="row">{side}</th>
                  <td>{frenchNumber(count)}</td>
                  <td>{frenchNumber(done)}</td>
                  <td>{percent(count, done)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Scroll>
      </Figure>
    </Part>
  );
}
