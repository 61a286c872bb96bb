/**
 * An application to a mini-stage offer as stored (migration 0022), what its mails repeat, and
 * the collaborators its use cases receive: a request's (database, clock, settings, site address,
 * referents) and the offers as the functions read them (src/server/offers.ts).
 */
import type { Queryable } from '../../db.ts';
import type { MinistageSummary } from '../../mail/ministage-templates.ts';
import type { Offer } from '../../offers.ts';
import type { RequestDeps } from '../requests/deps.ts';
import type { MinistageStatus, MinistageRequester } from '../../../lib/ministage.ts';
import type { AgreementIssuer, Level } from '../../../lib/vocabularies.ts';

export interface MinistageDeps extends RequestDeps {
  offers: readonly Offer[];
}

export const MINISTAGE_FORM_PATH = '/api/demandes/mini-stages';
export const CONFIRM_MINISTAGE_PATH = '/api/demandes/mini-stages/confirmer';
export const MINISTAGE_ANSWER_PATH = '/api/mini-stages/reponse';
export const MINISTAGE_FEEDBACK_PATH = '/api/mini-stages/avis';

export type MinistageSide = 'requester' | 'company';

export interface MinistageRow {
  id: string;
  offer_id: string;
  offer_title: string;
  company_id: string | null;
  department: string;
  status: MinistageStatus;
  /** "AAAA-MM-JJ". */
  period_start: string;
  start_day: string;
  end_day: string;
  level: Level;
  under_16: boolean;
  agreement_issuer: AgreementIssuer;
  requester_kind: MinistageRequester;
  requester_name: string | null;
  requester_email: string | null;
  organisation_name: string | null;
  adult_name: string | null;
  adult_phone: string | null;
  message: string | null;
  answer_message: string | null;
  company_name: string | null;
  company_email: string | null;
}

/** The row with its days as "AAAA-MM-JJ" and its company's name and address (none once the company left). */
const COLUMNS = [
  'id',
  'offer_id',
  'offer_title',
  'company_id',
  'department',
  'status',
  'level',
  'under_16',
  'agreement_issuer',
  'requester_kind',
  'requester_name',
  'requester_email',
  'organisation_name',
  'adult_name',
  'adult_phone',
  'message',
  'answer_message',
];
const DAYS = ['period_start', 'start_day', 'end_day'];
export const MINISTAGE_SQL = `SELECT ${COLUMNS.map((c) => `s.${c}`).join(', ')}, ${DAYS.map((d) => `to_char(s.${d}, 'YYYY-MM-DD') AS ${d}`).join(', ')},
    m.public->>'displayName' AS company_name, a.email AS company_email
  FROM ministage_applications s LEFT JOIN ambassadors m ON m.id = s.company_id LEFT JOIN applications a ON a.id = m.id`;

export async function ministageById(tx: Queryable, id: string, lock = false): Promise<MinistageRow | undefined> {
  if (lock) await tx.query('SELECT 1 FROM ministage_applications WHERE id = $1 FOR UPDATE', [id]);
  const [row] = await tx.query<MinistageRow>(`${MINISTAGE_SQL} WHERE s.id = $1`, [id]);
  return row;
}

export function summaryOfMinistage(row: MinistageRow): MinistageSummary {
  return {
    offerTitle: row.offer_title,
    companyName: row.company_name ?? 'L’entreprise',
    requesterName: row.requester_name ?? '',
    organisationName: row.organisation_name,
    level: row.level,
    agreementIssuer: row.agreement_issuer,
    startDay: row.start_day,
    endDay: row.end_day,
  };
}
