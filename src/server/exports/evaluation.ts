/**
 * The evaluation table as a CSV (issue E, item 6; figure 20 of ../shared/design/indicators.md, the
 * Basse-Normandie "Tableau 1"): the requests sent, by school year of their first sending, in long
 * format for a spreadsheet's pivot table: for individual requesters by age bracket × situation ×
 * declared sex, for groups (schools, structures) by public × level; each line in two units, the
 * requests and the distinct requesters (a person counts once per line, so the second unit does not
 * add up across lines). Territory: the intervention's département.
 */
import type { Period } from '../../lib/period.ts';
import { PUBLICS } from '../../lib/vocabularies.ts';
import type { Db } from '../db.ts';
import { DEMAND, TERRITORY, within } from '../indicators/facts.ts';
import { csvFile, cursorBatches, type Column } from './csv.ts';
import { AGE_BRACKETS, SEXES, SITUATIONS, label, levelLabel } from './labels.ts';
import { LEVELS } from '../../lib/vocabularies.ts';

interface EvaluationLine {
  school_year: string;
  individual: boolean;
  age_bracket: string | null;
  situation: string | null;
  sex: string | null;
  public: string | null;
  level: string | null;
  requests: number;
  requesters: number;
}

/** The first year of the school year (1 September, Paris time) of the first sending: 8 months back, it is the calendar year. */
const START_YEAR = `extract(year FROM (r.first_sent_at AT TIME ZONE 'Europe/Paris') - interval '8 months')::int`;
const SCHOOL_YEAR = `${START_YEAR} || '-' || (${START_YEAR} + 1)`;

const COLUMNS: readonly Column<EvaluationLine>[] = [
  { header: 'Année scolaire', cell: (l) => l.school_year },
  { header: 'Demandeur', cell: (l) => (l.individual ? 'Particulier' : 'Groupe (établissement ou structure)') },
  { header: 'Tranche d’âge', cell: (l) => (l.individual ? label(AGE_BRACKETS, l.age_bracket) || 'Non précisée' : '') },
  { header: 'Situation', cell: (l) => (l.individual ? label(SITUATIONS, l.situation) || 'Non précisée' : '') },
  { header: 'Sexe déclaré', cell: (l) => (l.individual ? label(SEXES, l.sex) || 'Non précisé' : '') },
  { header: 'Public', cell: (l) => (l.individual ? '' : label(PUBLICS, l.public)) },
  { header: 'Niveau ou classe', cell: (l) => (l.individual ? '' : levelLabel(l.level) || 'Non précisé') },
  { header: 'Demandes envoyées', cell: (l) => l.requests },
  { header: 'Demandeurs distincts', cell: (l) => l.requesters },
];

/** The evaluation table of `departments`, for the requests first sent in `period` if given. */
export function evaluationCsv(db: Db, departments: readonly string[], period: Period | undefined): ReadableStream<Uint8Array> {
  const filters = [`${TERRITORY} = ANY($1)`, DEMAND, ...(period ? [within('r.first_sent_at', 3, 4)] : [])];
  const individual = `r.requester_kind = 'individual'`;
  const sql = `SELECT ${SCHOOL_YEAR} AS school_year, ${individual} AS individual,
      CASE WHEN ${individual} THEN r.requester_age_bracket END AS age_bracket,
      CASE WHEN ${individual} THEN r.requester_situation END AS situation,
      CASE WHEN ${individual} THEN r.requester_sex END AS sex,
      CASE WHEN NOT ${individual} THEN r.public END AS public,
      CASE WHEN NOT ${individual} AND r.level = ANY($2) THEN r.level END AS level,
      count(*)::int AS requests, count(DISTINCT r.requester_id)::int AS requesters
    FROM requests r WHERE ${filters.join(' AND ')}
    GROUP BY 1, 2, 3, 4, 5, 6, 7
    ORDER BY 1, 2 DESC, 3, 4, 5, 6, 7`;
  return csvFile(
    'export-evaluation',
    COLUMNS,
    cursorBatches(db, sql, [departments, Object.keys(LEVELS), ...(period ? [period.start, period.end] : [])]),
  );
}
