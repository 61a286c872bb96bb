/**
 * The company's answer to an application (issue 11, part 5), by the link mailed to its contact:
 * the link opens the application (the adult contact of a pupil under 16 only once accepted) and
 * stays valid until a month after the stage; accept or decline once, with an optional word, the
 * requester told by mail. An acceptance takes one of the period's places: the period is locked
 * first (./apply.ts), so that two acceptances for its last place never both succeed. Then each
 * side's feedback link, mailed after the stage by the follow-up job (./follow-up.ts).
 */
import { audit } from '../../audit.ts';
import type { Queryable } from '../../db.ts';
import { enqueueMail, enqueueMails } from '../../mail/outbox.ts';
import { ministageAnsweredMail, ministageCancelledMail } from '../../mail/ministage-templates.ts';
import { anonymiseMinistages } from '../../records/anonymise.ts';
import { parisToday } from '../../offers.ts';
import { consumeToken, peekToken, type TokenCheck } from '../../tokens.ts';
import { checkFeedback, feedbackRefusal } from '../requests/feedback.ts';
import { text, type ActionResult } from '../requests/deps.ts';
import type { Clock } from '../../clock.ts';
import type { MailContext } from '../../mail/templates.ts';
import { MINISTAGE_FIELDS } from '../../../lib/ministage.ts';
import { lockPeriod, placesTaken } from './apply.ts';
import { MINISTAGE_SQL, ministageById, summaryOfMinistage, type MinistageDeps, type MinistageRow, type MinistageSide } from './records.ts';

export type AnswerAction = 'accept' | 'decline';

/** What the answer page says once an action is done (only the action's name travels in the address). */
export const ANSWER_DONE: Record<AnswerAction, string> = {
  accept: 'Candidature acceptée : le demandeur en est prévenu par courriel. Voici l’adulte à joindre pendant le stage, s’il y a lieu.',
  decline: 'Candidature déclinée : le demandeur en est prévenu par courriel. Merci d’avoir répondu.',
};

export const FULL_PERIOD =
  'Toutes les places de cette période sont déjà prises par des candidatures acceptées : déclinez celle-ci, ou augmentez le nombre de places de l’offre.';

/** The application an answer link opens, or why it cannot. */
export async function openAnswer(deps: MinistageDeps, token: string): Promise<MinistageRow | Extract<TokenCheck, { ok: false }>> {
  const check = await peekToken(deps.db, deps.clock, 'ministage_answer', token);
  if (!check.ok) return check;
  const row = await ministageById(deps.db, check.subject);
  if (!row) return { ok: false, reason: 'unknown' };
  // Anonymised (retention, or the company left): nothing left to show.
  return row.requester_email === null ? { ok: false, reason: 'expired' } : row;
}

export async function answerMinistage(
  deps: MinistageDeps,
  token: string,
  action: AnswerAction,
  input: Record<string, unknown>,
): Promise<ActionResult> {
  const message = text(input.message);
  const max = MINISTAGE_FIELDS.message.maxLength;
  if (message.length > max) return { ok: false, errors: { message: `Message : ${max} caractères au plus.` } };
  return deps.db.transaction(async (tx) => {
    const check = await peekToken(tx, deps.clock, 'ministage_answer', token);
    if (!check.ok) return { ok: false, refused: 'Ce lien a expiré ou n’est pas valide.' };
    const row = await ministageById(tx, check.subject, true);
    if (!row) return { ok: false, refused: 'Cette candidature n’existe plus.' };
    if (row.status !== 'pending') return { ok: false, refused: 'Cette candidature a déjà reçu une réponse, ou n’est plus ouverte.' };
    if (action === 'accept') {
      if (row.start_day <= parisToday(deps.clock))
        return { ok: false, refused: 'Le stage aurait déjà commencé : cette candidature ne peut plus être acceptée.' };
      const offer = deps.offers.find((o) => o.id === row.offer_id);
      if (!offer) return { ok: false, refused: 'Cette offre n’est plus publiée : la candidature ne peut plus être acceptée.' };
      await lockPeriod(tx, row.offer_id, row.period_start);
      if ((await placesTaken(tx, row.offer_id, row.period_start)) >= offer.places) return { ok: false, refused: FULL_PERIOD };
    }
    const now = deps.clock.now();
    const status = action === 'accept' ? 'accepted' : 'declined';
    await tx.query(
      `UPDATE ministage_applications SET status = $2, answered_at = $3, answer_message = $4, closed_at = CASE WHEN $2 = 'declined' THEN $3::timestamptz END
       WHERE id = $1`,
      [row.id, status, now, message || null],
    );
    await enqueueMail(
      tx,
      deps.clock,
      ministageAnsweredMail(deps.settings, row.requester_email!, summaryOfMinistage(row), {
        accepted: action === 'accept',
        message: message || null,
      }),
    );
    await audit(tx, now, 'ambassadeur', `ministage_${status}`, row.id);
    return { ok: true, done: ANSWER_DONE[action] };
  });
}

/** A feedback token is for one side of one application. */
export const ministageFeedbackSubject = (id: string, side: MinistageSide) => `${id}/${side}`;

/** Records one side's feedback once (satisfaction, comment), on the application's row. */
export async function submitMinistageFeedback(deps: MinistageDeps, token: string, input: Record<string, unknown>): Promise<ActionResult> {
  const checked = checkFeedback(input);
  if (!checked.ok) return checked;
  return deps.db.transaction(async (tx) => {
    const check = await consumeToken(tx, deps.clock, 'ministage_feedback', token);
    if (!check.ok) return { ok: false, refused: feedbackRefusal(check.reason) };
    const [id, side] = check.subject.split('/') as [string, MinistageSide];
    const prefix = side === 'company' ? 'company' : 'requester';
    await tx.query(
      `UPDATE ministage_applications SET ${prefix}_satisfaction = $2, ${prefix}_comment = CASE WHEN anonymised_at IS NULL THEN $3 END, ${prefix}_feedback_at = $4
       WHERE id = $1 AND ${prefix}_feedback_at IS NULL`,
      [id, checked.values.satisfaction, checked.values.comment || null, deps.clock.now()],
    );
    return { ok: true, done: 'Merci ! Votre avis est enregistré.' };
  });
}

/**
 * A company's account is deleted (src/server/workflows/self-service.ts): its open applications are
 * cancelled, the requesters of those it had received told, and all of them anonymised; their
 * facts stay for the figures, without the company (ON DELETE SET NULL).
 */
export async function closeForDepartedCompany(
  tx: Queryable,
  deps: { clock: Clock; settings: MailContext },
  companyId: string,
): Promise<void> {
  const now = deps.clock.now();
  const open = await tx.query<MinistageRow>(
    `${MINISTAGE_SQL} WHERE s.company_id = $1 AND s.status IN ('awaiting_requester_confirmation', 'pending', 'accepted') FOR UPDATE OF s`,
    [companyId],
  );
  if (open.length > 0) {
    await tx.query(`UPDATE ministage_applications SET status = 'cancelled', closed_at = $2 WHERE id = ANY($1::uuid[])`, [
      open.map((r) => r.id),
      now,
    ]);
    await enqueueMails(
      tx,
      deps.clock,
      open
        .filter((r) => r.status !== 'awaiting_requester_confirmation' && r.requester_email)
        .map((r) => ministageCancelledMail(deps.settings, r.requester_email!, summaryOfMinistage(r))),
    );
  }
  await anonymiseMinistages(tx, now, 'company_id = $1', [companyId]);
}
