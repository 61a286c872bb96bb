import { describe, expect, it } from 'vitest';
import {
  IllegalRequestTransition,
  REQUEST_EVENTS,
  REQUEST_STATUSES,
  nextRequestStatus,
  type RequestEvent,
  type RequestStatus,
} from '../src/lib/request-status.ts';

/** Every legal transition, written out: anything else must be refused. */
const LEGAL: Record<string, RequestStatus> = {
  'awaiting_requester_confirmation/confirm_requester': 'sent',
  'awaiting_requester_confirmation/expire': 'expired',
  'sent/accept': 'accepted',
  'sent/decline': 'declined',
  'sent/propose_slots': 'sent',
  'sent/reassign': 'sent',
  'sent/cancel': 'cancelled',
  'sent/expire': 'expired',
  'sent/fill_elsewhere': 'filled_elsewhere',
  'accepted/reschedule': 'accepted',
  'accepted/cancel': 'cancelled',
  'accepted/complete': 'done',
};

describe('request state machine (W2)', () => {
  const statuses = Object.keys(REQUEST_STATUSES) as RequestStatus[];
  for (const status of statuses) {
    for (const event of REQUEST_EVENTS) {
      const expected = LEGAL[`${status}/${event}`];
      it(`given ${status}, when ${event}, then ${expected ?? 'refused'}`, () => {
        if (expected) expect(nextRequestStatus(status, event as RequestEvent)).toBe(expected);
        else expect(() => nextRequestStatus(status, event as RequestEvent)).toThrow(IllegalRequestTransition);
      });
    }
  }

  it('given a closed request (declined, expired, cancelled, done, filled elsewhere), then no event moves it', () => {
    for (const status of ['declined', 'expired', 'cancelled', 'done', 'filled_elsewhere'] as const) {
      for (const event of REQUEST_EVENTS)
        expect(() => nextRequestStatus(status, event)).toThrow(`Transition impossible : ${event} depuis ${status}.`);
    }
  });
});
