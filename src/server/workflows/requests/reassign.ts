/**
 * A referent hands a request still waiting for an answer to another ambassador of their
 * territory (brief F8: the ambassador's département or the intervention's, ./territory.ts); the
 * first ambassador's thread link stops working.
 */
import { enqueueMails } from '../../mail/outbox.ts';
import { reassignedMail } from '../../mail/request-templates.ts';
import type { Referent } from '../../referents.ts';
import { ambassadorByPath } from '../../records/ambassadors.ts';
import { transition, type RequestRow } from '../../records/requests.ts';
import { REQUEST_STATUSES } from '../../../lib/request-status.ts';
import { requestForAmbassadorMail } from './confirm.ts';
import type { ActionResult, RequestDeps } from './deps.ts';
import { summaryOf } from './summary.ts';
import { inTerritoryOf } from './territory.ts';
import { threadLink } from './thread.ts';

/** A referent hands a request that is still waiting to another ambassador; the first one's link stops working. */
export async function reassignRequest(deps: RequestDeps, referent: Referent, id: string, path: string): Promise<ActionResult> {
  return deps.db.transaction(async (tx) => {
    const [row] = await tx.query<RequestRow & { department: string }>(
      'SELECT r.*, m.department FROM requests r JOIN ambassadors m ON m.id = r.ambassador_id WHERE r.id = $1 FOR UPDATE OF r',
      [id],
    );
    if (!row || !inTerritoryOf(referent, row)) return { ok: false, refused: 'Cette demande ne relève pas de vos départements.' };
    const target = await ambassadorByPath(tx, path);
    if (!target || target.paused || target.id === row.ambassador_id)
      return { ok: false, errors: { ambassador: 'Ambassadeur : choisissez un ambassadeur disponible, autre que celui d’origine.' } };
    if (row.status !== 'sent')
      return {
        ok: false,
        refused: `Cette demande est ${REQUEST_STATUSES[row.status].toLowerCase()} : elle ne peut plus être confiée à un autre ambassadeur.`,
      };
    const now = deps.clock.now();
    await transition(
      tx,
      now,
      row,
      'reassign',
      // The new ambassador is asked for the requester's own slots, not those the previous one proposed.
      `ambassador_id = $3, sent_at = $4, awaiting = 'ambassador', reminders_sent = 0, escalated_at = NULL, slots = requester_slots`,
      [target.id, now],
    );
    const summary = summaryOf(row, target);
    await enqueueMails(tx, deps.clock, [
      await requestForAmbassadorMail(tx, deps, id, target, summary),
      reassignedMail(deps.settings, row.requester_email, summary, await threadLink(tx, deps, id, 'requester')),
    ]);
    return { ok: true, done: `La demande est confiée à ${target.public.displayName}.` };
  });
}
