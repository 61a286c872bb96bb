/**
 * The requester's side of their mini-stage applications in « Mes demandes » (issue 11, part 5):
 * every application made with the signed-in address (matched on the address as typed, whatever
 * its case; none once anonymised), and its withdrawal while it is open and before the stage's
 * first day. A withdrawal frees the place of an accepted one, and tells the company if it had
 * received the application; the company's answer link then refuses to answer it.
 */
import { audit } from '../../audit.ts';
import { enqueueMail } from '../../mail/outbox.ts';
import { ministageWithdrawnMail } from '../../mail/ministage-templates.ts';
import { parisToday } from '../../offers.ts';
import type { RequesterSpaceDeps, SignedInRequester } from '../requester-space.ts';
import { OPEN_MINISTAGE_STATUSES, type MinistageStatus } from '../../../lib/ministage.ts';
import { isUuid } from '../../../lib/ids.ts';
import { MINISTAGE_SQL, summaryOfMinistage, type MinistageRow } from './records.ts';
import type { RequesterMinistageView } from '../../../views/requester-space/MinistageList.tsx';

export type WithdrawDeps = Pick<RequesterSpaceDeps, 'db' | 'clock' | 'settings'>;

/** An application as « Mes demandes » lists it (the view's own shape). */
export type RequesterMinistage = RequesterMinistageView;

const OWN = `lower(s.requester_email) = $1 AND s.anonymised_at IS NULL`;

const canWithdraw = (status: MinistageStatus, startDay: string, today: string) =>
  OPEN_MINISTAGE_STATUSES.includes(status) && startDay > today;

/** The requester's applications, newest first; `id` narrows them to one. */
export async function ministagesOfRequester(
  deps: Pick<WithdrawDeps, 'db' | 'clock'>,
  requester: SignedInRequester,
  id?: string,
): Promise<RequesterMinistage[]> {
  const rows = await deps.db.query<Omit<RequesterMinistage, 'withdrawable'>>(
    `SELECT s.id, s.offer_title AS "offerTitle", m.public->>'displayName' AS "companyName", s.status,
       to_char(s.start_day, 'YYYY-MM-DD') AS "startDay", to_char(s.end_day, 'YYYY-MM-DD') AS "endDay", s.created_at AS "createdAt"
     FROM ministage_applications s LEFT JOIN ambassadors m ON m.id = s.company_id
     WHERE ${OWN} AND ($2::uuid IS NULL OR s.id = $2) ORDER BY s.created_at DESC, s.id`,
    [requester.email, id ?? null],
  );
  const today = parisToday(deps.clock);
  return rows.map((r) => ({ ...r, withdrawable: canWithdraw(r.status, r.startDay, today) }));
}

/** One of the requester's own applications (undefined for anyone else's, or none). */
export async function ministageOfRequester(
  deps: Pick<WithdrawDeps, 'db' | 'clock'>,
  requester: SignedInRequester,
  id: string,
): Promise<RequesterMinistage | undefined> {
  if (!isUuid(id)) return undefined;
  return (await ministagesOfRequester(deps, requester, id))[0];
}

export type WithdrawResult = { ok: true } | { ok: false; reason: 'unknown' | 'closed' | 'started' };

export const WITHDRAW_REFUSALS: Record<Exclude<WithdrawResult, { ok: true }>['reason'], string> = {
  unknown: 'Cette candidature n’existe pas, ou n’a pas été faite avec votre adresse.',
  closed: 'Cette candidature est déjà close : elle ne peut plus être annulée.',
  started: 'Le stage a déjà commencé : la candidature ne peut plus être annulée. Prévenez directement l’établissement ou l’entreprise.',
};

/**
 * Withdraws one of the requester's open applications before its first day. The row is locked
 * first, like an answer (./answer.ts), so that a withdrawal and the company's answer run one after
 * the other and the second sees the first's status: an answer after a withdrawal is refused; a
 * withdrawal after an acceptance frees the place and tells the company.
 */
export async function withdrawMinistage(deps: WithdrawDeps, requester: SignedInRequester, id: string): Promise<WithdrawResult> {
  if (!isUuid(id)) return { ok: false, reason: 'unknown' };
  return deps.db.transaction(async (tx) => {
    const [row] = await tx.query<MinistageRow>(`${MINISTAGE_SQL} WHERE s.id = $2 AND ${OWN} FOR UPDATE OF s`, [requester.email, id]);
    if (!row) return { ok: false, reason: 'unknown' };
    if (!OPEN_MINISTAGE_STATUSES.includes(row.status)) return { ok: false, reason: 'closed' };
    if (!canWithdraw(row.status, row.start_day, parisToday(deps.clock))) return { ok: false, reason: 'started' };
    const now = deps.clock.now();
    await tx.query(`UPDATE ministage_applications SET status = 'cancelled', closed_at = $2 WHERE id = $1`, [id, now]);
    // Never confirmed: the company never heard of it.
    if (row.status !== 'awaiting_requester_confirmation' && row.company_email)
      await enqueueMail(
        tx,
        deps.clock,
        ministageWithdrawnMail(deps.settings, row.company_email, summaryOfMinistage(row), { wasAccepted: row.status === 'accepted' }),
      );
    await audit(tx, now, 'demandeur', 'ministage_withdrawn', id);
    return { ok: true };
  });
}
