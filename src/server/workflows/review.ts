/** What a referent reviews (brief F8): confirmed applications of their territory, oldest first. */
import type { Queryable } from '../db.ts';
import type { Referent } from '../referents.ts';
import { findCommune } from '../../lib/geo.ts';

export interface ApplicationToReview {
  id: string;
  firstName: string;
  lastName: string;
  email: string;
  phone: string | null;
  meetsMinors: boolean;
  confirmedAt: Date;
  profile: { type: string; displayName: string; jobTitle: string; homeCommune: string; departments: string[] };
  communeName: string;
  department: string;
}

export async function applicationsToReview(db: Queryable, referent: Referent): Promise<ApplicationToReview[]> {
  const rows = await db.query<{
    id: string;
    first_name: string;
    last_name: string;
    email: string;
    phone: string | null;
    meets_minors: boolean;
    confirmed_at: Date;
    profile: ApplicationToReview['profile'];
  }>(
    `SELECT id, first_name, last_name, email, phone, meets_minors, confirmed_at, profile FROM applications WHERE status = 'confirmed' ORDER BY confirmed_at`,
  );
  return rows
    .map((row) => {
      const commune = findCommune(row.profile.homeCommune);
      return {
        id: row.id,
        firstName: row.first_name,
        lastName: row.last_name,
        email: row.email,
        phone: row.phone,
        meetsMinors: row.meets_minors,
        confirmedAt: row.confirmed_at,
        profile: row.profile,
        communeName: commune?.name ?? row.profile.homeCommune,
        department: commune?.department ?? '',
      };
    })
    .filter((application) => referent.departments.includes(application.department));
}
