/**
 * Which ambassadors a need goes to (strict: every criterion), and whom to suggest when nobody
 * took it (loose: the département and the public only order the list). Available means published,
 * not paused, under the monthly capacity and the yearly volume, counted as for a single request
 * (src/server/records/ambassadors.ts). Those with the fewest requests received over the capacity
 * window come first, then those whose last request is the oldest (never asked: first).
 */
import type { Clock } from '../../clock.ts';
import type { Queryable } from '../../db.ts';
import type { Suggestion } from '../../mail/request-templates.ts';
import {
  AMBASSADOR_SQL,
  capacityWindowStart,
  underYearlyVolume,
  yearlyVolumeStart,
  loadSince,
  toAmbassador,
  type AmbassadorRecord,
  type AmbassadorRow,
} from '../../records/ambassadors.ts';
import { OPEN_STATUSES } from '../../../lib/request-status.ts';

export interface NeedCriteria {
  department: string;
  sector: string | null;
  job: string | null;
  intervention: string;
  public: string;
  modality: string;
}

/** Lower case without the accents French job titles carry, so that « electricienne » finds « Électricienne ». */
const plain = (sql: string) => `translate(lower(${sql}), 'àâäáãåçéèêëíìîïñóòôöõúùûüýÿœæ', 'aaaaaaceeeeiiiinooooouuuuyyoa')`;

/** `%` and `_` typed in a job are letters, not patterns. */
const likeEscaped = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

async function query(
  tx: Queryable,
  clock: Clock,
  c: NeedCriteria,
  { strict, exclude, requesterEmail, limit }: { strict: boolean; exclude: readonly string[]; requesterEmail: string | null; limit: number },
): Promise<AmbassadorRecord[]> {
  const served = `coalesce(m.public->'departments' ? $6::text, false)`;
  const rows = await tx.query<AmbassadorRow>(
    `${AMBASSADOR_SQL}
     WHERE NOT m.paused
       AND ($1::text IS NULL OR m.public->>'sector' = $1)
       AND ($2::text IS NULL OR ${plain(`m.public->>'jobTitle'`)} LIKE '%' || ${plain('$2')} || '%')
       AND m.public->'interventions' ? $3
       ${strict ? `AND m.public->'publics' ? $4 AND m.public->'modalities' ? $5 AND ${served}` : ''}
       AND ${loadSince('$7')} < a.monthly_capacity
       AND ${underYearlyVolume('$12')}
       AND NOT (m.id = ANY($8::uuid[]))
       -- One open request per requester and ambassador (requests_one_open).
       AND ($9::text IS NULL OR NOT EXISTS (SELECT 1 FROM requests o WHERE o.ambassador_id = m.id
         AND lower(o.requester_email) = lower($9) AND o.status = ANY($11::text[])))
     ORDER BY ${served} DESC, coalesce(m.public->'publics' ? $4::text, false) DESC, coalesce(m.public->'modalities' ? $5::text, false) DESC,
       (SELECT count(*) FROM requests r WHERE r.ambassador_id = m.id AND r.sent_at > $7) ASC,
       (SELECT max(r.sent_at) FROM requests r WHERE r.ambassador_id = m.id) ASC NULLS FIRST, m.id
     LIMIT $10`,
    [
      c.sector,
      c.job === null ? null : likeEscaped(c.job),
      c.intervention,
      c.public,
      c.modality,
      c.department,
      capacityWindowStart(clock),
      exclude,
      requesterEmail,
      limit,
      OPEN_STATUSES,
      yearlyVolumeStart(clock),
    ],
  );
  return rows.map(toAmbassador);
}

/** Up to `limit` ambassadors who match every criterion, fewest recent requests first; never one with a request of this requester still open. */
export function matchingAmbassadors(
  tx: Queryable,
  clock: Clock,
  criteria: NeedCriteria,
  { requesterEmail, limit }: { requesterEmail: string; limit: number },
): Promise<AmbassadorRecord[]> {
  return query(tx, clock, criteria, { strict: true, exclude: [], requesterEmail, limit });
}

/** Three available ambassadors of the sector or job offering the intervention, those of the need's département first, none of `exclude`. */
export async function needSuggestions(
  tx: Queryable,
  clock: Clock,
  siteUrl: string,
  criteria: NeedCriteria,
  exclude: readonly string[],
): Promise<Suggestion[]> {
  const found = await query(tx, clock, criteria, { strict: false, exclude, requesterEmail: null, limit: 3 });
  return found.map((a) => ({
    displayName: a.public.displayName,
    jobTitle: a.public.jobTitle,
    url: `${siteUrl}/ambassadeurs/${a.department}/${a.slug}/`,
  }));
}
