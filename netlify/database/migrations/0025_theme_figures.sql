-- Issue 11, transversal themes, in issue 9's figures: the dashboard splits the requests sent by
-- their theme (requests.theme, migration 0018) and the ambassadors by the themes they speak of.
--
-- The sent figures read the theme with the other columns of the period's requests: the covering
-- index of migration 0021 gets it too, or each request would be read from the table again.
DROP INDEX requests_sent_figures;
CREATE INDEX requests_sent_figures ON requests (first_sent_at)
  INCLUDE (status, awaiting, requester_kind, intervention, public, level, modality, group_size, ambassador_sector,
    requester_department, requester_id, requester_sex, requester_age_bracket, requester_situation, first_answered_at,
    first_escalated_at, sent_at, answered_at, closed_at, accepted_start, reassignments, counts_in_flow, theme);

-- An ambassador who leaves is still counted as published on the days they were (figure 1): by
-- their themes too now (codes, nothing personal). Those who left before this migration have none.
ALTER TABLE ambassador_departures ADD COLUMN themes jsonb;

CREATE OR REPLACE FUNCTION ambassadors_keep_departure() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO ambassador_departures (ambassador_id, department, type, sector, themes, published_at, left_at)
  -- The database's time: deletions happen now, whatever clock a workflow is given.
  VALUES (OLD.id, OLD.department, OLD.public ->> 'type', OLD.public ->> 'sector', OLD.public -> 'themes', OLD.published_at, now())
  ON CONFLICT (ambassador_id) DO NOTHING;
  RETURN OLD;
END $$;
