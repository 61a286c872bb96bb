/**
 * A referent invites the ambassadors who match (src/server/workflows/event-call/audience.ts) to an
 * upcoming event of their territory. The POST carries the number the referent saw: when it no
 * longer matches (someone paused, was invited meanwhile), nothing is sent and the page shows the
 * new number. Invitations, their answer links and their mails are written in one transaction.
 */
import { audit } from '../../audit.ts';
import type { Queryable } from '../../db.ts';
import type { CallEvent } from '../../events.ts';
import { eventInvitationContent } from '../../mail/event-call-templates.ts';
import type { Referent } from '../../referents.ts';
import { scopeOf } from '../../indicators/scope.ts';
import { sendAnimationMail } from '../animation/send.ts';
import { countAudience, insertInvitations, parseAudience, type Audience, type Invited } from './audience.ts';
import { callableEvents, type EventCallDeps } from './deps.ts';
import { answerLinks, pageUrlOf, type AnswerLinks } from './links.ts';

export type InviteResult =
  | { ok: true; invited: number }
  | { ok: false; notFound: true }
  | { ok: false; errors: Record<string, string> }
  | { ok: false; changed: number };

/**
 * The invitations are animation mail (src/server/workflows/animation/send.ts): each carries the
 * unsubscribe link and headers, goes out in batches, and counts on the dashboard; the audience
 * already leaves out those who refused it.
 */
async function sendInvitations(
  tx: Queryable,
  deps: EventCallDeps,
  event: CallEvent,
  referent: Referent,
  invited: readonly (Invited & AnswerLinks)[],
  audience: Audience,
): Promise<void> {
  await sendAnimationMail(
    tx,
    deps.clock,
    { siteUrl: deps.siteUrl, context: deps.settings },
    {
      kind: 'event_invitation',
      departments: audience.departments,
      filters: { event: event.id, sectors: audience.sectors, types: audience.types },
      subject: `Invitation : ${event.title}`,
      body: `Appel aux ambassadeurs de ${referent.name} pour l’événement ${event.id}`,
      recipients: invited.map((i) => ({ ...i, firstName: i.displayName })),
      render: (i) =>
        eventInvitationContent({ name: i.displayName, event, pageUrl: pageUrlOf(deps, event), referent, yes: i.yes, no: i.no }),
    },
  );
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
    await sendInvitations(
      tx,
      deps,
      event,
      referent,
      invited.map((ambassador, i) => ({ ...ambassador, ...links[i]! })),
      parsed.audience,
    );
    await audit(tx, now, 'referent', 'event_invitations_sent', event.id);
    return { ok: true, invited: invited.length };
  });
}
