-- Issue 11, zones of intervention, in issue 9's zones blanches (figure 12): a département may have
-- ambassadors of a sector whose zones (a commune and its radius, employment areas) leave out the
-- commune a request comes from. When a request is first sent with the commune of its intervention,
-- `outside_zones` records whether no ambassador of its sector, published and not on pause, then had
-- a zone covering that commune (public -> 'zoneCommunes'; without one, every commune of
-- public -> 'departments', as in migration 0019). Decided at the sending, against the network of
-- that day, and kept at anonymisation, which removes the commune: a yes/no is nothing personal.
-- Null when the commune is not given, and for requests sent before this migration.
ALTER TABLE requests ADD COLUMN outside_zones boolean;

CREATE FUNCTION requests_outside_zones() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.first_sent_at IS NOT NULL AND (TG_OP = 'INSERT' OR OLD.first_sent_at IS NULL)
     AND NEW.requester_commune IS NOT NULL AND NEW.ambassador_sector IS NOT NULL THEN
    -- Two lookups, each on its GIN index (migration 0019), rather than one scan of the network.
    NEW.outside_zones := NOT (
      EXISTS (SELECT 1 FROM ambassadors m WHERE (m.public -> 'zoneCommunes') ? NEW.requester_commune
                AND m.public ->> 'sector' = NEW.ambassador_sector AND NOT m.paused)
      OR EXISTS (SELECT 1 FROM ambassadors m WHERE (m.public -> 'departments') ? NEW.requester_department
                AND NOT m.public ? 'zoneCommunes' AND m.public ->> 'sector' = NEW.ambassador_sector AND NOT m.paused));
  END IF;
  RETURN NEW;
END $$;

-- After requests_keep_facts (triggers of one event fire by name): first_sent_at and ambassador_sector are set.
CREATE TRIGGER requests_outside_zones BEFORE INSERT OR UPDATE ON requests FOR EACH ROW EXECUTE FUNCTION requests_outside_zones();

-- The sent figures read it with the other columns of the period's requests (migrations 0021, 0025).
DROP INDEX requests_sent_figures;
CREATE INDEX requests_sent_figures ON requests (first_sent_at)
  INCLUDE (status, awaiting, requester_kind, intervention, public, level, modality, group_size, ambassador_sector,
    requester_department, requester_id, requester_sex, requester_age_bracket, requester_situation, first_answered_at,
    first_escalated_at, sent_at, answered_at, closed_at, accepted_start, reassignments, counts_in_flow, theme, outside_zones);
