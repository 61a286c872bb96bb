/**
 * An ambassador's choice about animation mail: refused (by the mail's link, by the mail client's
 * one-click button, from « Gérer mon profil », or by a spam complaint the provider reports) or
 * accepted again (the same link, or the space). Request mail never depends on it. Each refusal is
 * kept as a pseudonymous fact for the dashboard (animation_opt_outs), marked undone when undone.
 */
import type { Clock } from '../../clock.ts';
import type { Db } from '../../db.ts';
import { audit, type Actor } from '../../audit.ts';

export type OptOutVia = 'one_click' | 'link' | 'space' | 'complaint';

const ACTOR: Record<OptOutVia, Actor> = { one_click: 'ambassadeur', link: 'ambassadeur', space: 'ambassadeur', complaint: 'systeme' };

/** Refuses animation mail from now on; false when already refused (or no such ambassador). */
export async function refuseAnimationMail(db: Db, clock: Clock, ambassadorId: string, via: OptOutVia): Promise<boolean> {
  return db.transaction(async (tx) => {
    const now = clock.now();
    const [row] = await tx.query<{ department: string }>(
      'UPDATE ambassadors SET animation_opt_out_at = $2 WHERE id = $1 AND animation_opt_out_at IS NULL RETURNING department',
      [ambassadorId, now],
    );
    if (!row) return false;
    await tx.query('INSERT INTO animation_opt_outs (ambassador_ref, department, via, opted_out_at) VALUES ($1, $2, $3, $4)', [
      ambassadorId,
      row.department,
      via,
      now,
    ]);
    // Their animation mail still queued in a batch never posted goes too. A batch already posted keeps
    // its composition (a retry must post the same mails under the same key): locking the batch row
    // waits for a sender claiming it, and then sees its attempt.
    await tx.query(
      `DELETE FROM outbox WHERE id IN (
         SELECT o.id FROM outbox o
         JOIN animation_recipients ar ON ar.outbox_id = o.id
         JOIN mail_batches b ON b.id = o.batch_id
         WHERE ar.ambassador_ref = $1 AND o.sent_at IS NULL AND b.attempts = 0
         FOR UPDATE OF b)`,
      [ambassadorId],
    );
    await audit(tx, now, ACTOR[via], `animation_refused_${via}`, ambassadorId);
    return true;
  });
}

/** Accepts animation mail again; false when it was not refused. */
export async function acceptAnimationMail(db: Db, clock: Clock, ambassadorId: string): Promise<boolean> {
  return db.transaction(async (tx) => {
    const now = clock.now();
    const [row] = await tx.query(
      'UPDATE ambassadors SET animation_opt_out_at = NULL WHERE id = $1 AND animation_opt_out_at IS NOT NULL RETURNING id',
      [ambassadorId],
    );
    if (!row) return false;
    await tx.query('UPDATE animation_opt_outs SET undone_at = $2 WHERE ambassador_ref = $1 AND undone_at IS NULL', [ambassadorId, now]);
    await audit(tx, now, 'ambassadeur', 'animation_accepted', ambassadorId);
    return true;
  });
}

/** The current choice: undefined when there is no such ambassador (any more). */
export async function animationChoice(db: Db, ambassadorId: string): Promise<{ refusedAt: Date | null } | undefined> {
  const [row] = await db.query<{ animation_opt_out_at: Date | null }>('SELECT animation_opt_out_at FROM ambassadors WHERE id = $1', [
    ambassadorId,
  ]);
  return row && { refusedAt: row.animation_opt_out_at };
}
