/**
 * "Gérer mon profil" (brief F4, W3): an ambassador asks for a link with their address (the
 * same answer whether or not it is known), the link opens a one-hour session, and from there
 * they edit their public profile, pause or resume it, download all their data as JSON, or
 * delete their account. The public profile file stays the source of the public text (the
 * regional team may edit it in the CMS too); it is read and written through the content writer.
 */
import { parse } from 'yaml';
import type { Clock } from '../clock.ts';
import type { ContentWriter } from '../content/writer.ts';
import { profilePath } from '../content/profiles.ts';
import type { Db, Queryable } from '../db.ts';
import { audit, type Actor } from '../audit.ts';
import { publicSnapshot } from '../directory-snapshot.ts';
import { enqueueMail, enqueueMails } from '../mail/outbox.ts';
import { ambassadorLeftMail } from '../mail/request-templates.ts';
import { ambassadorById, markAmbassadorActive } from '../records/ambassadors.ts';
import { anonymiseRequests } from '../records/anonymise.ts';
import { revokeAttestations } from './attestation/issue.ts';
import { chooseStandIn } from '../records/needs.ts';
import type { RequestRow } from '../records/requests.ts';
import { invitationOf } from './requests/calendar.ts';
import { summaryOf } from './requests/summary.ts';
import { manageProfileLinkMail } from '../mail/templates.ts';
import { closeSessions, openSession, sessionSubject } from '../sessions.ts';
import { consumeToken, issueToken, type TokenCheck } from '../tokens.ts';
import { applicationZone, type SignupSettings } from './signup.ts';
import { applicationSchema, companyFields, fieldErrors, meetsMinors } from '../../lib/application.ts';
import { companyIds } from '../records/companies.ts';
import { askCompanyConfirmation } from './companies/members.ts';
import { profileYaml } from '../../lib/profile-file.ts';
import { ambassadorSchema, type AmbassadorData, type SettingsData } from '../../lib/schemas.ts';
import { EVENT_INVITATION_STATUSES, type EventInvitationStatus } from '../../lib/vocabularies.ts';
import { leaveEvents } from './event-call/withdraw.ts';
import { closeForDepartedCompany } from './ministages/answer.ts';
import { loadOffers, offerPath, type Offer } from '../offers.ts';
import type { CallEvent } from '../events.ts';

export interface SelfServiceDeps {
  db: Db;
  clock: Clock;
  settings: SignupSettings & Pick<SettingsData, 'contactEmail' | 'answerDeadlineDays'>;
  siteUrl: string;
  content: ContentWriter;
  /** The agenda's events (an account deleted leaves their calls); read from the bundled files when absent. */
  events?: readonly CallEvent[];
  /** The mini-stage offers (a company deleted takes its offers with it); read from the bundled files when absent. */
  offers?: readonly Offer[];
}

export const MANAGE_LINK_PURPOSE = 'manage_profile' as const;
export const AMBASSADOR_SESSION_MS = 60 * 60_000;

export function manageLinkUrl(siteUrl: string, token: string): string {
  return `${siteUrl}/api/profil/session?jeton=${token}`;
}

interface AmbassadorRow {
  id: string;
  email: string;
  first_name: string;
  last_name: string;
  phone: string | null;
  monthly_capacity: number;
  department: string;
  slug: string;
  paused: boolean;
  criminal_record_checked_on: string | null;
  animation_opt_out_at: Date | null;
}

const AMBASSADOR_COLUMNS =
  'a.id, a.email, a.first_name, a.last_name, a.phone, a.monthly_capacity, a.criminal_record_checked_on, m.department, m.slug, m.paused, m.animation_opt_out_at';

async function findAmbassador(db: Queryable, where: string, param: string, lock = false): Promise<AmbassadorRow | undefined> {
  const [row] = await db.query<AmbassadorRow>(
    `SELECT ${AMBASSADOR_COLUMNS} FROM applications a JOIN ambassadors m ON m.id = a.id WHERE ${where}${lock ? ' FOR UPDATE OF a, m' : ''}`,
    [param],
  );
  return row;
}

/** Mails a link if an ambassador has this address; silent otherwise (W3). */
export async function requestManageLink(deps: SelfServiceDeps, email: string): Promise<void> {
  await deps.db.transaction(async (tx) => {
    const ambassador = await findAmbassador(tx, 'lower(a.email) = lower($1)', email.trim());
    if (!ambassador) return;
    const hours = deps.settings.confirmationLinkHours;
    const token = await issueToken(tx, deps.clock, { purpose: MANAGE_LINK_PURPOSE, subject: ambassador.id, lifetimeMs: hours * 3_600_000 });
    await enqueueMail(
      tx,
      deps.clock,
      manageProfileLinkMail(
        deps.settings,
        { email: ambassador.email, firstName: ambassador.first_name },
        manageLinkUrl(deps.siteUrl, token),
        hours,
      ),
    );
  });
}

/** Uses the emailed link once and opens a session; returns the cookie value to set. */
export async function openAmbassadorSession(
  deps: SelfServiceDeps,
  token: string,
): Promise<{ ok: true; cookie: string } | Extract<TokenCheck, { ok: false }>> {
  return deps.db.transaction(async (tx) => {
    const check = await consumeToken(tx, deps.clock, MANAGE_LINK_PURPOSE, token);
    if (!check.ok) return check;
    if (!(await findAmbassador(tx, 'a.id = $1', check.subject))) return { ok: false, reason: 'unknown' };
    await markAmbassadorActive(tx, check.subject, deps.clock.now());
    return {
      ok: true,
      cookie: await openSession(tx, deps.clock, { kind: 'ambassador', subject: check.subject, lifetimeMs: AMBASSADOR_SESSION_MS }),
    };
  });
}

export interface AmbassadorAccount {
  id: string;
  firstName: string;
  lastName: string;
  email: string;
  phone: string | null;
  monthlyCapacity: number;
  paused: boolean;
  department: string;
  slug: string;
  /** Refuses animation mail (issue F): the time of the refusal, else null. */
  animationRefusedAt: Date | null;
}

export async function accountFromSession(deps: SelfServiceDeps, cookie: string | undefined): Promise<AmbassadorAccount | undefined> {
  const id = await sessionSubject(deps.db, deps.clock, 'ambassador', cookie);
  const row = id ? await findAmbassador(deps.db, 'a.id = $1', id) : undefined;
  if (!row) return undefined;
  return {
    id: row.id,
    firstName: row.first_name,
    lastName: row.last_name,
    email: row.email,
    phone: row.phone,
    monthlyCapacity: row.monthly_capacity,
    paused: row.paused,
    department: row.department,
    slug: row.slug,
    animationRefusedAt: row.animation_opt_out_at,
  };
}

/** The public profile file (a GitHub API call in production: read only where it is shown or changed); undefined if the regional team removed it. */
export async function readProfile(
  content: ContentWriter,
  row: Pick<AmbassadorRow, 'department' | 'slug'>,
): Promise<AmbassadorData | undefined> {
  const text = await content.read(profilePath(row.department, row.slug));
  return text === undefined ? undefined : ambassadorSchema.parse(parse(text));
}

/** What an ambassador may change themselves; the commune and its position stay as validated. */
export const profileEditSchema = applicationSchema.pick({
  displayName: true,
  jobTitle: true,
  sector: true,
  organisation: true,
  siret: true,
  sizeBand: true,
  company: true,
  presentation: true,
  careerPath: true,
  interventions: true,
  publics: true,
  modalities: true,
  themes: true,
  departments: true,
  zoneKind: true,
  zoneCommune: true,
  zoneRadiusKm: true,
  employmentAreas: true,
  monthlyCapacity: true,
  yearlyInterventions: true,
  schoolPeriodsOnly: true,
});

/** Optional fields: left empty in the form, they are removed from the file. */
const CLEARED_WHEN_EMPTY = {
  organisation: undefined,
  themes: undefined,
  yearlyInterventions: undefined,
  schoolPeriodsOnly: undefined,
  company: undefined,
};

export type SelfServiceResult = { ok: true } | { ok: false; errors: Record<string, string> };

const PROFILE_MISSING = {
  ok: false,
  errors: { formulaire: 'Votre profil public est introuvable : l’équipe régionale l’a peut-être retiré. Écrivez au contact du réseau.' },
} as const;

export async function updateProfile(deps: SelfServiceDeps, id: string, input: unknown): Promise<SelfServiceResult> {
  const parsed = profileEditSchema.safeParse(input);
  if (!parsed.success) return { ok: false, errors: fieldErrors(parsed.error) };
  const { monthlyCapacity, zoneKind, zoneCommune, zoneRadiusKm, employmentAreas, departments, ...fields } = parsed.data;
  return deps.db.transaction(async (tx) => {
    const row = await findAmbassador(tx, 'a.id = $1', id, true);
    const current = row && (await readProfile(deps.content, row));
    if (!row || !current) return PROFILE_MISSING;
    // The zone (issue 11) is resolved from the commune and centre validated at signup; nothing is written when it is refused.
    const zone = applicationZone(
      { zoneKind, departments, zoneCommune, zoneRadiusKm, employmentAreas, homeCommune: current.homeCommune, position: current.position },
      deps.settings,
    );
    if (!zone.ok) return { ok: false, errors: zone.errors };
    // Issue 11: the type stays as validated; a company keeps a SIRET and a size band, a person may name a company.
    const kind = companyFields({ ...fields, type: current.type }, await companyIds(tx));
    if (!kind.ok) return { ok: false, errors: kind.errors };
    const { type: _type, ...kindFields } = kind.fields;
    // A company named anew waits for its confirmation (companyConfirmedAt goes); the same company stays confirmed.
    const companyChanged = kindFields.company !== undefined && kindFields.company !== current.company;
    const edited = {
      ...kindFields,
      companyConfirmedAt: kindFields.company === undefined || companyChanged ? undefined : current.companyConfirmedAt,
      zoneKind: undefined,
      zoneCommune: undefined,
      zoneRadiusKm: undefined,
      employmentAreas: undefined,
      ...zone.fields,
    };
    const minors = meetsMinors(edited);
    if (minors && !row.criminal_record_checked_on) {
      return {
        ok: false,
        errors: {
          publics:
            'Publics : pour intervenir auprès de collégiens, de lycéens ou d’apprentis, le référent de votre département doit d’abord vérifier votre extrait de casier judiciaire. Écrivez-lui, puis revenez ici.',
        },
      };
    }
    const profile = ambassadorSchema.safeParse({ ...current, ...CLEARED_WHEN_EMPTY, ...edited, updatedAt: today(deps.clock) });
    if (!profile.success) return { ok: false, errors: fieldErrors(profile.error) };
    const now = deps.clock.now();
    await tx.query('UPDATE applications SET monthly_capacity = $2, meets_minors = $3 WHERE id = $1', [id, monthlyCapacity, minors]);
    await tx.query('UPDATE ambassadors SET updated_at = $2, public = $3 WHERE id = $1', [
      id,
      now,
      JSON.stringify(publicSnapshot(profile.data)),
    ]);
    await audit(tx, now, 'ambassadeur', 'profile_updated', id);
    if (companyChanged && profile.data.company)
      await askCompanyConfirmation(tx, deps, { id, ...profile.data, company: profile.data.company });
    await deps.content.write(
      profilePath(row.department, row.slug),
      profileYaml(profile.data),
      `Profil : mise à jour de ${row.slug} par l’ambassadeur`,
    );
    return { ok: true };
  });
}

/** Pause hides nothing of the profile but says the person takes no request for now (and issue C refuses new ones). */
export async function setPaused(deps: SelfServiceDeps, id: string, paused: boolean): Promise<SelfServiceResult> {
  return deps.db.transaction(async (tx) => {
    const row = await findAmbassador(tx, 'a.id = $1', id, true);
    const current = row && (await readProfile(deps.content, row));
    if (!row || !current) return PROFILE_MISSING;
    const now = deps.clock.now();
    const profile: AmbassadorData = { ...current, status: paused ? 'paused' : 'published', updatedAt: new Date(today(deps.clock)) };
    await tx.query('UPDATE ambassadors SET paused = $2, updated_at = $3 WHERE id = $1', [id, paused, now]);
    await audit(tx, now, 'ambassadeur', paused ? 'profile_paused' : 'profile_resumed', id);
    await deps.content.write(
      profilePath(row.department, row.slug),
      profileYaml(profile),
      `Profil : ${paused ? 'mise en pause' : 'reprise'} de ${row.slug} par l’ambassadeur`,
    );
    return { ok: true };
  });
}

/** Everything the platform holds about the person, as JSON they can keep (RGPD art. 15 and 20). */
export async function exportAccount(deps: SelfServiceDeps, id: string): Promise<Record<string, unknown> | undefined> {
  const [row] = await deps.db.query<Record<string, unknown> & { department: string; slug: string }>(
    `SELECT a.email, a.first_name, a.last_name, a.phone, a.profile, a.monthly_capacity, a.created_at, a.confirmed_at, a.decided_at,
            a.charter_checked_on, a.criminal_record_checked_on, m.department, m.slug, m.paused, m.published_at, m.updated_at,
            m.animation_opt_out_at
     FROM applications a JOIN ambassadors m ON m.id = a.id WHERE a.id = $1`,
    [id],
  );
  if (!row) return undefined;
  const consents = await deps.db.query<{ document: string; version: string; given_at: Date }>(
    'SELECT document, version, given_at FROM consents WHERE application_id = $1 ORDER BY given_at',
    [id],
  );
  const eventInvitations = await deps.db.query<{
    event_id: string;
    status: EventInvitationStatus;
    invited_at: Date;
    answered_at: Date | null;
  }>('SELECT event_id, status, invited_at, answered_at FROM event_invitations WHERE ambassador_id = $1 ORDER BY invited_at', [id]);
  const [emailChange] = await deps.db.query<{ new_email: string; requested_at: Date }>(
    'SELECT new_email, requested_at FROM email_changes WHERE application_id = $1',
    [id],
  );
  await audit(deps.db, deps.clock.now(), 'ambassadeur', 'data_exported', id);
  const requests = await deps.db.query<Record<string, unknown> & { id: string }>(
    `SELECT id, status, requester_kind, requester_name, organisation_name, requester_department, intervention, public, level, group_size, modality, slots, accepted_start, message, created_at
     FROM requests WHERE ambassador_id = $1 ORDER BY created_at`,
    [id],
  );
  const messages = await deps.db.query<{ request_id: string; author: string; body: string; created_at: Date }>(
    // Of a request reassigned to them, only the exchange since: not a previous ambassador's.
    `SELECT request_id, author, body, created_at FROM messages WHERE request_id = ANY($1::uuid[]) AND (ambassador_id = $2 OR author = 'referent') ORDER BY id`,
    [requests.map((r) => r.id), id],
  );
  const attestations = await deps.db.query<Record<string, unknown>>(
    `SELECT issued_at AS "delivreeLe", holder_name AS "delivreeA", period_label AS "periode", interventions, minutes AS "minutesDIntervention",
            young_people AS "jeunesTouches"
     FROM attestations WHERE ambassador_id = $1 ORDER BY issued_at`,
    [id],
  );
  return {
    exporteLe: deps.clock.now().toISOString(),
    service: `${deps.settings.siteName} – Région ${deps.settings.regionName}`,
    identite: { prenom: row.first_name, nom: row.last_name, email: row.email, telephone: row.phone },
    changementDAdresseEnAttente: emailChange ? { nouvelleAdresse: emailChange.new_email, demandeLe: emailChange.requested_at } : null,
    inscription: {
      creeeLe: row.created_at,
      adresseConfirmeeLe: row.confirmed_at,
      valideeLe: row.decided_at,
      charteVerifieeLe: row.charter_checked_on,
      extraitDeCasierVerifieLe: row.criminal_record_checked_on,
      profilPropose: row.profile,
    },
    consentements: consents.map((c) => ({
      document: c.document === 'charter' ? 'charte' : c.document,
      version: c.version,
      donneLe: c.given_at,
    })),
    // The calls for ambassadors received (issue 10): the event, where the person stands.
    invitationsAuxEvenements: eventInvitations.map((i) => ({
      evenement: `${deps.siteUrl}/agenda/${i.event_id}/`,
      etat: EVENT_INVITATION_STATUSES[i.status],
      inviteLe: i.invited_at,
      reponduLe: i.answered_at,
    })),
    compte: {
      publieLe: row.published_at,
      modifieLe: row.updated_at,
      enPause: row.paused,
      demandesParMoisAuPlus: row.monthly_capacity,
      messagesDAnimation: row.animation_opt_out_at ? { refusesLe: row.animation_opt_out_at } : 'acceptés',
      adresseDuProfil: `${deps.siteUrl}/ambassadeurs/${row.department}/${row.slug}/`,
    },
    profilPublic: (await readProfile(deps.content, row)) ?? null,
    // The requests received and their threads; the requesters' addresses are theirs and stay out.
    demandes: requests.map(({ id: requestId, ...request }) => ({
      ...request,
      messages: messages
        .filter((m) => m.request_id === requestId)
        .map(({ author, body, created_at }) => ({ auteur: author, texte: body, le: created_at })),
    })),
    // What each attestation states (its code is kept only as a hash: it cannot be given back).
    attestations,
  };
}

/** Who deletes an account: the ambassador (default), or the retention job for an inactive account. */
export interface DeletionCause {
  actor: Actor;
  action: string;
  /** The end of the content commit message. */
  commit: string;
  /** Checked once the account is locked: false leaves it as it is (the person acted meanwhile). */
  stillDue?: (tx: Queryable) => Promise<boolean>;
}

const OWN_REQUEST: DeletionCause = { actor: 'ambassadeur', action: 'account_deleted', commit: 'à la demande de l’ambassadeur' };

/**
 * Deletes the account: the profile file, the person's record, consents, links, sessions and
 * mails addressed to them; their attestations are revoked. Only a pseudonymous event remains in
 * the audit trail, and the anonymised facts of the requests they received (open ones cancelled,
 * their requesters told).
 */
export async function deleteAccount(deps: SelfServiceDeps, id: string, cause: DeletionCause = OWN_REQUEST): Promise<SelfServiceResult> {
  return deps.db.transaction(async (tx) => {
    const row = await findAmbassador(tx, 'a.id = $1', id, true);
    if (!row) return { ok: false, errors: { formulaire: 'Ce compte est déjà supprimé.' } };
    if (cause.stillDue && !(await cause.stillDue(tx))) return { ok: false, errors: { formulaire: 'Ce compte n’est plus à supprimer.' } };
    await tx.query('DELETE FROM outbox WHERE lower(recipient) = lower($1)', [row.email]);
    await tellOpenRequesters(tx, deps, id);
    await leaveEvents(tx, deps, id);
    // A company's mini-stage applications: open ones cancelled (their requesters told), all anonymised.
    await closeForDepartedCompany(tx, deps, id);
    const now = deps.clock.now();
    const cancelled = await tx.query<{ need_id: string | null }>(
      `UPDATE requests SET status = 'cancelled', closed_at = $2 WHERE ambassador_id = $1 AND status IN ('awaiting_requester_confirmation', 'sent', 'accepted') RETURNING need_id`,
      [id, now],
    );
    // A need they were one of several invited to goes on with the others, one of which now stands for it.
    for (const needId of new Set(cancelled.flatMap((r) => (r.need_id ? [r.need_id] : [])))) await chooseStandIn(tx, needId);
    // The requests stay, anonymised, for the network's figures (issue E); the ambassador's link goes (ON DELETE SET NULL).
    await anonymiseRequests(tx, now, 'ambassador_id = $1', [id]);
    // Its attestations read « révoquée » from now on, without the holder's name.
    await revokeAttestations(tx, id, now);
    await tx.query('DELETE FROM link_tokens WHERE subject = $1', [id]);
    await closeSessions(tx, 'ambassador', id);
    await unlinkMembers(tx, deps, `${row.department}/${row.slug}`);
    await removeOffers(deps, `${row.department}/${row.slug}`);
    await tx.query('DELETE FROM applications WHERE id = $1', [id]); // ambassadors and consents follow (ON DELETE CASCADE)
    await audit(tx, now, cause.actor, cause.action, id);
    await deps.content.remove(profilePath(row.department, row.slug), `Profil : suppression de ${row.slug} ${cause.commit}`);
    return { ok: true };
  });
}

/**
 * A company or structure leaves (issue 11): the people who name it no longer do (their files would
 * otherwise stop the build, which refuses a company that does not exist); its pending links go.
 */
async function unlinkMembers(tx: Queryable, deps: SelfServiceDeps, companyId: string): Promise<void> {
  const members = await tx.query<{ id: string; department: string; slug: string }>(
    `SELECT id, department, slug FROM ambassadors WHERE public->>'company' = $1 FOR UPDATE`,
    [companyId],
  );
  await tx.query(`DELETE FROM link_tokens WHERE purpose = 'confirm_company_member' AND subject LIKE $1`, [`% ${companyId}`]);
  for (const member of members) {
    const current = await readProfile(deps.content, member);
    if (!current) continue;
    const { company: _company, companyConfirmedAt: _confirmed, ...rest } = current;
    const profile = ambassadorSchema.parse(rest);
    await tx.query('UPDATE ambassadors SET public = $2 WHERE id = $1', [member.id, JSON.stringify(publicSnapshot(profile))]);
    await deps.content.write(
      profilePath(member.department, member.slug),
      profileYaml(profile),
      `Profil : ${member.slug} ne nomme plus ${companyId} (compte de l’entreprise supprimé)`,
    );
  }
}

/** A company leaves: its offer files go too (the build refuses an offer whose company does not exist). */
async function removeOffers(deps: SelfServiceDeps, companyId: string): Promise<void> {
  for (const offer of (deps.offers ?? loadOffers()).filter((o) => o.company === companyId)) {
    await deps.content.remove(offerPath(offer.id), `Offre de mini-stage : suppression de ${offer.id} (compte de l’entreprise supprimé)`);
  }
}

function today(clock: Clock): string {
  return clock.now().toISOString().slice(0, 10);
}

/** Requests still open when an ambassador leaves are cancelled; their requesters are told (with a cancelling invitation if accepted). */
async function tellOpenRequesters(tx: Queryable, deps: SelfServiceDeps, ambassadorId: string): Promise<void> {
  // An invitation to a need not taken yet: the requester never chose this ambassador, the need goes on with the others.
  const open = await tx.query<RequestRow>(
    `SELECT * FROM requests WHERE ambassador_id = $1 AND (status = 'accepted' OR (status = 'sent' AND need_id IS NULL))`,
    [ambassadorId],
  );
  const ambassador = open.length > 0 ? await ambassadorById(tx, ambassadorId) : undefined;
  if (!ambassador) return;
  await enqueueMails(
    tx,
    deps.clock,
    open.map((request) =>
      ambassadorLeftMail(
        deps.settings,
        request.requester_email,
        summaryOf(request, ambassador),
        request.status === 'accepted' && request.accepted_start
          ? invitationOf(deps, request, ambassador, request.accepted_start, request.ics_sequence + 1, true)
          : undefined,
      ),
    ),
  );
}
