/**
 * The requests export (issue E, item 5): one line per request whose intervention takes place in
 * the given départements, optionally within a period, in order of creation, with the facts the figures are made of and
 * nothing personal. Read only: the columns of `requests` that hold a name, an address, a phone
 * number, free text or a UAI (requester_name, requester_email, requester_role, organisation_name,
 * uai, accompanied_by, message, slots) are never selected, nor the messages and feedback comments.
 *
 * A request belongs to a period by its first sending (the dashboard's "demandes envoyées"), or
 * by its creation when it was never sent (still awaiting, or expired before the requester's
 * confirmation).
 */
import type { Period } from '../../lib/period.ts';
import { REQUEST_STATUSES } from '../../lib/request-status.ts';
import { AMBASSADOR_TYPES, INTERVENTIONS, MODALITIES, PUBLICS, REQUESTER_KINDS, SECTORS, THEMES } from '../../lib/vocabularies.ts';
import type { Db } from '../db.ts';
import { FEEDBACK_JOINS, TERRITORY, YOUNG_REACHED, YOUNG_SOURCE, within } from '../indicators/facts.ts';
import { csvFile, cursorBatches, type Column } from './csv.ts';
import { AGE_BRACKETS, SEXES, SITUATIONS, label, levelLabel } from './labels.ts';

interface RequestLine {
  created: string;
  sent: string | null;
  answered: string | null;
  start: string | null;
  closed: string | null;
  status: string;
  intervention: string;
  public: string;
  level: string | null;
  theme: string | null;
  group_size: number;
  modality: string;
  duration_minutes: number;
  requester_kind: string;
  age_bracket: string | null;
  situation: string | null;
  sex: string | null;
  department: string | null;
  ambassador_type: string | null;
  ambassador_sector: string | null;
  delay_days: string | null;
  young: number | null;
  young_source: string | null;
  satisfaction_requester: number | null;
  satisfaction_ambassador: number | null;
}

/** Paris wall-clock time, "2026-03-14 10:30": ISO 8601 date and time as Excel reads them (with "T" it sees text). */
const paris = (column: string) => `to_char(${column} AT TIME ZONE 'Europe/Paris', 'YYYY-MM-DD HH24:MI')`;

const SELECT = `SELECT ${paris('r.created_at')} AS created, ${paris('r.first_sent_at')} AS sent,
    ${paris('r.first_answered_at')} AS answered, ${paris('r.accepted_start')} AS start, ${paris('r.closed_at')} AS closed,
    r.status, r.intervention, r.public, r.level, r.theme, r.group_size, r.modality, r.duration_minutes, r.requester_kind,
    r.requester_age_bracket AS age_bracket, r.requester_situation AS situation, r.requester_sex AS sex, ${TERRITORY} AS department,
    r.ambassador_type, r.ambassador_sector,
    round(extract(epoch FROM r.first_answered_at - r.first_sent_at) / 86400, 1)::text AS delay_days,
    CASE WHEN r.status = 'done' THEN ${YOUNG_REACHED} END AS young, CASE WHEN r.status = 'done' THEN ${YOUNG_SOURCE} END AS young_source,
    fr.satisfaction AS satisfaction_requester, fa.satisfaction AS satisfaction_ambassador`;

/** The period a request belongs to (see above). */
const DATED = 'coalesce(r.first_sent_at, r.created_at)';

const YOUNG_SOURCES = { requester: 'Demandeur', ambassador: 'Ambassadeur', group_size: 'Taille du groupe' };

const COLUMNS: readonly Column<RequestLine>[] = [
  { header: 'Créée le', cell: (r) => r.created },
  { header: 'Envoyée à l’ambassadeur le', cell: (r) => r.sent },
  { header: 'Première réponse le', cell: (r) => r.answered },
  { header: 'Date de l’intervention', cell: (r) => r.start },
  { header: 'Close le', cell: (r) => r.closed },
  { header: 'Statut', cell: (r) => label(REQUEST_STATUSES, r.status) },
  { header: 'Type d’intervention', cell: (r) => label(INTERVENTIONS, r.intervention) },
  { header: 'Public', cell: (r) => label(PUBLICS, r.public) },
  { header: 'Niveau ou classe', cell: (r) => levelLabel(r.level) },
  { header: 'Thème transversal', cell: (r) => label(THEMES, r.theme) },
  { header: 'Nombre de participants', cell: (r) => r.group_size },
  { header: 'Modalité', cell: (r) => label(MODALITIES, r.modality) },
  { header: 'Durée (minutes)', cell: (r) => r.duration_minutes },
  { header: 'Type de demandeur', cell: (r) => label(REQUESTER_KINDS, r.requester_kind) },
  { header: 'Tranche d’âge du demandeur', cell: (r) => label(AGE_BRACKETS, r.age_bracket) },
  { header: 'Situation du demandeur', cell: (r) => label(SITUATIONS, r.situation) },
  { header: 'Sexe déclaré du demandeur', cell: (r) => label(SEXES, r.sex) },
  { header: 'Département de l’intervention', cell: (r) => r.department },
  { header: 'Type d’ambassadeur', cell: (r) => label(AMBASSADOR_TYPES, r.ambassador_type) },
  { header: 'Secteur de l’ambassadeur', cell: (r) => label(SECTORS, r.ambassador_sector) },
  // Days with a decimal comma: a number in a French spreadsheet ("2,5"), where "2.5" would be text.
  { header: 'Délai de première réponse (jours)', cell: (r) => r.delay_days?.replace('.', ',') },
  { header: 'Jeunes touchés (déclarés)', cell: (r) => r.young },
  { header: 'Source du nombre de jeunes', cell: (r) => label(YOUNG_SOURCES, r.young_source) },
  { header: 'Satisfaction du demandeur (1 à 5)', cell: (r) => r.satisfaction_requester },
  { header: 'Satisfaction de l’ambassadeur (1 à 5)', cell: (r) => r.satisfaction_ambassador },
];

/** The requests of `departments` (intervention's département), in `period` if given, as a streamed CSV. */
export function requestsCsv(db: Db, departments: readonly string[], period: Period | undefined): ReadableStream<Uint8Array> {
  const filters = [`${TERRITORY} = ANY($1)`, ...(period ? [within(DATED, 2, 3)] : [])];
  const sql = `${SELECT} FROM requests r ${FEEDBACK_JOINS} WHERE ${filters.join(' AND ')} ORDER BY r.created_at, r.id`;
  return csvFile('export-requests', COLUMNS, cursorBatches(db, sql, [departments, ...(period ? [period.start, period.end] : [])]));
}
