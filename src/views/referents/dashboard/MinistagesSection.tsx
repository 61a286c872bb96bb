/** Figure 23: mini-stages, apart from the requests: applications by status, stages held, feedback per side and its return rate. */
import type { FigureDefinition } from '../../../lib/indicators/definitions.ts';
import type { MinistageFigures, Satisfaction } from '../../../lib/indicators/figures.ts';
import { decimal, frenchNumber, percent } from '../../../lib/indicators/format.ts';
import { MINISTAGE_STATUSES } from '../../../lib/ministage.ts';
import { CountTable, Figure, Part, nameOf, plural } from './parts.tsx';

const side = (s: Satisfaction, held: number, who: string) =>
  s.count > 0
    ? `${who} : ${decimal(s.mean)} sur 5 (${plural(s.count, 'avis', 'avis')}, taux de retour ${percent(s.count, held)})`
    : `${who} : aucun avis`;

export function MinistagesSection({ ministages: m, definition }: { ministages: MinistageFigures; definition: FigureDefinition }) {
  return (
    <Part id="mini-stages" title="Les mini-stages">
      <Figure id="mini-stages-chiffres" definition={definition}>
        {m.sent === 0 && m.held === 0 ? (
          <p>Aucune candidature à un mini-stage transmise ni aucun stage réalisé dans la période.</p>
        ) : (
          <>
            <p>
              {`${plural(m.sent, 'candidature transmise', 'candidatures transmises')} aux entreprises dans la période ; ${plural(m.held, 'stage réalisé', 'stages réalisés')}.`}
            </p>
            <CountTable
              caption="Candidatures aux mini-stages transmises dans la période, selon leur état aujourd’hui"
              header="État"
              unit="Candidatures"
              rows={m.byStatus.map((s) => ({ label: nameOf(MINISTAGE_STATUSES, s.key), count: s.count }))}
            />
            <table>
              <caption>{`Avis sur les ${frenchNumber(m.held)} stages réalisés dans la période, par côté`}</caption>
              <thead>
                <tr>
                  <th scope="col">Côté</th>
                  <th scope="col">Avis</th>
                  <th scope="col">Taux de retour</th>
                  <th scope="col">Satisfaction moyenne (sur 5)</th>
                </tr>
              </thead>
              <tbody>
                {(
                  [
                    ['Demandeurs (établissements et familles)', m.satisfaction.requester],
                    ['Entreprises et structures', m.satisfaction.company],
                  ] as const
                ).map(([label, s]) => (
                  <tr key={label}>
                    <th scope="row">{label}</th>
                    <td>{frenchNumber(s.count)}</td>
                    <td>{percent(s.count, m.held)}</td>
                    <td>{s.count > 0 ? decimal(s.mean) : '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <p>{`${side(m.satisfaction.requester, m.held, 'Demandeurs')} ; ${side(m.satisfaction.company, m.held, 'entreprises')}.`}</p>
          </>
        )}
      </Figure>
    </Part>
  );
}
