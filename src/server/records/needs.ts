/**
 * Needs as stored (migration 0015), and what the request workflows share with the need ones:
 * the need row locked before any of its invitations (so that two acceptances are serialised on
 * it and never deadlock), and which invitation stands for the need in the demand figures.
 */
import type { Queryable } from '../db.ts';
import type { NeedInput, NeedStatus } from '../../lib/need.ts';

export interface NeedRow {
  id: string;
  status: NeedStatus;
  department: string;
  sector: string | null;
  intervention: string;
  public: string;
  modality: string;
  job: string | null;
  /** The form as typed, until the address is confirmed. */
  form: NeedInput | null;
  invited: number;
  created_at: Date;
  sent_at: Date | null;
  escalated_at: Date | null;
  filled_at: Date | null;
  filled_by: string | null;
  closed_at: Date | null;
}

/** The need a request is an invitation of, locked; undefined for a single request. Call before locking the request. */
export async function lockNeedOf(tx: Queryable, requestId: string): Promise<NeedRow | undefined> {
  const [need] = await tx.query<NeedRow>('SELECT n.* FROM needs n WHERE n.id = (SELECT need_id FROM requests WHERE id = $1) FOR UPDATE', [
    requestId,
  ]);
  return need;
}

/**
 * A need counts once in the demand figures (6–12, 20): through its accepted invitation once
 * filled, else its first invitation still waiting, else the one that stood for it so far.
 */
export async function chooseStandIn(tx: Queryable, needId: string): Promise<void> {
  await tx.query(
    `WITH chosen AS (
       SELECT r.id FROM requests r JOIN needs n ON n.id = r.need_id WHERE r.need_id = $1
       ORDER BY (r.id = n.filled_by) DESC NULLS LAST, (r.status = 'sent') DESC, r.counts_in_flow DESC, r.need_rank
       LIMIT 1)
     UPDATE requests SET counts_in_flow = (id = (SELECT id FROM chosen))
     WHERE need_id = $1 AND counts_in_flow IS DISTINCT FROM (id = (SELECT id FROM chosen))`,
    [needId],
  );
}
