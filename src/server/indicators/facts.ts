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

/**
 * A request as demand (figures 6–12, 20, the evaluation export, the weekly digest): a need sent
 * to several ambassadors counts once, through the one invitation that stands for it (its
 * accepted one once filled, else one still waiting, else the last one closed: migration 0015).
 * Per ambassador (requests received, load), every invitation counts: use SENT.
 */
export const DEMAND = `(${SENT} AND r.counts_in_flow)`;

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

/** `column` is one of the scope's départements, given as the text[] parameter number `n`. */
export const inScope = (column: string, n: number) => `${column} = ANY($${n}::text[])`;

/**
 * Figure 4, « jamais sollicités », as of the instant `asOf` (an SQL timestamptz expression): a
 * request `r` sent to the ambassador in the 12 months up to `asOf` makes them solicited, and only
 * those published for more than 90 days count (the messages to ambassadors filter by the same).
 */
export const solicitedBy = (asOf: string) => `(r.sent_at > ${asOf} - interval '12 months' AND r.sent_at <= ${asOf})`;
export const longPublished = (publishedAt: string, asOf: string) => `${publishedAt} <= ${asOf} - interval '90 days'`;

/** Days from `from` to `to` (timestamps), as a fraction. */
export const daysBetween = (from: string, to: string) => `(extract(epoch FROM (${to}) - (${from})) / 86400)`;

/**
 * The département of an application `a`: its home commune's (INSEE code: two characters, three
 * overseas), as src/lib/geo.ts reads it. An approved ambassador keeps it as `ambassadors.department`.
 */
export const APPLICATION_DEPARTMENT = `(CASE WHEN a.profile ->> 'homeCommune' LIKE '97%' THEN left(a.profile ->> 'homeCommune', 3) ELSE left(a.profile ->> 'homeCommune', 2) END)`;

/** An answer from an ambassador (accepted, declined, other slots) within `days` (a parameter or literal) of the first sending. */
export const answeredWithin = (days: string) => `(r.first_answered_at <= r.first_sent_at + (${days}) * interval '1 day')`;

/**
 * The requests first sent in the period (parameters `start`, `end`), all départements, as `r`:
 * the `columns` of `requests` named (the figures need no personal one), and `last_success`, the
 * requester's latest first sending of a request accepted or done, sent in the period (any département). Bound to the period, the figure of a
 * past period stays as it was. The successes are grouped by requester (a second, narrow pass over
 * the period, hashed) and joined to the period's requests: no sort of the wide rows, nor their copy
 * into each requester's partition, as a window over them needs (about 6 % fewer instructions for the
 * whole statement on 22,000 requests; same rows, same figures).
 */
export const sentWithLastSuccess = (
  columns: readonly string[],
  start: number,
  end: number,
) => `(SELECT ${columns.map((c) => `r.${c}`).join(', ')}, s.last_success
    FROM requests r LEFT JOIN (
      SELECT s.requester_id, max(s.first_sent_at) AS last_success FROM requests s
      WHERE s.status IN ('accepted', 'done') AND s.requester_id IS NOT NULL AND ${within('s.first_sent_at', start, end)}
      GROUP BY s.requester_id) s ON s.requester_id = r.requester_id
    WHERE ${SENT} AND ${within('r.first_sent_at', start, end)}) r`;

/**
 * Closed without an intervention (figure 12): expired; declined, with no request of the same
 * requester sent since then in the period accepted or done (needs `sentWithLastSuccess`); cancelled after
 * an escalation.
 */
export const UNMET_EXPIRED = `r.status = 'expired'`;
export const UNMET_DECLINED = `(r.status = 'declined' AND (r.last_success IS NULL OR r.last_success < r.first_sent_at))`;
export const UNMET_CANCELLED = `(r.status = 'cancelled' AND r.first_escalated_at IS NOT NULL)`;
export const UNMET = `(${UNMET_EXPIRED} OR ${UNMET_DECLINED} OR ${UNMET_CANCELLED})`;
