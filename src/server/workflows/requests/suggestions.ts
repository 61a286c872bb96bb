/**
 * Other ambassadors to ask instead (at an unavailable form, a decline, an escalation or a
 * reassignment): same sector, available, whose zone covers the intervention's commune first (when
 * the requester gave it), then those who intervene in its département, then the nearest.
 */
import type { Clock } from '../../clock.ts';
import type { Queryable } from '../../db.ts';
import type { PublicSnapshot } from '../../directory-snapshot.ts';
import type { Suggestion } from '../../mail/request-templates.ts';
import { AMBASSADOR_SQL, capacityWindowStart, loadSince, underYearlyVolume, yearlyVolumeStart } from '../../records/ambassadors.ts';

/**
 * Up to `limit` ambassadors of the same sector as `near`, not paused, under capacity (monthly and yearly): first
 * those whose zone of intervention covers the requester's commune (its communes, computed when the profile is
 * saved for a radius or employment areas, issue 11; otherwise its départements), then those who intervene in
 * the requester's département, then the nearest to `near` (the requester's own position is not known).
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
    requesterCommune,
    limit = 3,
  }: {
    near: PublicSnapshot;
    exclude: readonly string[];
    intervention?: string;
    requesterDepartment?: string | null;
    requesterCommune?: string | null | undefined;
    limit?: number;
  },
): Promise<(Suggestion & { path: string })[]> {
  const rows = await db.query<{ department: string; slug: string; public: PublicSnapshot }>(
    `${AMBASSADOR_SQL}
     WHERE NOT m.paused AND m.public->>'sector' = $1 AND NOT (m.id = ANY($2::uuid[]))
       AND ($6::text IS NULL OR m.public->'interventions' ? $6)
       AND ${loadSince('$3')} < a.monthly_capacity
       AND ${underYearlyVolume('$9')}
     ORDER BY coalesce(CASE WHEN m.public ? 'zoneCommunes' THEN m.public->'zoneCommunes' ? $10::text ELSE m.public->'departments' ? $8::text END, false) DESC,
       coalesce(m.public->'departments' ? $8::text, false) DESC,
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
      yearlyVolumeStart(clock),
      requesterCommune ?? null,
    ],
  );
  return rows.map((r) => ({
    displayName: r.public.displayName,
    jobTitle: r.public.jobTitle,
    path: `${r.department}/${r.slug}`,
    url: `${siteUrl}/ambassadeurs/${r.department}/${r.slug}/`,
  }));
}
