/**
 * Requests to an ambassador (brief F5, F6, F7, W2, W3). A requester fills the form; their
 * address is confirmed by link (once, then for a period from settings) before anything
 * reaches the ambassador. Both sides then act through the relayed thread, reached by emailed
 * links bound to their side: accept a slot, decline with a word, propose other slots,
 * message, move the date or cancel. Every state change and the mails it causes are written
 * in one transaction, with the request row locked, so two answers at once cannot both win.
 */
import type { Clock } from '../clock.ts';
import type { Db, Queryable } from '../db.ts';
import { audit } from '../audit.ts';
import { invitationFile } from '../calendar.ts';
import type { PublicSnapshot } from '../directory-snapshot.ts';
import { enqueueMail, enqueueMails, type MailToSend } from '../mail/outbox.ts';
import {
  confirmRequestMail,
  newMessageMail,
  newRequestMail,
  reassignedMail,
  requestAcceptedMail,
  requestAlreadyOpenMail,
  requestCancelledMail,
  requestDeclinedMail,
  requestRescheduledMail,
  requestSentMail,
  slotsProposedMail,
  type RequestSummary,
  type Suggestion,
} from '../mail/request-templates.ts';
import type { Referent } from '../referents.ts';
import { consumeToken, issueToken, peekToken, type TokenCheck } from '../tokens.ts';
import { fieldErrors } from '../../lib/application.ts';
import { parseParisDateTime } from '../../lib/paris-time.ts';
import {
  IllegalRequestTransition,
  REQUEST_STATUSES,
  nextRequestStatus,
  type RequestEvent,
  type RequestStatus,
} from '../../lib/request-status.ts';
import { isMinorRequester, maskContacts, requestSchema, slotsOf, type RequestInput } from '../../lib/request.ts';
import type { SettingsData } from '../../lib/schemas.ts';
import { INTERVENTIONS } from '../../lib/vocabularies.ts';

export interface RequestDeps {
  db: Db;
  clock: Clock;
  settings: SettingsData;
  siteUrl: string;
  referents: readonly Referent[];
}

export type Side = 'requester' | 'ambassador';
const DAY = 86_400_000;
/** Thread links stay usable this long after each mail that carries one. */
export const THREAD_LINK_DAYS = 90;
/** Capacity is counted over a sliding month. */
const CAPACITY_WINDOW_DAYS = 30;
/** A slot must leave the ambassador time to organise. */
const MIN_NOTICE_MS = DAY;

// ---------------------------------------------------------------- ambassadors

export interface AmbassadorRecord {
  id: string;
  email: string;
  department: string;
  slug: string;
  paused: boolean;
  monthlyCapacity: number;
  public: PublicSnapshot;
}

const AMBASSADOR_SQL = `SELECT m.id, a.email, m.department, m.slug, m.paused, a.monthly_capacity, m.public FROM ambassadors m JOIN applications a ON a.id = m.id`;
type AmbassadorRow = {
  id: string;
  email: string;
  department: string;
  slug: string;
  paused: boolean;
  monthly_capacity: number;
  public: PublicSnapshot;
};
const toAmbassador = (r: AmbassadorRow): AmbassadorRecord => ({
  id: r.id,
  email: r.email,
  department: r.department,
  slug: r.slug,
  paused: r.paused,
  monthlyCapacity: r.monthly_capacity,
  public: r.public,
});

export async function ambassadorByPath(db: Queryable, path: string): Promise<AmbassadorRecord | undefined> {
  const [department, slug] = path.split('/');
  const [row] = await db.query<AmbassadorRow>(`${AMBASSADOR_SQL} WHERE m.department = $1 AND m.slug = $2`, [department, slug]);
  return row && toAmbassador(row);
}

export async function ambassadorById(db: Queryable, id: string): Promise<AmbassadorRecord | undefined> {
  const [row] = await db.query<AmbassadorRow>(`${AMBASSADOR_SQL} WHERE m.id = $1`, [id]);
  return row && toAmbassador(row);
}

/** SQL: how many requests count against ambassador `m`'s monthly capacity, since the instant in parameter `since`. */
const loadSince = (since: string) =>
  `(SELECT count(*) FROM requests r WHERE r.ambassador_id = m.id AND r.status IN ('sent', 'accepted', 'done') AND r.sent_at > ${since})`;
const capacityWindowStart = (clock: Clock) => new Date(clock.now().getTime() - CAPACITY_WINDOW_DAYS * DAY);

async function isOverCapacity(db: Queryable, clock: Clock, ambassador: AmbassadorRecord): Promise<boolean> {
  const [row] = await db.query<{ full: boolean }>(
    `SELECT ${loadSince('$2')} >= a.monthly_capacity AS full FROM ambassadors m JOIN applications a ON a.id = m.id WHERE m.id = $1`,
    [ambassador.id, capacityWindowStart(clock)],
  );
  return row?.full ?? false;
}

/**
 * Up to `limit` ambassadors of the same sector as `near`, not paused, under capacity: those who
 * intervene in the requester's département first (when it is known), then the nearest to `near`.
 * Only commune centres of ambassadors are known, not the requester's, hence the département.
 */
export async function suggestAmbassadors(
  db: Queryable,
  clock: Clock,
  siteUrl: string,
  {
    near,
    exclude,
    intervention,
    requesterDepartment,
    limit = 3,
  }: { near: PublicSnapshot; exclude: readonly string[]; intervention?: string; requesterDepartment?: string | null; limit?: number },
): Promise<(Suggestion & { path: string })[]> {
  const rows = await db.query<{ department: string; slug: string; public: PublicSnapshot }>(
    `${AMBASSADOR_SQL}
     WHERE NOT m.paused AND m.public->>'sector' = $1 AND NOT (m.id = ANY($2::uuid[]))
       AND ($6::text IS NULL OR m.public->'interventions' ? $6)
       AND ${loadSince('$3')} < a.monthly_capacity
     ORDER BY coalesce(m.public->'departments' ? $8::text, false) DESC,
       power((m.public->>'latitude')::float - $4, 2) + power(((m.public->>'longitude')::float - $5) * cos(radians($4)), 2)
     LIMIT $7`,
    [
      near.sector,
      exclude,
      capacityWindowStart(clock),
      near.latitude,
      near.longitude,
      intervention ?? null,
      limit,
      requesterDepartment ?? null,
    ],
  );
  return rows.map((r) => ({
    displayName: r.public.displayName,
    jobTitle: r.public.jobTitle,
    path: `${r.department}/${r.slug}`,
    url: `${siteUrl}/ambassadeurs/${r.department}/${r.slug}/`,
  }));
}

// ---------------------------------------------------------------- requests

export interface RequestRow {
  id: string;
  ambassador_id: string;
  status: RequestStatus;
  awaiting: Side;
  requester_kind: string;
  requester_name: string;
  requester_email: string;
  requester_role: string | null;
  requester_minor: boolean;
  organisation_name: string | null;
  uai: string | null;
  requester_department: string | null;
  intervention: string;
  public: string;
  level: string | null;
  group_size: number;
  modality: string;
  accompanied_by: string | null;
  duration_minutes: number;
  slots: string[];
  accepted_start: Date | null;
  message: string;
  created_at: Date;
  sent_at: Date | null;
  ics_sequence: number;
}

export function summaryOf(
  request: Pick<RequestRow, 'intervention' | 'public' | 'requester_name' | 'organisation_name'>,
  ambassador: { public: PublicSnapshot },
): RequestSummary {
  return {
    intervention: request.intervention,
    public: request.public,
    requesterName: request.requester_name,
    organisationName: request.organisation_name,
    ambassadorName: ambassador.public.displayName,
  };
}

/** Link tokens of the thread: one per side; the ambassador's is bound to the ambassador assigned. */
export function threadSubject(requestId: string, side: Side, ambassadorId?: string): string {
  return side === 'requester' ? `${requestId}/requester` : `${requestId}/ambassador/${ambassadorId}`;
}

export async function threadLink(
  tx: Queryable,
  deps: Pick<RequestDeps, 'clock' | 'siteUrl'>,
  requestId: string,
  side: Side,
  ambassadorId?: string,
): Promise<string> {
  const token = await issueToken(tx, deps.clock, {
    purpose: 'request_thread',
    subject: threadSubject(requestId, side, ambassadorId),
    lifetimeMs: THREAD_LINK_DAYS * DAY,
  });
  return `${deps.siteUrl}/api/demandes/fil?jeton=${token}`;
}

export type SubmitResult =
  | { ok: true }
  | { ok: false; errors: Record<string, string> }
  | { ok: false; unavailable: 'paused' | 'capacity' | 'unknown'; suggestions: (Suggestion & { path: string })[] };

/** A paused ambassador, or one at capacity, cannot be asked: why, with three similar ones to ask instead. */
export async function whyUnavailable(
  deps: Pick<RequestDeps, 'db' | 'clock' | 'siteUrl'>,
  ambassador: AmbassadorRecord,
  asked: { intervention?: string; requesterDepartment?: string } = {},
): Promise<{ unavailable: 'paused' | 'capacity'; suggestions: (Suggestion & { path: string })[] } | undefined> {
  if (!ambassador.paused && !(await isOverCapacity(deps.db, deps.clock, ambassador))) return undefined;
  const suggestions = await suggestAmbassadors(deps.db, deps.clock, deps.siteUrl, {
    near: ambassador.public,
    exclude: [ambassador.id],
    ...asked,
  });
  return { unavailable: ambassador.paused ? 'paused' : 'capacity', suggestions };
}

export async function submitRequest(deps: RequestDeps, input: unknown): Promise<SubmitResult> {
  const parsed = requestSchema.safeParse(input);
  if (!parsed.success) return { ok: false, errors: fieldErrors(parsed.error) };
  const form = parsed.data;
  const ambassador = await ambassadorByPath(deps.db, form.ambassador);
  if (!ambassador) return { ok: false, unavailable: 'unknown', suggestions: [] };
  const unavailable = await whyUnavailable(deps, ambassador, { intervention: form.intervention, requesterDepartment: form.department });
  if (unavailable) return { ok: false, ...unavailable };
  const errors = checkAgainstAmbassador(form, ambassador, deps.clock);
  if (!deps.settings.departments.includes(form.department))
    errors.department = `Département : le réseau couvre ${deps.settings.departments.join(', ')}. Pour un autre département, adressez-vous à sa Région.`;
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  try {
    await recordRequest(deps, form, ambassador);
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

/** Each slot must be a real date and time, at least a day ahead. */
function slotErrors(slots: readonly string[], clock: Clock, errors: Record<string, string>, field = (i: number) => `slot${i + 1}`): Date[] {
  const earliest = clock.now().getTime() + MIN_NOTICE_MS;
  return slots.flatMap((slot, i) => {
    const start = parseParisDateTime(slot);
    if (!start) errors[field(i)] = `Créneau ${i + 1} : cette date n’existe pas.`;
    else if (start.getTime() < earliest) errors[field(i)] = `Créneau ${i + 1} : proposez une date à venir, au moins un jour à l’avance.`;
    return start ? [start] : [];
  });
}

async function recordRequest(deps: RequestDeps, form: RequestInput, ambassador: AmbassadorRecord): Promise<void> {
  await deps.db.transaction(async (tx) => {
    const now = deps.clock.now();
    const summary = summaryOf(
      {
        intervention: form.intervention,
        public: form.public,
        requester_name: form.name,
        organisation_name: form.organisationName ?? null,
      },
      ambassador,
    );
    const [open] = await tx.query(
      `SELECT id FROM requests WHERE ambassador_id = $1 AND lower(requester_email) = lower($2) AND status IN ('awaiting_requester_confirmation', 'sent', 'accepted')`,
      [ambassador.id, form.email],
    );
    if (open) {
      await enqueueMail(tx, deps.clock, requestAlreadyOpenMail(deps.settings, form.email, summary));
      return;
    }
    const minor = isMinorRequester(form);
    const starts = slotsOf(form).map((s) => parseParisDateTime(s)!.toISOString());
    const [row] = await tx.query<{ id: string }>(
      `INSERT INTO requests (ambassador_id, status, requester_kind, requester_name, requester_email, requester_role, requester_minor, organisation_name, uai,
         intervention, public, level, group_size, modality, accompanied_by, duration_minutes, slots, message, created_at, requester_department)
       VALUES ($1, 'awaiting_requester_confirmation', $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19) RETURNING id`,
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
        minor ? maskContacts(form.message) : form.message,
        now,
        form.department,
      ],
    );
    const id = row!.id;
    await audit(tx, now, 'demandeur', 'request_submitted', id);
    const [confirmed] = await tx.query('SELECT 1 FROM confirmed_requesters WHERE email = lower($1) AND confirmed_at > $2', [
      form.email,
      new Date(now.getTime() - deps.settings.requesterConfirmedDays * DAY),
    ]);
    if (confirmed) {
      await sendToAmbassador(tx, deps, id);
      return;
    }
    const hours = deps.settings.confirmationLinkHours;
    const token = await issueToken(tx, deps.clock, { purpose: 'confirm_request', subject: id, lifetimeMs: hours * 3_600_000 });
    await enqueueMail(
      tx,
      deps.clock,
      confirmRequestMail(deps.settings, form.email, summary, `${deps.siteUrl}/api/demandes/confirmer?jeton=${token}`, hours),
    );
  });
}

/** awaiting_requester_confirmation → sent: the ambassador gets the request, the requester the thread link. */
async function sendToAmbassador(tx: Queryable, deps: RequestDeps, id: string): Promise<void> {
  const request = await lockRequest(tx, id);
  const ambassador = (await ambassadorById(tx, request.ambassador_id))!;
  const now = deps.clock.now();
  await tx.query('UPDATE requests SET status = $2, sent_at = $3 WHERE id = $1', [
    id,
    nextRequestStatus(request.status, 'confirm_requester'),
    now,
  ]);
  await tx.query(
    `INSERT INTO confirmed_requesters (email, confirmed_at) VALUES (lower($1), $2) ON CONFLICT (email) DO UPDATE SET confirmed_at = excluded.confirmed_at`,
    [request.requester_email, now],
  );
  const summary = summaryOf(request, ambassador);
  await enqueueMails(tx, deps.clock, [
    await requestForAmbassadorMail(tx, deps, id, ambassador, summary),
    requestSentMail(
      deps.settings,
      request.requester_email,
      summary,
      await threadLink(tx, deps, id, 'requester'),
      deps.settings.answerDeadlineDays,
    ),
  ]);
  await audit(tx, now, 'demandeur', 'request_sent', id);
}

/** The mail that brings a request to an ambassador, with their own thread link. */
async function requestForAmbassadorMail(
  tx: Queryable,
  deps: RequestDeps,
  id: string,
  ambassador: AmbassadorRecord,
  summary: RequestSummary,
) {
  const link = await threadLink(tx, deps, id, 'ambassador', ambassador.id);
  return newRequestMail(deps.settings, ambassador.email, summary, link, deps.settings.answerDeadlineDays);
}

export async function confirmRequest(deps: RequestDeps, token: string): Promise<TokenCheck> {
  return deps.db.transaction(async (tx) => {
    const check = await consumeToken(tx, deps.clock, 'confirm_request', token);
    if (!check.ok) return check;
    const [row] = await tx.query<{ status: RequestStatus }>('SELECT status FROM requests WHERE id = $1', [check.subject]);
    if (!row || row.status !== 'awaiting_requester_confirmation') return { ok: false, reason: 'used' };
    await sendToAmbassador(tx, deps, check.subject);
    return check;
  });
}

async function lockRequest(tx: Queryable, id: string): Promise<RequestRow> {
  const [row] = await tx.query<RequestRow>('SELECT * FROM requests WHERE id = $1 FOR UPDATE', [id]);
  if (!row) throw new Error('Demande introuvable');
  return row;
}

// ---------------------------------------------------------------- thread

export interface Thread {
  side: Side;
  request: RequestRow;
  ambassador: AmbassadorRecord;
  messages: { author: string; body: string; created_at: Date }[];
}

/** Who the link is for, if it still is: an ambassador's link stops working once the request is reassigned. */
async function sideOf(
  db: Queryable,
  clock: Clock,
  token: string,
): Promise<{ id: string; side: Side } | Extract<TokenCheck, { ok: false }>> {
  const check = await peekToken(db, clock, 'request_thread', token);
  if (!check.ok) return check;
  const [id, side, ambassadorId] = check.subject.split('/') as [string, Side, string | undefined];
  if (side === 'ambassador') {
    const [row] = await db.query<{ ambassador_id: string }>('SELECT ambassador_id FROM requests WHERE id = $1', [id]);
    if (!row || row.ambassador_id !== ambassadorId) return { ok: false, reason: 'unknown' };
  }
  return { id, side };
}

export async function openThread(deps: RequestDeps, token: string): Promise<Thread | Extract<TokenCheck, { ok: false }>> {
  const who = await sideOf(deps.db, deps.clock, token);
  if ('ok' in who) return who;
  const [request] = await deps.db.query<RequestRow>('SELECT * FROM requests WHERE id = $1', [who.id]);
  if (!request) return { ok: false, reason: 'unknown' };
  const ambassador = (await ambassadorById(deps.db, request.ambassador_id))!;
  const messages = await deps.db.query<{ author: string; body: string; created_at: Date }>(
    'SELECT author, body, created_at FROM messages WHERE request_id = $1 ORDER BY id',
    [request.id],
  );
  return { side: who.side, request, ambassador, messages };
}

export type ThreadAction = 'message' | 'accept' | 'decline' | 'propose' | 'cancel' | 'reschedule';

/** What the person is told once an action of the thread is done. */
export const THREAD_DONE: Record<ThreadAction, string> = {
  message: 'Votre message est envoyé.',
  accept: 'La demande est acceptée : l’invitation de calendrier est envoyée aux deux parties.',
  decline: 'Votre réponse est envoyée. Merci d’avoir répondu.',
  propose: 'Vos créneaux sont proposés : la personne choisira celui qui lui convient.',
  reschedule: 'La nouvelle date est enregistrée : l’invitation de calendrier est mise à jour pour les deux parties.',
  cancel: 'La demande est annulée. L’autre partie est prévenue.',
};
export type ActionResult = { ok: true; done: string } | { ok: false; errors: Record<string, string> } | { ok: false; refused: string };

const EVENT_OF: Record<Exclude<ThreadAction, 'message'>, RequestEvent> = {
  accept: 'accept',
  decline: 'decline',
  propose: 'propose_slots',
  cancel: 'cancel',
  reschedule: 'reschedule',
};

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');

export async function actOnThread(
  deps: RequestDeps,
  token: string,
  action: ThreadAction,
  input: Record<string, unknown>,
): Promise<ActionResult> {
  return deps.db.transaction(async (tx) => {
    const who = await sideOf(tx, deps.clock, token);
    if ('ok' in who) return { ok: false, refused: 'Ce lien a expiré ou ne donne plus accès à cette demande.' };
    const request = await lockRequest(tx, who.id);
    const ambassador = (await ambassadorById(tx, request.ambassador_id))!;
    const other: Side = who.side === 'requester' ? 'ambassador' : 'requester';
    const names = { requester: request.requester_name, ambassador: ambassador.public.displayName };
    const addresses = { requester: request.requester_email, ambassador: ambassador.email };
    const linkFor = (side: Side) => threadLink(tx, deps, request.id, side, ambassador.id);
    /** The same news for both sides, each with its own link back to the thread. */
    const toBothSides = async (mail: (side: Side, link: string) => MailToSend) => [
      mail('requester', await linkFor('requester')),
      mail('ambassador', await linkFor('ambassador')),
    ];
    const now = deps.clock.now();

    if (action !== 'message') {
      const refusal = whyNot(request, who.side, action);
      if (refusal) return { ok: false, refused: refusal };
    }

    switch (action) {
      case 'message': {
        if (request.status === 'awaiting_requester_confirmation') return { ok: false, refused: 'La demande n’est pas encore confirmée.' };
        const body = text(input.body);
        if (!body) return { ok: false, errors: { body: 'Message : écrivez quelques mots.' } };
        if (body.length > 2000) return { ok: false, errors: { body: 'Message : 2 000 caractères au plus.' } };
        await addMessage(tx, request, who.side, body, now);
        await enqueueMail(
          tx,
          deps.clock,
          newMessageMail(
            deps.settings,
            addresses[other],
            { recipientName: names[other], authorName: names[who.side] },
            await linkFor(other),
          ),
        );
        return { ok: true, done: THREAD_DONE.message };
      }
      case 'accept': {
        const slot = /^[0-2]$/.test(text(input.slot)) ? request.slots[Number(input.slot)] : undefined;
        if (!slot) return { ok: false, errors: { slot: 'Créneau : choisissez l’un des créneaux proposés.' } };
        const start = new Date(slot);
        if (start.getTime() <= now.getTime())
          return { ok: false, errors: { slot: 'Créneau : cette date est passée. Proposez-en d’autres.' } };
        await transition(tx, now, request, 'accept', 'accepted_start = $3, answered_at = $4', [start, now]);
        const summary = summaryOf(request, ambassador);
        const invitation = invitationOf(deps, request, ambassador, start, request.ics_sequence, false);
        await enqueueMails(
          tx,
          deps.clock,
          await toBothSides((side, link) =>
            requestAcceptedMail(deps.settings, addresses[side], summary, { side, start, link, invitation }),
          ),
        );
        return { ok: true, done: THREAD_DONE.accept };
      }
      case 'decline': {
        const note = text(input.body);
        if (note.length < 10) return { ok: false, errors: { body: 'Message : quelques mots pour la personne (10 caractères au moins).' } };
        if (note.length > 2000) return { ok: false, errors: { body: 'Message : 2 000 caractères au plus.' } };
        await transition(tx, now, request, 'decline', 'answered_at = $3, closed_at = $3', [now]);
        await addMessage(tx, request, 'ambassador', note, now);
        const suggestions = await suggestAmbassadors(tx, deps.clock, deps.siteUrl, {
          near: ambassador.public,
          exclude: [ambassador.id],
          intervention: request.intervention,
          requesterDepartment: request.requester_department,
        });
        await enqueueMail(
          tx,
          deps.clock,
          requestDeclinedMail(
            deps.settings,
            request.requester_email,
            summaryOf(request, ambassador),
            note,
            await linkFor('requester'),
            suggestions,
          ),
        );
        return { ok: true, done: THREAD_DONE.decline };
      }
      case 'propose': {
        const errors: Record<string, string> = {};
        const typed = ['slot1', 'slot2', 'slot3'].map((k) => text(input[k])).filter(Boolean);
        if (typed.length === 0) errors.slot1 = 'Créneau 1 : proposez au moins une date et une heure.';
        const starts = slotErrors(typed, deps.clock, errors);
        if (Object.keys(errors).length > 0) return { ok: false, errors };
        await transition(tx, now, request, 'propose_slots', `slots = $3, awaiting = 'requester', answered_at = $4`, [
          JSON.stringify(starts.map((s) => s.toISOString())),
          now,
        ]);
        const note = text(input.body);
        if (note) await addMessage(tx, request, 'ambassador', note.slice(0, 2000), now);
        await enqueueMail(
          tx,
          deps.clock,
          slotsProposedMail(deps.settings, request.requester_email, summaryOf(request, ambassador), starts, await linkFor('requester')),
        );
        return { ok: true, done: THREAD_DONE.propose };
      }
      case 'reschedule': {
        const errors: Record<string, string> = {};
        const [start] = slotErrors([text(input.slot1)], deps.clock, errors);
        if (!start)
          return {
            ok: false,
            errors: Object.keys(errors).length > 0 ? errors : { slot1: 'Créneau 1 : indiquez la nouvelle date et l’heure.' },
          };
        const sequence = request.ics_sequence + 1;
        await transition(tx, now, request, 'reschedule', 'accepted_start = $3, ics_sequence = $4', [start, sequence]);
        const invitation = invitationOf(deps, request, ambassador, start, sequence, false);
        await enqueueMails(
          tx,
          deps.clock,
          await toBothSides((side, link) =>
            requestRescheduledMail(
              deps.settings,
              addresses[side],
              { recipientName: names[side], authorName: names[who.side], start },
              link,
              invitation,
            ),
          ),
        );
        return { ok: true, done: THREAD_DONE.reschedule };
      }
      case 'cancel': {
        const note = text(input.body).slice(0, 2000);
        const wasAccepted = request.status === 'accepted';
        const sequence = request.ics_sequence + 1;
        await transition(tx, now, request, 'cancel', 'closed_at = $3, ics_sequence = $4', [now, sequence]);
        if (note) await addMessage(tx, request, who.side, note, now);
        const invitation =
          wasAccepted && request.accepted_start
            ? invitationOf(deps, request, ambassador, request.accepted_start, sequence, true)
            : undefined;
        const mails = [
          requestCancelledMail(
            deps.settings,
            addresses[other],
            { recipientName: names[other], authorName: names[who.side], note },
            await linkFor(other),
            invitation,
          ),
        ];
        // The side that cancels gets the cancelling invitation too, so that its own calendar is cleared.
        if (invitation) {
          mails.push(
            requestCancelledMail(
              deps.settings,
              addresses[who.side],
              { recipientName: names[who.side], authorName: names[who.side] },
              await linkFor(who.side),
              invitation,
            ),
          );
        }
        await enqueueMails(tx, deps.clock, mails);
        return { ok: true, done: THREAD_DONE.cancel };
      }
    }
  });
}

/** Why this side cannot do this now, in words; undefined when it can. */
function whyNot(request: RequestRow, side: Side, action: Exclude<ThreadAction, 'message'>): string | undefined {
  const closed = `Cette demande est ${REQUEST_STATUSES[request.status].toLowerCase()} : rien n’a changé.`;
  try {
    nextRequestStatus(request.status, EVENT_OF[action]);
  } catch (error) {
    if (error instanceof IllegalRequestTransition)
      return request.status === 'accepted' && action === 'accept' ? 'Cette demande est déjà acceptée : rien n’a changé.' : closed;
    throw error;
  }
  if ((action === 'decline' || action === 'propose') && side !== 'ambassador') return 'Seul l’ambassadeur peut faire cela.';
  if (action === 'accept' && request.awaiting !== side) {
    return side === 'ambassador'
      ? 'Vous avez proposé d’autres créneaux : c’est à la personne de choisir.'
      : 'L’ambassadeur n’a pas encore répondu.';
  }
  return undefined;
}

/** Moves the request by `event` (refused if illegal), setting `set` ($3… are `params`), and leaves a trace. */
async function transition(
  tx: Queryable,
  at: Date,
  request: RequestRow,
  event: RequestEvent,
  set: string,
  params: unknown[],
): Promise<void> {
  const status = nextRequestStatus(request.status, event);
  await tx.query(`UPDATE requests SET status = $2, ${set} WHERE id = $1`, [request.id, status, ...params]);
  await audit(tx, at, 'systeme', `request_${event}`, request.id);
}

async function addMessage(tx: Queryable, request: RequestRow, author: Side, body: string, now: Date): Promise<void> {
  const stored = author === 'requester' && request.requester_minor ? maskContacts(body) : body;
  await tx.query('INSERT INTO messages (request_id, author, body, created_at) VALUES ($1, $2, $3, $4)', [request.id, author, stored, now]);
}

export function invitationOf(
  deps: { siteUrl: string; settings: { siteName: string; contactEmail: string } },
  request: Pick<RequestRow, 'id' | 'intervention' | 'duration_minutes' | 'requester_name' | 'organisation_name' | 'level' | 'group_size'>,
  ambassador: Pick<AmbassadorRecord, 'public'>,
  start: Date,
  sequence: number,
  cancelled: boolean,
) {
  const kind = INTERVENTIONS[request.intervention as keyof typeof INTERVENTIONS] ?? request.intervention;
  return invitationFile({
    requestId: request.id,
    siteHost: new URL(deps.siteUrl).host,
    sequence,
    cancelled,
    start,
    durationMinutes: request.duration_minutes,
    title: `${kind} – ${ambassador.public.displayName}`,
    description: [request.organisation_name ?? request.requester_name, request.level, `${request.group_size} participant(s)`]
      .filter(Boolean)
      .join(' – '),
    organizer: { name: deps.settings.siteName, email: deps.settings.contactEmail },
  });
}

// ---------------------------------------------------------------- feedback

export async function submitFeedback(deps: RequestDeps, token: string, input: Record<string, unknown>): Promise<ActionResult> {
  const satisfaction = Number(input.satisfaction);
  const reachedText = text(input.youngPeopleReached);
  const reached = reachedText === '' ? null : Number(reachedText);
  const comment = text(input.comment);
  const errors: Record<string, string> = {};
  if (!Number.isInteger(satisfaction) || satisfaction < 1 || satisfaction > 5)
    errors.satisfaction = 'Satisfaction : choisissez une note de 1 à 5.';
  if (reached !== null && (!Number.isInteger(reached) || reached < 0 || reached > 2000))
    errors.youngPeopleReached = 'Jeunes rencontrés : nombre entier entre 0 et 2 000.';
  if (comment.length > 1000) errors.comment = 'Commentaire : 1 000 caractères au plus.';
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return deps.db.transaction(async (tx) => {
    const check = await consumeToken(tx, deps.clock, 'request_feedback', token);
    if (!check.ok) return { ok: false, refused: check.reason === 'used' ? 'Merci, votre avis est déjà enregistré.' : 'Ce lien a expiré.' };
    const [id, side] = check.subject.split('/') as [string, Side];
    await tx.query(
      `INSERT INTO feedback (request_id, side, satisfaction, young_people_reached, comment, created_at) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING`,
      [id, side, satisfaction, reached, comment || null, deps.clock.now()],
    );
    return { ok: true, done: 'Merci ! Votre avis est enregistré.' };
  });
}

// ---------------------------------------------------------------- referent

/** A referent hands a request that is still waiting to another ambassador; the first one's link stops working. */
export async function reassignRequest(deps: RequestDeps, referent: Referent, id: string, path: string): Promise<ActionResult> {
  return deps.db.transaction(async (tx) => {
    const [row] = await tx.query<RequestRow & { department: string }>(
      'SELECT r.*, m.department FROM requests r JOIN ambassadors m ON m.id = r.ambassador_id WHERE r.id = $1 FOR UPDATE OF r',
      [id],
    );
    if (!row || !referent.departments.includes(row.department))
      return { ok: false, refused: 'Cette demande ne relève pas de vos départements.' };
    const target = await ambassadorByPath(tx, path);
    if (!target || target.paused || target.id === row.ambassador_id)
      return { ok: false, errors: { ambassador: 'Ambassadeur : choisissez un ambassadeur disponible, autre que celui d’origine.' } };
    if (row.status !== 'sent')
      return {
        ok: false,
        refused: `Cette demande est ${REQUEST_STATUSES[row.status].toLowerCase()} : elle ne peut plus être confiée à un autre ambassadeur.`,
      };
    const now = deps.clock.now();
    await transition(
      tx,
      now,
      row,
      'reassign',
      `ambassador_id = $3, sent_at = $4, awaiting = 'ambassador', reminders_sent = 0, escalated_at = NULL`,
      [target.id, now],
    );
    const summary = summaryOf(row, target);
    await enqueueMails(tx, deps.clock, [
      await requestForAmbassadorMail(tx, deps, id, target, summary),
      reassignedMail(deps.settings, row.requester_email, summary, await threadLink(tx, deps, id, 'requester')),
    ]);
    return { ok: true, done: `La demande est confiée à ${target.public.displayName}.` };
  });
}

export interface TerritoryRequest {
  id: string;
  status: RequestStatus;
  awaiting: Side;
  intervention: string;
  requesterDepartment: string | null;
  requesterName: string;
  organisationName: string | null;
  createdAt: Date;
  sentAt: Date | null;
  escalatedAt: Date | null;
  acceptedStart: Date | null;
  ambassador: { id: string; department: string; displayName: string; public: PublicSnapshot };
}

/** The open requests of a referent's départements: escalated first, then the longest waiting. */
export async function requestsOfTerritory(db: Queryable, referent: Referent): Promise<TerritoryRequest[]> {
  const rows = await db.query<RequestRow & { department: string; ambassador_public: PublicSnapshot; escalated_at: Date | null }>(
    `SELECT r.*, m.department, m.public AS ambassador_public FROM requests r JOIN ambassadors m ON m.id = r.ambassador_id
     WHERE m.department = ANY($1::text[]) AND r.status IN ('awaiting_requester_confirmation', 'sent', 'accepted')
     ORDER BY (r.status = 'sent' AND r.escalated_at IS NOT NULL) DESC, (r.status = 'sent') DESC, coalesce(r.sent_at, r.created_at)
     LIMIT 500`,
    [referent.departments],
  );
  return rows.map((r) => ({
    id: r.id,
    status: r.status,
    awaiting: r.awaiting,
    intervention: r.intervention,
    requesterDepartment: r.requester_department,
    requesterName: r.requester_name,
    organisationName: r.organisation_name,
    createdAt: r.created_at,
    sentAt: r.sent_at,
    escalatedAt: r.escalated_at,
    acceptedStart: r.accepted_start,
    ambassador: {
      id: r.ambassador_id,
      department: r.department,
      displayName: r.ambassador_public.displayName,
      public: r.ambassador_public,
    },
  }));
}
