/** Supply against demand by intervention département × sector, unmet demand and zones blanches (12), with the requests outside every zone. */
import type { FigureDefinition, FigureKey } from '../../../lib/indicators/definitions.ts';
import type { SupplyDemandFigures } from '../../../lib/indicators/figures.ts';
import { frenchNumber, percent } from '../../../lib/indicators/format.ts';
import { departmentLabel } from '../../../lib/directory.ts';
import { SECTORS } from '../../../lib/vocabularies.ts';
import { BarChart } from '../../charts/BarChart.tsx';
import { Figure, N, Part, Scroll, nameOf, plural } from './parts.tsx';

export function SupplyDemandSection({
  supplyDemand,
  sent,
  definitions,
}: {
  supplyDemand: SupplyDemandFigures;
  sent: number;
  definitions: Record<FigureKey, FigureDefinition>;
}) {
  const { unmet, rows } = supplyDemand;
  const white = rows.filter((r) => r.whiteZone);
  const partly = rows.filter((r) => !r.whiteZone && r.outsideZones > 0);
  const top = supplyDemand.unmetBySector[0];
  return (
    <Part id="offre-et-demande" title="L’offre et la demande par département et secteur">
      <Figure id="non-satisfaite" definition={definitions.unmet}>
        <p>
          <N n={unmet.total} /> {unmet.total >= 2 ? 'demandes closes' : 'demande close'} sans intervention, soit{' '}
          {percent(unmet.total, sent)} des demandes envoyées :{' '}
          {`${plural(unmet.expired, 'expirée')} sans réponse, ${plural(unmet.declined, 'déclinée')} sans autre solution, ${plural(unmet.cancelledAfterEscalation, 'annulée')} après un signalement.`}
        </p>
        {top && (
          <BarChart
            takeaway={`Le secteur qui laisse le plus de demandes sans intervention est « ${nameOf(SECTORS, top.key)} » (${plural(top.count, 'demande')}).`}
            caption="Demandes non satisfaites par secteur de l’ambassadeur sollicité"
            labelHeader="Secteur"
            valueHeader="Demandes non satisfaites"
            bars={supplyDemand.unmetBySector.map((s) => ({ label: nameOf(SECTORS, s.key), value: s.count }))}
          />
        )}
      </Figure>
      <Figure id="zones-blanches" definition={definitions.whiteZones}>
        <p>
          {white.length === 0
            ? 'Aucune zone blanche : chaque département et secteur qui a reçu des demandes compte au moins un ambassadeur disponible.'
            : `${plural(white.length, 'zone blanche', 'zones blanches')} : ${white.map((w) => `${nameOf(SECTORS, w.sector)} dans le département ${departmentLabel(w.department)} (${plural(w.requests, 'demande')})`).join(' ; ')}.`}
        </p>
        {partly.length > 0 && (
          <p>
            {`En partie, des ambassadeurs disponibles mais des demandes hors de leurs zones : ${partly.map((p) => `${nameOf(SECTORS, p.sector)} dans le département ${departmentLabel(p.department)} (${plural(p.outsideZones, 'demande')} sur ${frenchNumber(p.requests)})`).join(' ; ')}.`}
          </p>
        )}
        {rows.length > 0 && (
          <Scroll label="Offre et demande par département et secteur">
            <table>
              <caption>Demandes et ambassadeurs disponibles par département de l’intervention et secteur</caption>
              <thead>
                <tr>
                  <th scope="col">Département</th>
                  <th scope="col">Secteur</th>
                  <th scope="col">Demandes envoyées</th>
                  <th scope="col">Non satisfaites</th>
                  <th scope="col">Hors des zones couvertes</th>
                  <th scope="col">Ambassadeurs disponibles</th>
                  <th scope="col">Zone blanche</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={`${r.department} ${r.sector}`} className={r.whiteZone ? 'alert-row' : undefined}>
                    <td>{departmentLabel(r.department)}</td>
                    <th scope="row">{nameOf(SECTORS, r.sector)}</th>
                    <td>{frenchNumber(r.requests)}</td>
                    <td>{frenchNumber(r.unmet)}</td>
                    <td>{frenchNumber(r.outsideZones)}</td>
                    <td>{frenchNumber(r.available)}</td>
                    <td>{r.whiteZone ? <strong>Zone blanche</strong> : r.outsideZones > 0 ? 'En partie' : 'Non'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </Scroll>
        )}
      </Figure>
    </Part>
  );
}
