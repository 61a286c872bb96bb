/**
 * Companies and structures as the workflows see them (issue 11): the published company profiles a
 * person may name (from the public snapshot, so no git read), and a company's contact — the
 * address of the company ambassador's own account, never shown to anyone.
 */
import type { Queryable } from '../db.ts';

export interface CompanyOption {
  /** The company profile's id, `<département>/<slug>`, as a person's `company` field names it. */
  value: string;
  label: string;
}

export async function companyOptions(db: Queryable): Promise<CompanyOption[]> {
  const rows = await db.query<{ department: string; slug: string; name: string }>(
    `SELECT department, slug, public->>'displayName' AS name FROM ambassadors WHERE public->>'type' = 'company'`,
  );
  return rows.map((r) => ({ value: `${r.department}/${r.slug}`, label: r.name })).sort((a, b) => a.label.localeCompare(b.label, 'fr'));
}

export async function companyIds(db: Queryable): Promise<Set<string>> {
  return new Set((await companyOptions(db)).map((c) => c.value));
}

export interface CompanyContact {
  /** The company ambassador's id (its account). */
  id: string;
  email: string;
  displayName: string;
}

export async function companyContact(db: Queryable, companyId: string): Promise<CompanyContact | undefined> {
  const [department, slug] = companyId.split('/');
  const [row] = await db.query<CompanyContact>(
    `SELECT m.id, a.email, m.public->>'displayName' AS "displayName"
       FROM ambassadors m JOIN applications a ON a.id = m.id
      WHERE m.department = $1 AND m.slug = $2 AND m.public->>'type' = 'company'`,
    [department, slug],
  );
  return row;
}

/** A company's confirmed members who take requests (not paused), as choices: the company may entrust a request to one of them. */
export async function confirmedMembers(db: Queryable, companyId: string): Promise<CompanyOption[]> {
  const rows = await db.query<{ department: string; slug: string; name: string; job: string }>(
    `SELECT department, slug, public->>'displayName' AS name, public->>'jobTitle' AS job
       FROM ambassadors WHERE public->>'memberOf' = $1 AND NOT paused`,
    [companyId],
  );
  return rows
    .map((r) => ({ value: `${r.department}/${r.slug}`, label: `${r.name}, ${r.job}` }))
    .sort((a, b) => a.label.localeCompare(b.label, 'fr'));
}
