-- Issue 9, part 10, dashboard: the figures of the requests sent in a period (src/server/indicators/sent.ts)
-- read these columns of every request first sent in it, twice (the period's requests, then its
-- successes by requester). Covering them, the index is read alone (an index-only scan, once the
-- table is vacuumed): about 200 bytes a request instead of its whole row on a heap page, 22,000
-- requests for a Région's school year. Every column is a fact that survives anonymisation.
CREATE INDEX requests_sent_figures ON requests (first_sent_at)
  INCLUDE (status, awaiting, requester_kind, intervention, public, level, modality, group_size, ambassador_sector,
    requester_department, requester_id, requester_sex, requester_age_bracket, requester_situation, first_answered_at,
    first_escalated_at, sent_at, answered_at, closed_at, accepted_start, reassignments, counts_in_flow);
