/** Figure 13: needs sent to several ambassadors, how many were filled and how fast. */
import type { FigureDefinition } from '../../../lib/indicators/definitions.ts';
import type { NeedFigures } from '../../../lib/indicators/figures.ts';
import { days, frenchNumber, percent } from '../../../lib/indicators/format.ts';
import { CountTable, Figure, plural } from './parts.tsx';

export function NeedsFigure({ needs: n, definition }: { needs: NeedFigures; definition: FigureDefinition }) {
  if (n.sent === 0)
    return (
      <Figure id="besoins-partages" definition={definition}>
        <p>Aucun besoin partagé envoyé dans la période.</p>
      </Figure>
    );
  return (
    <Figure id="besoins-partages" definition={definition}>
      <p>
        {`${percent(n.filled, n.sent)} des besoins partagés envoyés dans la période ont été pourvus (${frenchNumber(n.filled)} sur ${frenchNumber(n.sent)}) ; délai médian de pourvoi : ${days(n.fillDays)}.`}
      </p>
      <CountTable
        caption="Besoins partagés envoyés dans la période, selon leur état aujourd’hui"
        header="État"
        unit="Besoins"
        rows={[
          { label: 'Pourvus', count: n.filled },
          { label: 'En attente d’une acceptation', count: n.open },
          { label: 'Non pourvus', count: n.unfilled },
        ]}
      />
      <p>
        {`${plural(n.invited, 'ambassadeur sollicité', 'ambassadeurs sollicités')} pour ces besoins ; ${plural(n.nobodyMatched, 'besoin', 'besoins')} sans aucun ambassadeur disponible, transmis aussitôt au référent.`}
      </p>
    </Figure>
  );
}
