/** The network's animation mail (figure 22): mailings, mails sent and not delivered, refusals. */
import type { FigureDefinition, FigureKey } from '../../../lib/indicators/definitions.ts';
import type { AnimationCounts, AnimationFigures } from '../../../lib/indicators/figures.ts';
import { frenchNumber, percent } from '../../../lib/indicators/format.ts';
import { ANIMATION_KINDS } from '../../../lib/animation.ts';
import { CountsTable, Figure, N, Part, nameOf, plural, type CountColumn } from './parts.tsx';

const COLUMNS: readonly CountColumn<AnimationCounts>[] = [
  { header: 'Envois', cell: (c) => frenchNumber(c.messages) },
  { header: 'Destinataires', cell: (c) => frenchNumber(c.recipients) },
  { header: 'Courriels remis', cell: (c) => frenchNumber(c.sent) },
  { header: 'Non remis', cell: (c) => frenchNumber(c.bounced) },
];

export function AnimationSection({
  animation,
  definitions,
}: {
  animation: AnimationFigures;
  definitions: Record<FigureKey, FigureDefinition>;
}) {
  const { total } = animation;
  return (
    <Part id="animation" title="L’animation du réseau">
      <Figure id="messages-animation" definition={definitions.animation}>
        {total.messages + total.sent + total.bounced === 0 ? (
          <p>Aucun message d’animation dans la période.</p>
        ) : (
          <p>
            <N n={total.messages} /> {total.messages >= 2 ? 'envois' : 'envoi'} pour {plural(total.recipients, 'destinataire')} ;{' '}
            <N n={total.sent} /> {total.sent >= 2 ? 'courriels remis' : 'courriel remis'} et <N n={total.bounced} /> non remis (
            {percent(total.bounced, total.sent + total.bounced)}).
          </p>
        )}
        <p>
          <N n={animation.refused} /> {animation.refused >= 2 ? 'désabonnements' : 'désabonnement'} dans la période
          {animation.undone > 0 && ` (dont ${plural(animation.undone, 'annulé')} depuis)`} ;{' '}
          {plural(animation.refusingToday, 'ambassadeur refuse', 'ambassadeurs refusent')} les messages d’animation aujourd’hui.
        </p>
        {animation.byKind.length > 0 && (
          <CountsTable
            caption="Messages d’animation par nature"
            header="Nature"
            columns={COLUMNS}
            rows={animation.byKind.map((k) => ({ label: nameOf(ANIMATION_KINDS, k.key), counts: k }))}
          />
        )}
      </Figure>
    </Part>
  );
}
