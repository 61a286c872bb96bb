/**
 * A company confirms its members (issue 11, part 1). A person names their company on their profile
 * (signup, then publication; or "Gérer mon profil"): the company's contact — the address of the
 * company ambassador's own account — gets a link, and from it confirms or refuses. The answer is
 * written into the person's public profile file through the content writer, as every profile change
 * is: `companyConfirmedAt` on confirmation (the build then lists the person on the company's page and
 * links their profile to it), or the company removed on refusal. Kept in the file rather than in a
 * table because the company page is static: the build reads only the content, and the CMS shows the
 * state to the regional team, who may correct it.
 *
 * The link names the person and the company (token subject « <person id> <company id> »): if the person
 * named another company meanwhile, the old link confirms nothing.
 */
import type { Clock } from '../../clock.ts';
import type { ContentWriter } from '../../content/writer.ts';
import { profilePath } from '../../content/profiles.ts';
import type { Db, Queryable } from '../../db.ts';
import { audit } from '../../audit.ts';
import { publicSnapshot } from '../../directory-snapshot.ts';
import { enqueueMail } from '../../mail/outbox.ts';
import { companyMemberAnswerMail, companyMemberConfirmationMail, type MailContext } from '../../mail/templates.ts';
import { companyContact } from '../../records/companies.ts';
import { consumeToken, issueToken, peekToken, type TokenCheck } from '../../tokens.ts';
import { parse } from 'yaml';
import { profileYaml } from '../../../lib/profile-file.ts';
import { ambassadorSchema, type AmbassadorData } from '../../../lib/schemas.ts';

export const COMPANY_MEMBER_PURPOSE = 'confirm_company_member' as const;
/** A company answers when its contact reads the mail: two weeks, longer than a personal link. */
export const COMPANY_LINK_DAYS = 14;
export const COMPANY_MEMBER_PATH = '/api/entreprise/membre';

export interface CompanyMembersDeps {
  db: Db;
  clock: Clock;
  settings: MailContext;
  siteUrl: string;
  content: ContentWriter;
}

export function companyMemberLink(siteUrl: string, token: string): string {
  return `${siteUrl}${COMPANY_MEMBER_PATH}?jeton=${token}`;
}

/**
 * Mails the company's contact a link to confirm the person (inside the transaction of the change that
 * named the company). Silent when the company has no account (a profile created in the CMS): the
 * regional team confirms it there.
 */
export async function askCompanyConfirmation(
  tx: Queryable,
  deps: Pick<CompanyMembersDeps, 'clock' | 'settings' | 'siteUrl'>,
  person: { id: string; displayName: string; jobTitle: string; company: string },
): Promise<boolean> {
  const contact = await companyContact(tx, person.company);
  if (!contact || contact.id === person.id) return false;
  const token = await issueToken(tx, deps.clock, {
    purpose: COMPANY_MEMBER_PURPOSE,
    subject: `${person.id} ${person.company}`,
    lifetimeMs: COMPANY_LINK_DAYS * 86_400_000,
  });
  await enqueueMail(
    tx,
    deps.clock,
    companyMemberConfirmationMail(
      deps.settings,
      { email: contact.email, companyName: contact.displayName },
      person,
      companyMemberLink(deps.siteUrl, token),
      COMPANY_LINK_DAYS,
    ),
  );
  await audit(tx, deps.clock.now(), 'ambassadeur', 'company_confirmation_asked', person.id);
  return true;
}

export interface MemberToConfirm {
  memberName: string;
  jobTitle: string;
  companyName: string;
}

type MemberCheck = { ok: true; member: MemberToConfirm } | Extract<TokenCheck, { ok: false }> | { ok: false; reason: 'stale' };

interface PersonRow {
  id: string;
  email: string;
  first_name: string;
  department: string;
  slug: string;
}

async function personOf(db: Queryable, id: string, lock = false): Promise<PersonRow | undefined> {
  const [row] = await db.query<PersonRow>(
    `SELECT m.id, a.email, a.first_name, m.department, m.slug FROM ambassadors m JOIN applications a ON a.id = m.id WHERE m.id = $1${lock ? ' FOR UPDATE OF m' : ''}`,
    [id],
  );
  return row;
}

function splitSubject(subject: string): { personId: string; companyId: string } {
  const [personId = '', companyId = ''] = subject.split(' ');
  return { personId, companyId };
}

async function readProfile(content: ContentWriter, row: PersonRow): Promise<AmbassadorData | undefined> {
  const text = await content.read(profilePath(row.department, row.slug));
  return text === undefined ? undefined : ambassadorSchema.parse(parse(text));
}

/** What the link's page shows before the POST (mail scanners follow GET links: nothing changes). */
export async function memberToConfirm(deps: CompanyMembersDeps, token: string): Promise<MemberCheck> {
  const check = await peekToken(deps.db, deps.clock, COMPANY_MEMBER_PURPOSE, token);
  if (!check.ok) return check;
  const { personId, companyId } = splitSubject(check.subject);
  const person = await personOf(deps.db, personId);
  const profile = person && (await readProfile(deps.content, person));
  const company = await companyContact(deps.db, companyId);
  if (!profile || !company || profile.company !== companyId) return { ok: false, reason: 'stale' };
  return { ok: true, member: { memberName: profile.displayName, jobTitle: profile.jobTitle, companyName: company.displayName } };
}

/** The POST: confirms or refuses once, writes the person's profile file, tells the person. */
export async function answerMember(deps: CompanyMembersDeps, token: string, confirmed: boolean): Promise<MemberCheck> {
  return deps.db.transaction(async (tx) => {
    const check = await consumeToken(tx, deps.clock, COMPANY_MEMBER_PURPOSE, token);
    if (!check.ok) return check;
    const { personId, companyId } = splitSubject(check.subject);
    const person = await personOf(tx, personId, true);
    const current = person && (await readProfile(deps.content, person));
    const company = await companyContact(tx, companyId);
    if (!person || !current || !company || current.company !== companyId) return { ok: false, reason: 'stale' };
    const now = deps.clock.now();
    const today = new Date(now.toISOString().slice(0, 10));
    const { company: _company, companyConfirmedAt: _confirmed, ...rest } = current;
    const profile = ambassadorSchema.parse(confirmed ? { ...current, companyConfirmedAt: today } : { ...rest, updatedAt: today });
    await tx.query('UPDATE ambassadors SET updated_at = $2, public = $3 WHERE id = $1', [
      person.id,
      now,
      JSON.stringify(publicSnapshot(profile)),
    ]);
    await audit(tx, now, 'ambassadeur', confirmed ? 'company_member_confirmed' : 'company_member_refused', person.id);
    await enqueueMail(
      tx,
      deps.clock,
      companyMemberAnswerMail(deps.settings, { email: person.email, firstName: person.first_name }, company.displayName, confirmed),
    );
    // Last, so that a refusal of the content store rolls everything back.
    await deps.content.write(
      profilePath(person.department, person.slug),
      profileYaml(profile),
      confirmed
        ? `Profil : ${person.slug} confirmé par son entreprise ${companyId}`
        : `Profil : ${person.slug} n’est pas confirmé par ${companyId} (entreprise retirée)`,
    );
    return {
      ok: true,
      member: { memberName: current.displayName, jobTitle: current.jobTitle, companyName: company.displayName },
    };
  });
}
