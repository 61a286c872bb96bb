/** Animation mail in tests: many published ambassadors at once, straight into the database, and a mailing to them. */
import type { Clock } from '../../src/server/clock.ts';
import type { Db, Queryable } from '../../src/server/db.ts';
import { sendAnimationMail, type SendResult } from '../../src/server/workflows/animation/send.ts';
import { makeSettings } from '../fixtures.ts';
import { SITE } from './http.ts';

export async function insertAmbassadors(
  db: Queryable,
  count: number,
  { department = '59', sector = 'I', type = 'professional', prefix = 'masse', publishedAt = new Date('2025-09-01T08:00:00Z') } = {},
): Promise<{ id: string; email: string }[]> {
  const rows = await db.query<{ id: string; email: string }>(
    `INSERT INTO applications (status, email, first_name, last_name, profile, monthly_capacity, meets_minors, created_at, confirmed_at, decided_at)
     SELECT 'approved', $2 || '-' || $3 || '-' || n || '@example.org', 'Prénom' || n, 'Fixture', '{}'::jsonb, 2, false, now(), now(), now()
     FROM generate_series(1, $1::int) AS n RETURNING id, email`,
    [count, prefix, department],
  );
  await db.query(
    `INSERT INTO ambassadors (id, department, slug, public, published_at, updated_at)
     SELECT id, $2, 'masse-' || replace(id::text, '-', ''), jsonb_build_object('type', $4::text, 'sector', $3::text, 'departments', jsonb_build_array($2::text)),
       $5, $5
     FROM unnest($1::uuid[]) AS id`,
    [rows.map((r) => r.id), department, sector, type, publishedAt],
  );
  return rows;
}

/** A referent-free message to `people` of the Nord, as the platform queues one (tests of batches, races, webhook). */
export function queueNews(
  db: Db,
  clock: Clock,
  people: readonly { id: string; email: string }[],
  body = 'Des nouvelles.',
): Promise<SendResult> {
  return db.transaction((tx) =>
    sendAnimationMail(
      tx,
      clock,
      { siteUrl: SITE, context: makeSettings() },
      {
        kind: 'message',
        departments: ['59'],
        filters: {},
        subject: 'Nouvelles',
        body,
        recipients: people.map((p) => ({ ambassadorId: p.id, email: p.email, firstName: 'Prénom', department: '59' })),
        render: () => ({ subject: 'Nouvelles', paragraphs: [body] }),
      },
    ),
  );
}
