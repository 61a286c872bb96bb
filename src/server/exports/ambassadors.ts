/**
 * The ambassadors export (issue E, item 5): one line per published ambassador whose home
 * département is in the given ones (paused or not), with the public name only and their
 * activity. Requests count for the ambassador they are assigned to now (a request reassigned by
 * a referent counts for the new one); within a period, the counts are those of the requests
 * sent in it (received), and how many of these were accepted (whatever happened next) and done.
 */
import type { Period } from '../../lib/period.ts';
import { AMBASSADOR_TYPES, PROFILE_STATUSES, SECTORS } from '../../lib/vocabularies.ts';
import type { Db } from '../db.ts';
import { DONE, SENT, within } from '../indicators/facts.ts';
import { csvFile, cursorBatches, type Column } from './csv.ts';
import { label } from './labels.ts';

interface AmbassadorLine {
  department: string;
  display_name: string;
  type: string | null;
  sector: string | null;
  paused: boolean;
  published: string;
  last_active: string;
  received: number;
  accepted: number;
  done: number;
}

const parisDate = (column: string) => `to_char(${column} AT TIME ZONE 'Europe/Paris', 'YYYY-MM-DD')`;

const COLUMNS: readonly Column<AmbassadorLine>[] = [
  { header: 'Nom affiché', cell: (a) => a.display_name },
  { header: 'Type d’ambassadeur', cell: (a) => label(AMBASSADOR_TYPES, a.type) },
  { header: 'Secteur', cell: (a) => label(SECTORS, a.sector) },
  { header: 'Département', cell: (a) => a.department },
  { header: 'Statut du profil', cell: (a) => PROFILE_STATUSES[a.paused ? 'paused' : 'published'] },
  { header: 'Publié le', cell: (a) => a.published },
  { header: 'Demandes reçues', cell: (a) => a.received },
  { header: 'Demandes acceptées', cell: (a) => a.accepted },
  { header: 'Interventions réalisées', cell: (a) => a.done },
  { header: 'Dernière activité', cell: (a) => a.last_active },
];

/** The ambassadors living in `departments`, by département and profile address, as a streamed CSV. */
export function ambassadorsCsv(db: Db, departments: readonly string[], period: Period | undefined): ReadableStream<Uint8Array> {
  const sql = `SELECT m.department, m.public ->> 'displayName' AS display_name, m.public ->> 'type' AS type,
      m.public ->> 'sector' AS sector, m.paused, ${parisDate('m.published_at')} AS published,
      ${parisDate('coalesce(m.last_active_at, m.published_at)')} AS last_active,
      count(r.id)::int AS received,
      count(r.id) FILTER (WHERE r.accepted_start IS NOT NULL)::int AS accepted,
      count(r.id) FILTER (WHERE ${DONE})::int AS done
    FROM ambassadors m
    LEFT JOIN requests r ON r.ambassador_id = m.id AND ${SENT}${period ? ` AND ${within('r.first_sent_at', 2, 3)}` : ''}
    WHERE m.department = ANY($1)
    GROUP BY m.id
    ORDER BY m.department, m.slug`;
  return csvFile('export-ambassadors', COLUMNS, cursorBatches(db, sql, [departments, ...(period ? [period.start, period.end] : [])]));
}
