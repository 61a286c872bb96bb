/**
 * The SQL every figure of the network is built from (../shared/design/indicators.md), written once
 * so that the dashboard, the exports, the digest and the public key figures count the same way.
 * They read only the facts that survive anonymisation (migration 0009), so deleting an account or
 * the retention job never changes a total.
 */

/** Territory of a request: the intervention's département (never the ambassador's home). */
export const TERRITORY = 'r.requester_department';

/** A request sent to an ambassador (the requester confirmed it), dated by its first sending. */
export const SENT = 'r.first_sent_at IS NOT NULL';

/** An intervention done, dated by its accepted start. */
export const DONE = `r.status = 'done'`;

/**
 * Young people reached (figure 15): the requester's figure, else the ambassador's, else the group
 * size. `YOUNG_SOURCE` says which one counted.
 */
export const YOUNG_REACHED = `coalesce(fr.young_people_reached, fa.young_people_reached, r.group_size)`;
export const YOUNG_SOURCE = `CASE WHEN fr.young_people_reached IS NOT NULL THEN 'requester' WHEN fa.young_people_reached IS NOT NULL THEN 'ambassador' ELSE 'group_size' END`;

/** Joins each side's feedback to `requests r` as `fr` (requester) and `fa` (ambassador). */
export const FEEDBACK_JOINS = `LEFT JOIN feedback fr ON fr.request_id = r.id AND fr.side = 'requester'
  LEFT JOIN feedback fa ON fa.request_id = r.id AND fa.side = 'ambassador'`;

/** `column` within [$start, $end) given the parameter numbers of the period's bounds. */
export const within = (column: string, start: number, end: number) => `(${column} >= $${start} AND ${column} < $${end})`;
