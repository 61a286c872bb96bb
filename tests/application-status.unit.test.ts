import { describe, expect, it } from 'vitest';
import {
  APPLICATION_STATUSES,
  IllegalTransition,
  nextApplicationStatus,
  type ApplicationEvent,
  type ApplicationStatus,
} from '../src/lib/application-status.ts';

const LEGAL: [ApplicationStatus, ApplicationEvent, ApplicationStatus][] = [
  ['submitted', 'confirm_email', 'confirmed'],
  ['confirmed', 'approve', 'approved'],
  ['confirmed', 'reject', 'rejected'],
];

describe('application state machine (W1)', () => {
  it.each(LEGAL)('given %s, when %s, then %s', (from, event, to) => {
    expect(nextApplicationStatus(from, event)).toBe(to);
  });

  it('given every other pair of status and event, then the transition is refused', () => {
    const events: ApplicationEvent[] = ['confirm_email', 'approve', 'reject'];
    let refused = 0;
    for (const from of Object.keys(APPLICATION_STATUSES) as ApplicationStatus[]) {
      for (const event of events) {
        if (LEGAL.some(([f, e]) => f === from && e === event)) continue;
        expect(() => nextApplicationStatus(from, event), `${from} + ${event}`).toThrow(IllegalTransition);
        refused += 1;
      }
    }
    expect(refused).toBe(9);
  });
});
