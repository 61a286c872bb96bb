/**
 * The open requests of a referent's départements (brief F8), escalated first, then the longest waiting.
 * A request belongs to the département of its ambassador and to that of its intervention: with zones
 * of intervention (issue 11) an ambassador often goes beyond their own département, and the referent
 * of the place where the demand is follows it too.
 */
import type { Queryable } from '../../db.ts';
import type { PublicSnapshot } from '../../directory-snapshot.ts';
import type { Referent } from '../../referents.ts';
import type { RequestRow, Side } from '../../records/requests.ts';
import type { RequestStatus } from '../../../lib/request-status.ts';

export interface TerritoryRequest {
  id: string;
  status: RequestStatus;
  awaiting: Side;
  intervention: string;
  requesterDepartment: string | null;
  requesterCommune: string | null;
  requesterName: string;
  organisationName: string | null;
  createdAt: Date;
  sentAt: Date | null;
  escalatedAt: Date | null;
  acceptedStart: Date | null;
  /** One invitation of a need sent to several ambassadors. */
  sharedNeed: boolean;
  ambassador: { id: string; department: string; slug: string; displayName: string; public: PublicSnapshot };
}

/** A request (`r`, its ambassador `m`) of the départements $1. */
export const IN_TERRITORY = '(m.department = ANY($1::text[]) OR r.requester_department = ANY($1::text[]))';

/** Whether a request of this ambassador's département and this intervention's is a referent's to follow. */
export const inTerritoryOf = (referent: Pick<Referent, 'departments'>, r: { department: string; requester_department: string | null }) =>
  referent.departments.includes(r.department) || (r.requester_department !== null && referent.departments.includes(r.requester_department));

/** The open requests of a referent's départements: escalated first, then the longest waiting. */
export async function requestsOfTerritory(db: Queryable, referent: Referent): Promise<TerritoryRequest[]> {
  const rows = await db.query<
    RequestRow & { department: string; ambassador_slug: string; ambassador_public: PublicSnapshot; escalated_at: Date | null }
  >(
    `SELECT r.*, m.department, m.slug AS ambassador_slug, m.public AS ambassador_public FROM requests r JOIN ambassadors m ON m.id = r.ambassador_id
     WHERE ${IN_TERRITORY} AND r.status IN ('awaiting_requester_confirmation', 'sent', 'accepted')
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
    requesterCommune: r.requester_commune,
    requesterName: r.requester_name,
    organisationName: r.organisation_name,
    createdAt: r.created_at,
    sentAt: r.sent_at,
    escalatedAt: r.escalated_at,
    acceptedStart: r.accepted_start,
    sharedNeed: r.need_id !== null,
    ambassador: {
      id: r.ambassador_id,
      department: r.department,
      slug: r.ambassador_slug,
      displayName: r.ambassador_public.displayName,
      public: r.ambassador_public,
    },
  }));
}
