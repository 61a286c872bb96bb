/** The demo activity written for `npm start`: reproducible, plausible, written once. */
import { describe, expect, it } from 'vitest';
import { seedDemoActivity } from '../src/server/demo/activity.ts';
import { insertAmbassador } from './support/ambassadors.ts';
import { useTestDatabase } from './support/database.ts';

const database = useTestDatabase();
const today = new Date('2026-12-01T10:00:00Z');

describe('demo activity', () => {
  it('fills an empty network once, with every outcome, feedback and individual requesters', async () => {
    const db = database().db;
    for (const department of ['59', '62', '80']) await insertAmbassador(db, { department });
    expect(await seedDemoActivity(db, today)).toBe(900);
    expect(await seedDemoActivity(db, today)).toBe(0);
    const statuses = await db.query<{ status: string }>('SELECT DISTINCT status FROM requests ORDER BY status');
    expect(statuses.map((s) => s.status)).toEqual(expect.arrayContaining(['accepted', 'cancelled', 'declined', 'done', 'expired', 'sent']));
    const [counts] = await db.query<{ feedback: number; individuals: number; future_closed: number; first_sent: number }>(
      `SELECT (SELECT count(*)::int FROM feedback) AS feedback,
              (SELECT count(*)::int FROM requests WHERE requester_situation IS NOT NULL AND requester_age_bracket IS NOT NULL) AS individuals,
              (SELECT count(*)::int FROM requests WHERE closed_at > $1 OR created_at > $1) AS future_closed,
              (SELECT count(*)::int FROM requests WHERE first_sent_at IS NOT NULL) AS first_sent`,
      [today],
    );
    expect(counts!.feedback).toBeGreaterThan(100);
    expect(counts!.individuals).toBeGreaterThan(100);
    expect(counts!.future_closed).toBe(0);
    expect(counts!.first_sent).toBeGreaterThan(800);
  });
});
