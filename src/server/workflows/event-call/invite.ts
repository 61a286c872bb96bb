/**
 * A referent invites the ambassadors who match (src/server/workflows/event-call/audience.ts) to an
 * upcoming event of their territory. The POST carries the number the referent saw: when it no
 * longer matches (someone paused, was invited meanwhile), nothing is sent and the page shows the
 * new number. Invitations, their answer links and their mails are written in one transaction.
 */
import { audit } from '../../audit.ts';
import type { Queryable } from '../../db.ts';
import type { Clock } from '../../clock.ts';
import { enqueueMails, type MailToSend } from '../../mail/outbox.ts';
import { eventInvitationMail } from '../../mail/event-call-templates.ts';
import type { Referent } from '../../referents.ts';
import { scopeOf } from '../../indicators/scope.ts';
import { countAudience, insertInvitations, parseAudience } from './audience.ts';
import { callableEvents, type EventCallDeps } from './deps.ts';
import { answerLinks, pageUrlOf } from './links.ts';

export type InviteResult =
  | { ok: true; invited: number }
  | { ok: false; notFound: true }
  | { ok: false; errors: Record<string, string> }
  | { ok: false; changed: number };

/**
 * The invitations go through the outbox like every mail. Kept apart so that they can move to the
 * animation mail (unsubscribe link and headers, batches) without touching the call.
 */
export async function enqueueEventInvitations(tx: Queryable, clock: Clock, mails: readonly MailToSend[]): Promise<void> {
  await enqueueMails(tx, clock, mails);
}

export async function inviteAmbassadors(
  deps: EventCallDeps,
  referent: Referent,
  eventId: string,
  input: Record<string, unknown>,
): Promise<InviteResult> {
  const now = deps.clock.now();
  const event = callableEvents(deps, referent, now).find((e) => e.id === eventId);
  if (!event) return { ok: false, notFound: true };
  const parsed = parseAudience(input, scopeOf(referent, deps.settings).departments);
  if (!parsed.ok) return parsed;
  const seen = typeof input.nombre === 'string' && /^\d{1,6}$/.test(input.nombre) ? Number(input.nombre) : undefined;
  if (seen === undefined) return { ok: false, errors: { formulaire: 'Comptez d’abord les ambassadeurs à inviter, puis confirmez.' } };
  const count = await countAudience(deps.db, event.id, parsed.audience);
  if (count === 0) return { ok: false, errors: { formulaire: 'Aucun ambassadeur à inviter avec ces critères : rien n’a été envoyé.' } };
  if (count !== seen) return { ok: false, changed: count };

  return deps.db.transaction(async (tx) => {
    await tx.query('INSERT INTO event_calls (event_id, opened_at) VALUES ($1, $2) ON CONFLICT (event_id) DO NOTHING', [event.id, now]);
    const invited = await insertInvitations(tx, event.id, parsed.audience, { referent: referent.email.toLowerCase(), at: now });
    const links = await answerLinks(
      tx,
      deps,
      event,
      invited.map((i) => i.id),
    );
    await enqueueEventInvitations(
      tx,
      deps.clock,
      invited.map((ambassador, i) =>
        eventInvitationMail(deps.settings, ambassador.email, {
          name: ambassador.displayName,
          event,
          pageUrl: pageUrlOf(deps, event),
          referent,
          ...links[i]!,
        }),
      ),
    );
    await audit(tx, now, 'referent', 'event_invitations_sent', event.id);
    return { ok: true, invited: invited.length };
  });
}
