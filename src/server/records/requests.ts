/**
 * Request rows as stored, and the statements several request use cases share: the row lock
 * taken before any change, and a move of the state machine with its audit trace.
 */
import { audit } from '../audit.ts';
import type { Queryable } from '../db.ts';
import { nextRequestStatus, type RequestEvent, type RequestStatus } from '../../lib/request-status.ts';

export type Side = 'requester' | 'ambassador';

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
  /** Where the intervention would take place (INSEE code), when the requester gave it; removed at anonymisation. */
  requester_commune: string | null;
  intervention: string;
  public: string;
  level: string | null;
  /** A code of THEMES (issue 11), or null. */
  theme: string | null;
  group_size: number;
  modality: string;
  accompanied_by: string | null;
  duration_minutes: number;
  /** The proposed start times: the requester's, or after a proposal the ambassador's. */
  slots: string[];
  /** The requester's own, given back to a new ambassador at a reassignment. */
  requester_slots: string[];
  accepted_start: Date | null;
  message: string;
  created_at: Date;
  sent_at: Date | null;
  ics_sequence: number;
  /** The need this request is one invitation of (sent to several ambassadors), if any. */
  need_id: string | null;
}

export async function lockRequest(tx: Queryable, id: string): Promise<RequestRow> {
  const [row] = await tx.query<RequestRow>('SELECT * FROM requests WHERE id = $1 FOR UPDATE', [id]);
  if (!row) throw new Error('Demande introuvable');
  return row;
}

/** Moves the request by `event` (refused if illegal), setting `set` ($3… are `params`), and leaves a trace. */
export async function transition(
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
