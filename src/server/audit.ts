/** The audit trail: who did what to which record, pseudonymously (never an address or a name). */
import type { Queryable } from './db.ts';

export type Actor = 'candidat' | 'ambassadeur' | 'demandeur' | 'referent' | 'systeme';

export async function audit(tx: Queryable, at: Date, actor: Actor, action: string, subject: string): Promise<void> {
  await tx.query('INSERT INTO audit_events (at, actor, action, subject) VALUES ($1, $2, $3, $4)', [at, actor, action, subject]);
}

/** The same event for many subjects in one statement (a daily job may anonymise thousands of requests). */
export async function auditMany(tx: Queryable, at: Date, actor: Actor, action: string, subjects: readonly string[]): Promise<void> {
  if (subjects.length === 0) return;
  await tx.query('INSERT INTO audit_events (at, actor, action, subject) SELECT $1, $2, $3, unnest($4::text[])', [
    at,
    actor,
    action,
    subjects,
  ]);
}
