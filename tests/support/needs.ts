/** Needs taken through the real workflows (submit, confirm by link) for tests that need one sent. */
import { expect } from 'vitest';
import { confirmNeed } from '../../src/server/workflows/needs/dispatch.ts';
import { submitNeed } from '../../src/server/workflows/needs/submit.ts';
import { toParisDateTime } from '../../src/lib/paris-time.ts';
import { makeNeedInput } from './ambassadors.ts';
import { outbox, tokenIn } from './http.ts';
import type { JourneyDeps } from './requests.ts';

const DAY = 86_400_000;

/** A need submitted and confirmed by its requester; its id, how many it went to, and each invited ambassador's thread token by address. */
export async function sentNeed(
  deps: JourneyDeps,
  overrides: Record<string, unknown> = {},
): Promise<{ id: string; invited: number; tokens: Map<string, string> }> {
  const inDays = (days: number) => toParisDateTime(new Date(deps.clock.now().getTime() + days * DAY));
  const input = makeNeedInput({ slot1: inDays(20), slot2: inDays(21), ...overrides });
  expect(await submitNeed(deps, input)).toEqual({ ok: true });
  const before = (await outbox(deps.db)).length;
  const confirmation = (await outbox(deps.db)).filter((m) => m.template === 'confirm_need' && m.recipient === input.email).at(-1);
  const check = await confirmNeed(deps, tokenIn(confirmation));
  if (!check.ok) throw new Error(`confirmation refusée : ${check.reason}`);
  const invitations = (await outbox(deps.db)).slice(before).filter((m) => m.template === 'need_to_ambassador');
  return { id: check.subject, invited: check.invited, tokens: new Map(invitations.map((m) => [m.recipient, tokenIn(m)])) };
}
