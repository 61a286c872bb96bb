/**
 * Who a mailing reaches: the published ambassadors (paused ones included: a pause stops requests,
 * not the network's news) of the chosen home départements, sectors and types, optionally only
 * those never solicited (figure 4's definition, src/server/indicators/facts.ts), never those who
 * refused animation mail. The caller has already cut the départements to what it may reach.
 */
import type { Queryable } from '../../db.ts';
import { longPublished, solicitedBy } from '../../indicators/facts.ts';
import type { Audience } from '../../../lib/animation.ts';
import type { AnimationRecipient } from './send.ts';

/** $1 départements, $2 sectors (empty: all), $3 types (empty: all), $4 never solicited only, $5 now. */
const AUDIENCE = `
  SELECT m.id AS "ambassadorId", a.email, a.first_name AS "firstName", m.department
  FROM ambassadors m JOIN applications a ON a.id = m.id
  WHERE m.animation_opt_out_at IS NULL
    AND m.department = ANY($1::text[])
    AND (cardinality($2::text[]) = 0 OR m.public ->> 'sector' = ANY($2::text[]))
    AND (cardinality($3::text[]) = 0 OR m.public ->> 'type' = ANY($3::text[]))
    AND (NOT $4::boolean OR (${longPublished('m.published_at', '$5::timestamptz')}
      AND NOT EXISTS (SELECT 1 FROM requests r WHERE r.ambassador_ref = m.id AND ${solicitedBy('$5::timestamptz')})))
  ORDER BY m.department, m.slug`;

export async function audienceOf(db: Queryable, audience: Audience, now: Date): Promise<AnimationRecipient[]> {
  return db.query<AnimationRecipient>(AUDIENCE, [audience.departments, audience.sectors, audience.types, audience.neverSolicited, now]);
}
