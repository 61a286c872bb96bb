/**
 * The feedback survey after the date (brief F7): each side's one-time link records a
 * satisfaction, the young people reached and a comment.
 */
import { FEEDBACK_FIELDS } from '../../../lib/forms/feedback.ts';
import { frenchNumber } from '../../../lib/forms/field.ts';
import type { Side } from '../../records/requests.ts';
import { consumeToken } from '../../tokens.ts';
import { text, type ActionResult, type RequestDeps } from './deps.ts';

/** The page a feedback token opens, on the site. */
export const FEEDBACK_PATH = '/api/demandes/avis';

/** A feedback token is for one side of one request. */
export const feedbackSubject = (requestId: string, side: Side) => `${requestId}/${side}`;

export interface FeedbackValues {
  satisfaction: number;
  reached: number | null;
  comment: string;
}

/** Checks a feedback form (a mini-stage's too: src/server/workflows/ministages/answer.ts); a French message by each wrong field. */
export function checkFeedback(
  input: Record<string, unknown>,
): { ok: true; values: FeedbackValues } | { ok: false; errors: Record<string, string> } {
  const satisfaction = Number(input.satisfaction);
  const reachedText = text(input.youngPeopleReached);
  const reached = reachedText === '' ? null : Number(reachedText);
  const comment = text(input.comment);
  const { satisfaction: S, youngPeopleReached: Y, comment: C } = FEEDBACK_FIELDS;
  const errors: Record<string, string> = {};
  if (!Number.isInteger(satisfaction) || satisfaction < S.min || satisfaction > S.max)
    errors.satisfaction = `${S.shortLabel} : choisissez une note de ${S.min} à ${S.max}.`;
  if (reached !== null && (!Number.isInteger(reached) || reached < Y.min || reached > Y.max))
    errors.youngPeopleReached = `${Y.shortLabel} : nombre entier entre ${Y.min} et ${frenchNumber(Y.max)}.`;
  if (comment.length > C.maxLength) errors.comment = `${C.shortLabel} : ${frenchNumber(C.maxLength)} caractères au plus.`;
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, values: { satisfaction, reached, comment } };
}

/** What a used or expired feedback link says. */
export const feedbackRefusal = (reason: 'unknown' | 'expired' | 'used') =>
  reason === 'used' ? 'Merci, votre avis est déjà enregistré.' : 'Ce lien a expiré.';

export async function submitFeedback(deps: RequestDeps, token: string, input: Record<string, unknown>): Promise<ActionResult> {
  const checked = checkFeedback(input);
  if (!checked.ok) return checked;
  const { satisfaction, reached, comment } = checked.values;
  return deps.db.transaction(async (tx) => {
    const check = await consumeToken(tx, deps.clock, 'request_feedback', token);
    if (!check.ok) return { ok: false, refused: feedbackRefusal(check.reason) };
    const [id, side] = check.subject.split('/') as [string, Side];
    await tx.query(
      `INSERT INTO feedback (request_id, side, satisfaction, young_people_reached, comment, created_at) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING`,
      [id, side, satisfaction, reached, comment || null, deps.clock.now()],
    );
    return { ok: true, done: 'Merci ! Votre avis est enregistré.' };
  });
}
