/**
 * The ambassador's agenda (brief F10): the requests of their current assignment sorted into what
 * they have to answer, meetings to come, past ones and closed ones, with the load that counts
 * against their monthly capacity. A request reassigned to someone else is the new ambassador's.
 *
 * From the agenda, a request's thread (and a past one's feedback form) opens without a new mail:
 * the session issues a fresh link of the usual kind, bound to this ambassador's assignment and
 * lasting as long as a session, and the browser is sent to it. The thread page and its actions
 * stay the one implementation reached by mail, with the same checks (a reassignment ends it).
 */
import type { Db } from '../../db.ts';
import type { Clock } from '../../clock.ts';
import { CAPACITY_WINDOW_DAYS, capacityWindowStart, loadSince } from '../../records/ambassadors.ts';
import type { Side } from '../../records/requests.ts';
import { issueToken } from '../../tokens.ts';
import { FEEDBACK_PATH, feedbackSubject } from '../requests/feedback.ts';
import { threadPath } from '../requests/thread.ts';
import { AMBASSADOR_SESSION_MS } from '../self-service.ts';
import { isUuid } from '../../../lib/ids.ts';
import { requesterLabel } from '../../../lib/request.ts';
import type { RequestStatus } from '../../../lib/request-status.ts';
// The shape the agenda page reads (a type only: the view stays free of src/server).
import type { Agenda, AgendaEntry } from '../../../views/self-service/AgendaPage.tsx';

interface AgendaDeps {
  db: Db;
  clock: Clock;
  settings: { answerDeadlineDays: number };
}

const DAY = 86_400_000;

/** Links opened from the space last as long as a session: they are not kept in a mailbox. */
const SPACE_LINK_MS = AMBASSADOR_SESSION_MS;

/** Once a closed request is anonymised (retention), who asked is no longer known. */
const REQUESTER_GONE = 'Demandeur (données effacées)';

interface AgendaRow {
  id: string;
  status: RequestStatus;
  awaiting: Side;
  requester_name: string | null;
  organisation_name: string | null;
  requester_department: string | null;
  intervention: string;
  modality: string;
  duration_minutes: number;
  slots: string[];
  accepted_start: Date | null;
  sent_at: Date | null;
  closed_at: Date | null;
  feedback_given: boolean;
}

export async function agendaOf(deps: AgendaDeps, ambassadorId: string): Promise<Agenda> {
  const now = deps.clock.now();
  const rows = await deps.db.query<AgendaRow>(
    `SELECT r.id, r.status, r.awaiting, r.requester_name, r.organisation_name, r.requester_department, r.intervention, r.modality,
            r.duration_minutes, r.slots, r.accepted_start, r.sent_at, r.closed_at,
            EXISTS (SELECT 1 FROM feedback f WHERE f.request_id = r.id AND f.side = 'ambassador') AS feedback_given
     FROM requests r WHERE r.ambassador_id = $1 AND r.status <> 'awaiting_requester_confirmation'`,
    [ambassadorId],
  );
  const [load] = await deps.db.query<{ count: number; capacity: number }>(
    `SELECT ${loadSince('$2')}::int AS count, a.monthly_capacity AS capacity FROM ambassadors m JOIN applications a ON a.id = m.id WHERE m.id = $1`,
    [ambassadorId, capacityWindowStart(deps.clock)],
  );
  const entries = rows.map((r) => toEntry(r, now, deps.settings.answerDeadlineDays));
  const time = (d: Date | null) => d?.getTime() ?? 0;
  const sorted = (keep: (e: AgendaEntry) => boolean, order: (a: AgendaEntry, b: AgendaEntry) => number) => entries.filter(keep).sort(order);
  const started = (e: AgendaEntry) => time(e.acceptedStart) <= now.getTime();
  return {
    toAnswer: sorted(
      (e) => e.status === 'sent',
      // The ones the ambassador must answer, soonest deadline first; then those left to the requester.
      (a, b) => Number(a.awaiting === 'requester') - Number(b.awaiting === 'requester') || time(a.deadline) - time(b.deadline),
    ),
    upcoming: sorted(
      (e) => e.status === 'accepted' && !started(e),
      (a, b) => time(a.acceptedStart) - time(b.acceptedStart),
    ),
    past: sorted(
      (e) => e.status === 'done' || (e.status === 'accepted' && started(e)),
      (a, b) => time(b.acceptedStart) - time(a.acceptedStart),
    ),
    closed: sorted(
      (e) => e.status === 'declined' || e.status === 'expired' || e.status === 'cancelled' || e.status === 'filled_elsewhere',
      (a, b) => time(b.closedAt) - time(a.closedAt),
    ),
    load: { count: load?.count ?? 0, capacity: load?.capacity ?? 0, windowDays: CAPACITY_WINDOW_DAYS },
  };
}

function toEntry(r: AgendaRow, now: Date, deadlineDays: number): AgendaEntry {
  const deadline =
    r.status === 'sent' && r.awaiting === 'ambassador' && r.sent_at ? new Date(r.sent_at.getTime() + deadlineDays * DAY) : null;
  return {
    id: r.id,
    status: r.status,
    awaiting: r.awaiting,
    intervention: r.intervention,
    requester: r.requester_name === null ? REQUESTER_GONE : requesterLabel(r.requester_name, r.organisation_name),
    modality: r.modality,
    department: r.requester_department,
    durationMinutes: r.duration_minutes,
    slots: r.slots.map((s) => new Date(s)),
    acceptedStart: r.accepted_start,
    deadline,
    deadlinePassed: deadline !== null && deadline <= now,
    closedAt: r.closed_at,
    feedbackGiven: r.feedback_given,
  };
}

/** The thread of one of the ambassador's requests, as a fresh link for their side; undefined when it is not theirs. */
export async function threadFromSpace(
  deps: Pick<AgendaDeps, 'db' | 'clock'>,
  ambassadorId: string,
  requestId: unknown,
): Promise<string | undefined> {
  if (!isUuid(requestId)) return undefined;
  const [mine] = await deps.db.query(
    `SELECT 1 FROM requests WHERE id = $1 AND ambassador_id = $2 AND status <> 'awaiting_requester_confirmation'`,
    [requestId, ambassadorId],
  );
  if (!mine) return undefined;
  return threadPath(deps.db, deps.clock, { requestId, side: 'ambassador', ambassadorId, lifetimeMs: SPACE_LINK_MS });
}

/** The feedback form of one of the ambassador's requests done: a fresh link, or that it is given already; undefined when there is none to give. */
export async function feedbackFromSpace(
  deps: Pick<AgendaDeps, 'db' | 'clock'>,
  ambassadorId: string,
  requestId: unknown,
): Promise<{ path: string } | { given: true } | undefined> {
  if (!isUuid(requestId)) return undefined;
  const [request] = await deps.db.query<{ given: boolean }>(
    `SELECT EXISTS (SELECT 1 FROM feedback f WHERE f.request_id = r.id AND f.side = 'ambassador') AS given
     FROM requests r WHERE r.id = $1 AND r.ambassador_id = $2 AND r.status = 'done'`,
    [requestId, ambassadorId],
  );
  if (!request) return undefined;
  if (request.given) return { given: true };
  const token = await issueToken(deps.db, deps.clock, {
    purpose: 'request_feedback',
    subject: feedbackSubject(requestId, 'ambassador'),
    lifetimeMs: SPACE_LINK_MS,
  });
  return { path: `${FEEDBACK_PATH}?jeton=${token}` };
}
