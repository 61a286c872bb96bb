/**
 * Signup (brief F3, W1, W3): an application is stored with its consent, and a confirmation
 * link is mailed, all in one transaction. The answer is the same whether or not the address
 * is already known; a person who applies twice gets a mail saying so instead of a second link.
 */
import type { Clock } from '../clock.ts';
import type { Db, Queryable } from '../db.ts';
import { audit } from '../audit.ts';
import { enqueueMail } from '../mail/outbox.ts';
import { applicationAlreadyOpenMail, confirmApplicationMail, type MailContext } from '../mail/templates.ts';
import { consumeToken, issueToken, type TokenCheck } from '../tokens.ts';
import { applicationSchema, companyFields, fieldErrors, meetsMinors, type Application } from '../../lib/application.ts';
import { companyIds } from '../records/companies.ts';
import { nextApplicationStatus, type ApplicationStatus } from '../../lib/application-status.ts';
import { findCommune, findDepartment, searchCommunes } from '../../lib/geo.ts';
import { isWithin, parsePoint, type Bounds } from '../../lib/position.ts';
import { communeOfTyped, resolveZone, zoneProfileFields } from '../../lib/zone.ts';
import { zoneContext } from '../employment-areas.ts';

export interface SignupSettings extends MailContext {
  departments: readonly string[];
  mapBounds: Bounds;
  confirmationLinkHours: number;
}

export interface SignupDeps {
  db: Db;
  clock: Clock;
  settings: SignupSettings;
  /** Public address of the site, for the links in mails. */
  siteUrl: string;
}

/** The zone of intervention (issue 11) resolved against the reference data: the profile's zone fields, or messages per field. */
export function applicationZone(
  application: Pick<
    Application,
    'zoneKind' | 'departments' | 'zoneCommune' | 'zoneRadiusKm' | 'employmentAreas' | 'homeCommune' | 'position'
  >,
  settings: { departments: readonly string[]; regionName: string },
):
  | { ok: true; fields: ReturnType<typeof zoneProfileFields>; communes: string[] | undefined }
  | { ok: false; errors: Record<string, string> } {
  const zoneCommune = application.zoneKind === 'commune_radius' ? communeOfTyped(application.zoneCommune, settings.departments) : undefined;
  const zone = {
    zoneKind: application.zoneKind,
    departments: application.departments,
    zoneCommune,
    zoneRadiusKm: application.zoneRadiusKm,
    employmentAreas: application.employmentAreas,
  };
  const home = { code: application.homeCommune, position: application.position ? parsePoint(application.position) : undefined };
  const resolved = resolveZone(zone, zoneContext(settings, home));
  if (!resolved.ok) {
    if (application.zoneKind === 'commune_radius' && application.zoneCommune && !zoneCommune && resolved.errors.zoneCommune)
      resolved.errors.zoneCommune =
        'Commune du rayon : commune introuvable dans la Région. Indiquez son code INSEE, ou son nom et son code postal (par exemple « Arras 62000 »).';
    return resolved;
  }
  return { ok: true, fields: zoneProfileFields(zone, resolved.coverage), communes: resolved.coverage.communes };
}

export type SignupResult = { ok: true } | { ok: false; errors: Record<string, string> };

export async function submitApplication(deps: SignupDeps, input: unknown): Promise<SignupResult> {
  const parsed = applicationSchema.safeParse(withCommuneFound(input, deps.settings));
  if (!parsed.success) return { ok: false, errors: fieldErrors(parsed.error) };
  const kind = companyFields(parsed.data, await companyIds(deps.db));
  const application = kind.ok ? kind.fields : parsed.data;
  const errors = checkAgainstReferenceData(application, deps.settings);
  const zone = applicationZone(application, deps.settings);
  if (!zone.ok) Object.assign(errors, zone.errors, errors);
  if (!kind.ok) Object.assign(errors, kind.errors);
  if (Object.keys(errors).length > 0 || !zone.ok) return { ok: false, errors };

  try {
    await record(deps, application, zone.fields);
  } catch (error) {
    // Two submissions for one address at the same instant: the unique index lets one in;
    // the other gets the same answer, as for any known address.
    if ((error as { code?: string }).code !== UNIQUE_VIOLATION) throw error;
  }
  return { ok: true };
}

const UNIQUE_VIOLATION = '23505';

async function record(deps: SignupDeps, application: Application, zone: ReturnType<typeof zoneProfileFields>): Promise<void> {
  await deps.db.transaction(async (tx) => {
    const now = deps.clock.now();
    const [open] = await tx.query<{ id: string }>(
      `SELECT id FROM applications WHERE lower(email) = lower($1) AND status IN ('submitted', 'confirmed')`,
      [application.email],
    );
    if (open) {
      await enqueueMail(tx, deps.clock, applicationAlreadyOpenMail(deps.settings, { email: application.email }));
      return;
    }
    // What is not private contact or consent is the public profile as proposed.
    const {
      firstName,
      lastName,
      email,
      phone,
      monthlyCapacity,
      charterVersion,
      charterAccepted: _accepted,
      communeSearch: _typed,
      zoneKind: _kind,
      zoneCommune: _centre,
      zoneRadiusKm: _radius,
      employmentAreas: _areas,
      departments: _typedDepartments,
      ...rest
    } = application;
    // The zone as stored: only the fields of its kind, and the départements it covers (zoneProfileFields).
    const profile = { ...rest, ...zone };
    const [row] = await tx.query<{ id: string }>(
      `INSERT INTO applications (status, email, first_name, last_name, phone, profile, monthly_capacity, meets_minors, created_at)
       VALUES ('submitted', $1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [email, firstName, lastName, phone ?? null, JSON.stringify(profile), monthlyCapacity, meetsMinors(application), now],
    );
    await tx.query('INSERT INTO consents (application_id, document, version, given_at) VALUES ($1, $2, $3, $4)', [
      row!.id,
      'charter',
      charterVersion,
      now,
    ]);
    await audit(tx, now, 'candidat', 'application_submitted', row!.id);
    await sendConfirmationLink(tx, deps, { id: row!.id, email, firstName });
  });
}

/**
 * Without JavaScript there is no autocompletion: the person typed a name (and maybe a postal
 * code). One match fills the code; several or none leave it empty for the schema's message.
 */
function withCommuneFound(input: unknown, settings: SignupSettings): unknown {
  if (typeof input !== 'object' || input === null) return input;
  const fields = input as Record<string, unknown>;
  if (fields.homeCommune || typeof fields.communeSearch !== 'string') return input;
  const found = searchCommunes(fields.communeSearch, settings.departments);
  return found.length === 1 ? { ...fields, homeCommune: found[0]!.code } : input;
}

/** What the schema cannot know in the browser: real codes, inside the Région. */
function checkAgainstReferenceData(application: Application, settings: SignupSettings): Record<string, string> {
  const errors: Record<string, string> = {};
  const commune = findCommune(application.homeCommune);
  if (!commune) errors.homeCommune = 'Commune : ce code ne correspond à aucune commune. Choisissez votre commune dans la liste proposée.';
  else if (!settings.departments.includes(commune.department)) {
    errors.homeCommune = `Commune : ${commune.name} n'est pas dans la Région ${settings.regionName}. Le réseau accueille les ambassadeurs de ses départements.`;
  }
  const unknown = application.departments.filter((code) => !findDepartment(code) || !settings.departments.includes(code));
  if (unknown.length > 0 && (application.zoneKind ?? 'departments') === 'departments')
    errors.departments = `Départements d'intervention : choisissez parmi ceux de la Région (${settings.departments.join(', ')}).`;
  if (application.position !== undefined) {
    const point = parsePoint(application.position);
    if (!point || !isWithin(point, settings.mapBounds))
      errors.homeCommune ??= 'Commune : position invalide. Choisissez de nouveau votre commune dans la liste.';
  }
  return errors;
}

/** The POST behind the emailed link: confirms the address once. */
export async function confirmApplication(deps: SignupDeps, token: string): Promise<TokenCheck> {
  return deps.db.transaction(async (tx) => {
    const check = await consumeToken(tx, deps.clock, 'confirm_application', token);
    if (!check.ok) return check;
    const [row] = await tx.query<{ status: ApplicationStatus }>('SELECT status FROM applications WHERE id = $1 FOR UPDATE', [
      check.subject,
    ]);
    if (!row) return { ok: false, reason: 'unknown' };
    const status = nextApplicationStatus(row.status, 'confirm_email');
    const now = deps.clock.now();
    await tx.query('UPDATE applications SET status = $2, confirmed_at = $3 WHERE id = $1', [check.subject, status, now]);
    await audit(tx, now, 'candidat', 'application_confirmed', check.subject);
    return check;
  });
}

/** A new link for an application still waiting for its confirmation; silent otherwise. */
export async function resendConfirmationLink(deps: SignupDeps, email: string): Promise<void> {
  await deps.db.transaction(async (tx) => {
    const [row] = await tx.query<{ id: string; first_name: string; email: string }>(
      `SELECT id, first_name, email FROM applications WHERE lower(email) = lower($1) AND status = 'submitted'`,
      [email],
    );
    if (!row) return;
    await sendConfirmationLink(tx, deps, { id: row.id, email: row.email, firstName: row.first_name });
  });
}

/** A new single-use link for the application, and the mail that carries it. */
async function sendConfirmationLink(
  tx: Queryable,
  deps: SignupDeps,
  application: { id: string; email: string; firstName: string },
): Promise<void> {
  const hours = deps.settings.confirmationLinkHours;
  const token = await issueToken(tx, deps.clock, {
    purpose: 'confirm_application',
    subject: application.id,
    lifetimeMs: hours * 3_600_000,
  });
  const link = `${deps.siteUrl}/api/inscription/confirmer?jeton=${token}`;
  await enqueueMail(tx, deps.clock, confirmApplicationMail(deps.settings, application, link, hours));
}

/** Unconfirmed applications older than `days` are deleted with their consent and links. */
export async function purgeUnconfirmedApplications(deps: Pick<SignupDeps, 'db' | 'clock'>, days = 7): Promise<number> {
  const cutoff = new Date(deps.clock.now().getTime() - days * 86_400_000);
  return deps.db.transaction(async (tx) => {
    const purged = await tx.query<{ id: string }>(`DELETE FROM applications WHERE status = 'submitted' AND created_at < $1 RETURNING id`, [
      cutoff,
    ]);
    if (purged.length > 0) {
      await tx.query(`DELETE FROM link_tokens WHERE purpose = 'confirm_application' AND subject = ANY($1::text[])`, [
        purged.map((p) => p.id),
      ]);
    }
    for (const { id } of purged) await audit(tx, deps.clock.now(), 'systeme', 'application_purged', id);
    return purged.length;
  });
}
