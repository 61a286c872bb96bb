/**
 * What a referent does with applications (brief F3, F8, W1): list the confirmed applications
 * of their territory, then approve one (the dates of the checks, corrections to the text, the
 * position when the Geo API could not give it) or reject it with a reason. Approval publishes
 * the profile file through the content writer and mails a welcome with the self-service link;
 * rejection mails the reason, and the application is purged after REJECTED_KEPT_DAYS.
 */
import { z } from 'astro/zod';
import type { Clock } from '../clock.ts';
import type { ContentWriter } from '../content/writer.ts';
import type { Db, Queryable } from '../db.ts';
import { enqueueMail } from '../mail/outbox.ts';
import { applicationApprovedMail, applicationRejectedMail } from '../mail/templates.ts';
import type { Referent } from '../referents.ts';
import { issueToken } from '../tokens.ts';
import { audit } from '../audit.ts';
import { MANAGE_LINK_PURPOSE, manageLinkUrl } from './self-service.ts';
import type { SignupSettings } from './signup.ts';
import { fieldErrors } from '../../lib/application.ts';
import { IllegalTransition, nextApplicationStatus, type ApplicationStatus } from '../../lib/application-status.ts';
import { blankAsMissing, publicText } from '../../lib/fields.ts';
import { findCommune } from '../../lib/geo.ts';
import { formatPoint, isWithin, parsePoint } from '../../lib/position.ts';
import { profileYaml } from '../../lib/profile-file.ts';
import { ambassadorSchema, type AmbassadorData } from '../../lib/schemas.ts';
import { profilePath, uniqueSlug } from '../content/profiles.ts';
import { publicSnapshot } from '../directory-snapshot.ts';
import { departmentName } from '../../lib/directory.ts';
import { zoneInWords } from '../../lib/zone.ts';
import { loadEmploymentAreas } from '../employment-areas.ts';
import { loadSettings } from '../settings.ts';
import { askCompanyConfirmation } from './companies/members.ts';

export interface ReviewDeps {
  db: Db;
  clock: Clock;
  settings: SignupSettings & { contactEmail: string };
  siteUrl: string;
  content: ContentWriter;
}

/** Days a rejected application is kept (so the person can ask about it) before its data is erased. */
export const REJECTED_KEPT_DAYS = 30;

/** The public profile as proposed at signup (and as corrected by the referent). */
export type ProposedProfile = Omit<AmbassadorData, 'status' | 'createdAt' | 'updatedAt' | 'position'> & { position?: string };

export interface ApplicationToReview {
  id: string;
  firstName: string;
  lastName: string;
  email: string;
  phone: string | null;
  meetsMinors: boolean;
  confirmedAt: Date;
  profile: ProposedProfile;
  communeName: string;
  department: string;
  /** The zone of intervention in words (issue 11). */
  zoneText: string;
}

interface ApplicationRow {
  id: string;
  status: ApplicationStatus;
  first_name: string;
  last_name: string;
  email: string;
  phone: string | null;
  meets_minors: boolean;
  confirmed_at: Date;
  profile: ProposedProfile;
}

const COLUMNS = 'id, status, first_name, last_name, email, phone, meets_minors, confirmed_at, profile';

function toReview(row: ApplicationRow): ApplicationToReview {
  const commune = findCommune(row.profile.homeCommune);
  return {
    id: row.id,
    firstName: row.first_name,
    lastName: row.last_name,
    email: row.email,
    phone: row.phone,
    meetsMinors: row.meets_minors,
    confirmedAt: row.confirmed_at,
    profile: row.profile,
    communeName: commune?.name ?? row.profile.homeCommune,
    department: commune?.department ?? '',
    zoneText: zoneInWords(row.profile, {
      department: departmentName,
      area: (id) => loadEmploymentAreas().find((a) => a.id === id)?.name ?? id,
      regionName: loadSettings().regionName,
    }),
  };
}

export async function applicationsToReview(db: Queryable, referent: Referent): Promise<ApplicationToReview[]> {
  const rows = await db.query<ApplicationRow>(`SELECT ${COLUMNS} FROM applications WHERE status = 'confirmed' ORDER BY confirmed_at`);
  return rows.map(toReview).filter((application) => referent.departments.includes(application.department));
}

/** One confirmed application of the referent's territory, or undefined (unknown, decided, elsewhere). */
export async function applicationToReview(db: Queryable, referent: Referent, id: string): Promise<ApplicationToReview | undefined> {
  if (!UUID.test(id)) return undefined;
  const [row] = await db.query<ApplicationRow>(`SELECT ${COLUMNS} FROM applications WHERE id = $1 AND status = 'confirmed'`, [id]);
  const application = row && toReview(row);
  return application && referent.departments.includes(application.department) ? application : undefined;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const checkDate = (what: string) => blankAsMissing(z.iso.date({ error: `${what} : date attendue (jour/mois/année).` }).optional());
const coordinate = (what: string) =>
  blankAsMissing(z.coerce.number({ error: `${what} : nombre décimal attendu, par exemple 50.6311.` }).optional());

/** The approval form: the checks, and the public text as the referent corrected it. */
export const approvalSchema = z.strictObject({
  charterCheckedOn: checkDate('Charte vérifiée le'),
  criminalRecordCheckedOn: checkDate('Extrait de casier vérifié le'),
  displayName: publicText(2, 60, 'Nom affiché'),
  jobTitle: publicText(2, 100, 'Métier ou formation'),
  organisation: blankAsMissing(publicText(2, 100, 'Employeur ou établissement').optional()),
  presentation: publicText(20, 600, 'Présentation'),
  careerPath: publicText(20, 1500, 'Parcours'),
  latitude: coordinate('Latitude'),
  longitude: coordinate('Longitude'),
});

export const rejectionSchema = z.strictObject({
  reason: z
    .string({ error: 'Motif : champ obligatoire.' })
    .trim()
    .min(10, { error: 'Motif : 10 caractères au moins ; il est envoyé à la personne.' })
    .max(1000, { error: 'Motif : 1 000 caractères au plus.' }),
});

export type DecisionResult = { ok: true; path?: string } | { ok: false; errors: Record<string, string> } | { ok: false; notFound: true };

const ALREADY_DECIDED = { ok: false, notFound: true } as const;

export async function approveApplication(deps: ReviewDeps, referent: Referent, id: string, input: unknown): Promise<DecisionResult> {
  const parsed = approvalSchema.safeParse(input);
  if (!parsed.success) return { ok: false, errors: fieldErrors(parsed.error) };
  const form = parsed.data;
  return deps.db.transaction(async (tx) => {
    const application = await lockForDecision(tx, referent, id);
    if (!application) return ALREADY_DECIDED;
    const today = day(deps.clock.now());
    const errors: Record<string, string> = {};
    if (!form.charterCheckedOn) errors.charterCheckedOn = 'Charte vérifiée le : indiquez la date de la vérification.';
    else if (form.charterCheckedOn > today) errors.charterCheckedOn = 'Charte vérifiée le : la date ne peut pas être dans le futur.';
    if (application.meetsMinors && !form.criminalRecordCheckedOn) {
      errors.criminalRecordCheckedOn =
        'Extrait de casier vérifié le : obligatoire, car la personne interviendra auprès de mineurs. Indiquez la date de la vérification.';
    } else if (form.criminalRecordCheckedOn && form.criminalRecordCheckedOn > today) {
      errors.criminalRecordCheckedOn = 'Extrait de casier vérifié le : la date ne peut pas être dans le futur.';
    }
    const position = positionOf(application.profile, form, deps.settings, errors);
    if (Object.keys(errors).length > 0) return { ok: false, errors };

    const now = deps.clock.now();
    const { displayName, jobTitle, organisation, presentation, careerPath } = form;
    const profile = ambassadorSchema.safeParse({
      ...application.profile,
      displayName,
      jobTitle,
      organisation,
      presentation,
      careerPath,
      position,
      status: 'published',
      createdAt: today,
      updatedAt: today,
    });
    if (!profile.success) return { ok: false, errors: fieldErrors(profile.error) };

    const department = application.department;
    const taken = await tx.query<{ slug: string }>('SELECT slug FROM ambassadors WHERE department = $1', [department]);
    const slug = await uniqueSlug(deps.content, department, `${displayName} ${jobTitle}`, new Set(taken.map((t) => t.slug)));
    const { status: _status, createdAt: _c, updatedAt: _u, ...proposed } = profile.data;
    await tx.query(
      `UPDATE applications SET status = $2, decided_at = $3, decided_by = $4, charter_checked_on = $5, criminal_record_checked_on = $6, profile = $7 WHERE id = $1`,
      [
        id,
        nextApplicationStatus('confirmed', 'approve'),
        now,
        referent.email.toLowerCase(),
        form.charterCheckedOn,
        form.criminalRecordCheckedOn ?? null,
        JSON.stringify(proposed),
      ],
    );
    await tx.query('INSERT INTO ambassadors (id, department, slug, public, published_at, updated_at) VALUES ($1, $2, $3, $4, $5, $5)', [
      id,
      department,
      slug,
      JSON.stringify(publicSnapshot(profile.data)),
      now,
    ]);
    await audit(tx, now, 'referent', 'application_approved', id);
    // Issue 11: a person who named their company waits for its confirmation.
    if (profile.data.company) await askCompanyConfirmation(tx, deps, { id, ...profile.data, company: profile.data.company });
    const hours = deps.settings.confirmationLinkHours;
    const token = await issueToken(tx, deps.clock, { purpose: MANAGE_LINK_PURPOSE, subject: id, lifetimeMs: hours * 3_600_000 });
    await enqueueMail(
      tx,
      deps.clock,
      applicationApprovedMail(deps.settings, application, {
        profileUrl: `${deps.siteUrl}/ambassadeurs/${department}/${slug}/`,
        manageLink: manageLinkUrl(deps.siteUrl, token),
        lifetimeHours: hours,
      }),
    );
    // Last, so that a refusal of the content store rolls everything back.
    const path = profilePath(department, slug);
    await deps.content.write(path, profileYaml(profile.data), `Profil : publication de ${slug} (validé par un référent)`);
    return { ok: true, path };
  });
}

export async function rejectApplication(deps: ReviewDeps, referent: Referent, id: string, input: unknown): Promise<DecisionResult> {
  const parsed = rejectionSchema.safeParse(input);
  if (!parsed.success) return { ok: false, errors: fieldErrors(parsed.error) };
  return deps.db.transaction(async (tx) => {
    const application = await lockForDecision(tx, referent, id);
    if (!application) return ALREADY_DECIDED;
    const now = deps.clock.now();
    await tx.query('UPDATE applications SET status = $2, decided_at = $3, decided_by = $4, rejection_reason = $5 WHERE id = $1', [
      id,
      nextApplicationStatus('confirmed', 'reject'),
      now,
      referent.email.toLowerCase(),
      parsed.data.reason,
    ]);
    await audit(tx, now, 'referent', 'application_rejected', id);
    await enqueueMail(
      tx,
      deps.clock,
      applicationRejectedMail(deps.settings, application, {
        reason: parsed.data.reason,
        contactEmail: deps.settings.contactEmail,
        keptDays: REJECTED_KEPT_DAYS,
      }),
    );
    return { ok: true };
  });
}

/** The application, locked, if it is still waiting for a decision in the referent's territory. */
async function lockForDecision(tx: Queryable, referent: Referent, id: string): Promise<ApplicationToReview | undefined> {
  if (!UUID.test(id)) return undefined;
  const [row] = await tx.query<ApplicationRow>(`SELECT ${COLUMNS} FROM applications WHERE id = $1 FOR UPDATE`, [id]);
  if (!row) return undefined;
  try {
    nextApplicationStatus(row.status, 'approve');
  } catch (error) {
    if (error instanceof IllegalTransition) return undefined;
    throw error;
  }
  const application = toReview(row);
  return referent.departments.includes(application.department) ? application : undefined;
}

/** The point from the Geo API at signup, or the one the referent typed (required when there was none). */
function positionOf(
  profile: ProposedProfile,
  form: z.output<typeof approvalSchema>,
  settings: ReviewDeps['settings'],
  errors: Record<string, string>,
): string | undefined {
  if ((form.latitude === undefined) !== (form.longitude === undefined)) {
    errors.latitude =
      'Position : indiquez la latitude et la longitude, ou aucune des deux pour garder la position trouvée à l’inscription.';
    return undefined;
  }
  if (form.latitude !== undefined && form.longitude !== undefined) {
    const point = { latitude: form.latitude, longitude: form.longitude };
    if (isWithin(point, settings.mapBounds)) return formatPoint(point);
    errors.latitude = `Position : ce point est hors de la Région ${settings.regionName}. Vérifiez la latitude (nord) et la longitude (est).`;
    return undefined;
  }
  if (profile.position && parsePoint(profile.position)) return profile.position;
  errors.latitude =
    'Position : indiquez la latitude et la longitude du centre de la commune (la recherche de commune n’a pas pu la donner).';
  return undefined;
}

function day(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Rejected applications are erased, with their consent and links, after REJECTED_KEPT_DAYS. */
export async function purgeRejectedApplications(deps: Pick<ReviewDeps, 'db' | 'clock'>): Promise<number> {
  const cutoff = new Date(deps.clock.now().getTime() - REJECTED_KEPT_DAYS * 86_400_000);
  return deps.db.transaction(async (tx) => {
    const purged = await tx.query<{ id: string }>(`DELETE FROM applications WHERE status = 'rejected' AND decided_at < $1 RETURNING id`, [
      cutoff,
    ]);
    await tx.query('DELETE FROM link_tokens WHERE subject = ANY($1::text[])', [purged.map((p) => p.id)]);
    for (const { id } of purged) await audit(tx, deps.clock.now(), 'systeme', 'application_purged', id);
    return purged.length;
  });
}
