/**
 * A requester fills the form (brief F5): checked against what the ambassador offers, recorded
 * awaiting the requester's confirmation by the link mailed for this very request (an address
 * that confirmed before proves nothing about who types it now) unless the requester is signed in
 * to « Mes demandes » with that address, or answered with similar ambassadors when this one
 * cannot be asked now.
 */
import type { Clock } from '../../clock.ts';
import { audit } from '../../audit.ts';
import { enqueueMail } from '../../mail/outbox.ts';
import { confirmRequestMail, requestAlreadyOpenMail, type Suggestion } from '../../mail/request-templates.ts';
import { ambassadorByPath, type AmbassadorRecord } from '../../records/ambassadors.ts';
import { issueToken } from '../../tokens.ts';
import { fieldErrors } from '../../../lib/application.ts';
import { communeOfTyped } from '../../../lib/zone.ts';
import { parseParisDateTime } from '../../../lib/paris-time.ts';
import {
  isMinorRequester,
  requestSchema,
  requesterFacts,
  slotsOf,
  withMinorContactsMasked,
  type RequestInput,
} from '../../../lib/request.ts';
import { whyUnavailable, type UnavailableReason } from './availability.ts';
import { sendToAmbassador } from './confirm.ts';
import type { RequestDeps } from './deps.ts';
import { slotErrors } from './slots.ts';
import { summaryOf } from './summary.ts';

export type SubmitResult =
  /** `straightToAmbassador`: a signed-in requester's new request, sent without a confirmation link. */
  | { ok: true; straightToAmbassador?: true }
  | { ok: false; errors: Record<string, string> }
  | { ok: false; unavailable: UnavailableReason | 'unknown'; suggestions: (Suggestion & { path: string })[] };

export interface SubmitOptions {
  /**
   * The address of a requester signed in to « Mes demandes »: their session proves the
   * address, so a request made in its name needs no confirmation link.
   */
  signedInRequester?: { email: string };
}

export async function submitRequest(deps: RequestDeps, input: unknown, options: SubmitOptions = {}): Promise<SubmitResult> {
  const parsed = requestSchema.safeParse(input);
  if (!parsed.success) return { ok: false, errors: fieldErrors(parsed.error) };
  const form = parsed.data;
  const ambassador = await ambassadorByPath(deps.db, form.ambassador);
  if (!ambassador) return { ok: false, unavailable: 'unknown', suggestions: [] };
  const commune = communeOfTyped(form.commune, [form.department]);
  const unavailable = await whyUnavailable(deps, ambassador, {
    intervention: form.intervention,
    requesterDepartment: form.department,
    requesterCommune: commune,
  });
  if (unavailable) return { ok: false, ...unavailable };
  const errors = checkAgainstAmbassador(form, ambassador, deps.clock);
  if (form.commune !== undefined && commune === undefined)
    errors.commune = `Commune : « ${form.commune} » introuvable dans le département choisi ; écrivez son nom et son code postal (« Arras 62000 ») ou son code INSEE, ou laissez le champ vide.`;
  if (!deps.settings.departments.includes(form.department))
    errors.department = `Département : le réseau couvre ${deps.settings.departments.join(', ')}. Pour un autre département, adressez-vous à sa Région.`;
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  try {
    if ((await recordRequest(deps, { ...form, commune }, ambassador, options)) === 'sent') return { ok: true, straightToAmbassador: true };
  } catch (error) {
    // The same requester sending the same form twice at once: one request is kept.
    if ((error as { code?: string }).code !== '23505') throw error;
  }
  return { ok: true };
}

function checkAgainstAmbassador(form: RequestInput, ambassador: AmbassadorRecord, clock: Clock): Record<string, string> {
  const errors: Record<string, string> = {};
  const p = ambassador.public;
  if (!p.interventions.includes(form.intervention))
    errors.intervention = 'Type d’intervention : choisissez parmi ceux que cet ambassadeur propose.';
  if (!p.publics.includes(form.public)) errors.public = 'Public : choisissez parmi ceux auprès desquels cet ambassadeur intervient.';
  if (!p.modalities.includes(form.modality)) errors.modality = 'Modalité : cet ambassadeur ne la propose pas.';
  slotErrors(slotsOf(form), clock, errors);
  return errors;
}

/** What became of the form: a request awaiting its confirmation link, one sent straight away, or a mail saying one is open. */
async function recordRequest(
  deps: RequestDeps,
  typed: RequestInput,
  ambassador: AmbassadorRecord,
  options: SubmitOptions,
): Promise<'awaiting_confirmation' | 'sent' | 'already_open'> {
  // Stored and shown as typed, except contact details of a requester under 18, masked in every free text.
  const form = withMinorContactsMasked(typed);
  return deps.db.transaction(async (tx) => {
    const now = deps.clock.now();
    const summary = summaryOf(
      {
        intervention: form.intervention,
        public: form.public,
        requester_name: form.name,
        organisation_name: form.organisationName ?? null,
        theme: form.theme ?? null,
      },
      ambassador,
    );
    const [open] = await tx.query(
      `SELECT id FROM requests WHERE ambassador_id = $1 AND lower(requester_email) = lower($2) AND status IN ('awaiting_requester_confirmation', 'sent', 'accepted')`,
      [ambassador.id, form.email],
    );
    if (open) {
      await enqueueMail(tx, deps.clock, requestAlreadyOpenMail(deps.settings, form.email, summary));
      return 'already_open';
    }
    const minor = isMinorRequester(form);
    // Statistics only (never shown to the ambassador): the age is kept as its bracket.
    const facts = requesterFacts(form);
    const starts = slotsOf(form).map((s) => parseParisDateTime(s)!.toISOString());
    const [row] = await tx.query<{ id: string }>(
      `INSERT INTO requests (ambassador_id, status, requester_kind, requester_name, requester_email, requester_role, requester_minor, organisation_name, uai,
         intervention, public, level, group_size, modality, accompanied_by, duration_minutes, slots, message, created_at, requester_department, requester_slots,
         requester_situation, requester_sex, requester_age_bracket, theme, requester_commune)
       VALUES ($1, 'awaiting_requester_confirmation', $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $16, $20, $21, $22, $23, $24)
       RETURNING id`,
      [
        ambassador.id,
        form.requesterKind,
        form.name,
        form.email,
        form.role ?? null,
        minor,
        form.organisationName ?? null,
        form.uai ?? null,
        form.intervention,
        form.public,
        form.level ?? null,
        form.groupSize,
        form.modality,
        form.accompaniedBy ?? null,
        Number(form.durationMinutes),
        JSON.stringify(starts),
        form.message,
        now,
        form.department,
        facts.situation,
        facts.sex,
        facts.ageBracket,
        form.theme ?? null,
        form.commune ?? null,
      ],
    );
    const id = row!.id;
    await audit(tx, now, 'demandeur', 'request_submitted', id);
    if (options.signedInRequester?.email.toLowerCase() === form.email.toLowerCase()) {
      await sendToAmbassador(tx, deps, id);
      return 'sent';
    }
    const hours = deps.settings.confirmationLinkHours;
    const token = await issueToken(tx, deps.clock, { purpose: 'confirm_request', subject: id, lifetimeMs: hours * 3_600_000 });
    await enqueueMail(
      tx,
      deps.clock,
      confirmRequestMail(deps.settings, form.email, summary, `${deps.siteUrl}/api/demandes/confirmer?jeton=${token}`, hours),
    );
    return 'awaiting_confirmation';
  });
}
