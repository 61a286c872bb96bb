/**
 * Requests taken through the real workflows on the embedded database (submit, confirm by link,
 * accept from the ambassador's thread link, completion by the follow-up job), for tests that need
 * requests in a given state at a given time.
 */
import { expect } from 'vitest';
import { confirmRequest } from '../../src/server/workflows/requests/confirm.ts';
import type { RequestDeps } from '../../src/server/workflows/requests/deps.ts';
import { runFollowUp } from '../../src/server/workflows/requests/follow-up.ts';
import { submitRequest } from '../../src/server/workflows/requests/submit.ts';
import { actOnThread } from '../../src/server/workflows/requests/thread-actions.ts';
import { toParisDateTime } from '../../src/lib/paris-time.ts';
import { makeRequestInput } from './ambassadors.ts';
import type { manualClock } from './database.ts';
import { outbox, tokenIn } from './http.ts';

const DAY = 86_400_000;

export type JourneyDeps = RequestDeps & { clock: ReturnType<typeof manualClock> };

/** A request sent to the ambassador at `path` (confirmed by its requester); its id and the ambassador's thread token. */
export async function sentRequest(
  deps: JourneyDeps,
  path: string,
  overrides: Record<string, unknown> = {},
): Promise<{ id: string; ambassadorToken: string }> {
  const inDays = (days: number) => toParisDateTime(new Date(deps.clock.now().getTime() + days * DAY));
  const input = makeRequestInput(path, { slot1: inDays(2), slot2: inDays(3), ...overrides });
  expect(await submitRequest(deps, input)).toEqual({ ok: true });
  const mails = await outbox(deps.db);
  const confirmation = mails.filter((m) => m.template === 'confirm_request' && m.recipient === input.email).at(-1);
  const check = await confirmRequest(deps, tokenIn(confirmation));
  if (!check.ok) throw new Error(`confirmation refusée : ${check.reason}`);
  const toAmbassador = (await outbox(deps.db)).filter((m) => m.template === 'request_to_ambassador').at(-1);
  return { id: check.subject, ambassadorToken: tokenIn(toAmbassador) };
}

/** A request accepted by its ambassador (first slot, two days ahead). */
export async function acceptedRequest(deps: JourneyDeps, path: string, overrides: Record<string, unknown> = {}) {
  const request = await sentRequest(deps, path, overrides);
  expect(await actOnThread(deps, request.ambassadorToken, 'accept', { slot: '0' })).toMatchObject({ ok: true });
  return request;
}

/** Moves the clock past the accepted slots and runs the follow-up job, which marks them done. */
export async function completeAccepted(deps: JourneyDeps): Promise<void> {
  deps.clock.advance(3 * DAY);
  await runFollowUp(deps);
}

/** Records one side's feedback on a request (what the survey link would store). */
export async function giveFeedback(
  deps: JourneyDeps,
  id: string,
  side: 'requester' | 'ambassador',
  satisfaction: number,
  youngPeopleReached: number | null = null,
): Promise<void> {
  await deps.db.query(
    `INSERT INTO feedback (request_id, side, satisfaction, young_people_reached, comment, created_at) VALUES ($1, $2, $3, $4, 'Très bien', $5)`,
    [id, side, satisfaction, youngPeopleReached, deps.clock.now()],
  );
}
