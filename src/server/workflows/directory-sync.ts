/**
 * Keeps the workflows' view of published profiles (ambassadors.public, paused) in step with
 * the profile files, which editors may change in the CMS. Run after each deploy (event
 * function deploy-succeeded) and when the dev server starts. In development it also gives
 * every demo profile a private record with a fictitious address, so that the demo network
 * can be solicited locally (its mails land in the dev mailbox).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Db } from '../db.ts';
import { publicSnapshot } from '../directory-snapshot.ts';
import { ambassadorSchema, type AmbassadorData } from '../../lib/schemas.ts';

export interface ProfileFile {
  department: string;
  slug: string;
  data: AmbassadorData;
}

/** Every valid profile below `dir` (`<département>/<slug>.yaml`); the build reports invalid ones. */
export function readProfileFiles(dir: string): ProfileFile[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) =>
      readdirSync(join(dir, d.name))
        .filter((f) => f.endsWith('.yaml'))
        .flatMap((f) => {
          const parsed = ambassadorSchema.safeParse(parse(readFileSync(join(dir, d.name, f), 'utf8')));
          return parsed.success ? [{ department: d.name, slug: f.slice(0, -'.yaml'.length), data: parsed.data }] : [];
        }),
    );
}

export function demoAddress(file: Pick<ProfileFile, 'department' | 'slug'>): string {
  return `demo+${file.department}-${file.slug}@example.org`.slice(0, 254);
}

export async function syncDirectory(
  db: Db,
  files: readonly ProfileFile[],
  { createDemoRecords = false } = {},
): Promise<{ updated: number; created: number }> {
  return db.transaction(async (tx) => {
    const columns = [
      files.map((f) => f.department),
      files.map((f) => f.slug),
      files.map((f) => JSON.stringify(publicSnapshot(f.data))),
      files.map((f) => f.data.status === 'paused'),
    ];
    const updated = await tx.query(
      `UPDATE ambassadors m SET public = u.p::jsonb, paused = u.paused
       FROM unnest($1::text[], $2::text[], $3::text[], $4::bool[]) AS u(d, s, p, paused)
       WHERE m.department = u.d AND m.slug = u.s RETURNING m.id`,
      columns,
    );
    if (!createDemoRecords) return { updated: updated.length, created: 0 };
    const known = new Set((await tx.query<{ key: string }>(`SELECT department || '/' || slug AS key FROM ambassadors`)).map((r) => r.key));
    const missing = files.filter((f) => !known.has(`${f.department}/${f.slug}`));
    if (missing.length === 0) return { updated: updated.length, created: 0 };
    const created = await tx.query<{ id: string; email: string }>(
      `INSERT INTO applications (status, email, first_name, last_name, profile, monthly_capacity, meets_minors, created_at, confirmed_at, decided_at, charter_checked_on, criminal_record_checked_on)
       SELECT 'approved', e, n, 'Démo', '{}'::jsonb, 4, true, now(), now(), now(), now(), now() FROM unnest($1::text[], $2::text[]) AS x(e, n)
       RETURNING id, email`,
      [missing.map(demoAddress), missing.map((f) => f.data.displayName)],
    );
    const idOf = new Map(created.map((c) => [c.email, c.id]));
    await tx.query(
      `INSERT INTO ambassadors (id, department, slug, paused, public, published_at, updated_at)
       SELECT i::uuid, d, s, p, pub::jsonb, now(), now() FROM unnest($1::text[], $2::text[], $3::text[], $4::bool[], $5::text[]) AS x(i, d, s, p, pub)`,
      [
        missing.map((f) => idOf.get(demoAddress(f))),
        missing.map((f) => f.department),
        missing.map((f) => f.slug),
        missing.map((f) => f.data.status === 'paused'),
        missing.map((f) => JSON.stringify(publicSnapshot(f.data))),
      ],
    );
    return { updated: updated.length, created: created.length };
  });
}
