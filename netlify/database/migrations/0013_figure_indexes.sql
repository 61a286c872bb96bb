-- Issue E, after the dashboard's first measures: the request keeps the id of its last ambassador
-- without a foreign key (ambassador_id becomes null when the account is deleted), so a departed
-- ambassador's past activity still counts in the figures of a period when they were published
-- (figures 3 and 4); and the interventions done are read by their date.
ALTER TABLE requests ADD COLUMN ambassador_ref uuid;
UPDATE requests SET ambassador_ref = ambassador_id;
CREATE INDEX requests_ambassador_ref ON requests (ambassador_ref);
CREATE INDEX requests_done ON requests (accepted_start) WHERE status = 'done';

CREATE OR REPLACE FUNCTION requests_keep_facts() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.requester_email IS NOT NULL AND (TG_OP = 'INSERT' OR NEW.requester_id IS NULL OR NEW.requester_email IS DISTINCT FROM OLD.requester_email) THEN
    INSERT INTO requesters (email, created_at, last_seen_at) VALUES (lower(NEW.requester_email), NEW.created_at, NEW.created_at)
    ON CONFLICT (email) DO UPDATE SET last_seen_at = greatest(requesters.last_seen_at, EXCLUDED.last_seen_at)
    RETURNING id INTO NEW.requester_id;
  END IF;
  IF NEW.ambassador_id IS NOT NULL AND (TG_OP = 'INSERT' OR NEW.ambassador_id IS DISTINCT FROM OLD.ambassador_id) THEN
    SELECT m.public ->> 'type', m.public ->> 'sector', m.department
      INTO NEW.ambassador_type, NEW.ambassador_sector, NEW.ambassador_department
      FROM ambassadors m WHERE m.id = NEW.ambassador_id;
    IF TG_OP = 'UPDATE' AND OLD.ambassador_id IS NOT NULL THEN
      NEW.reassignments := OLD.reassignments + 1;
    END IF;
  END IF;
  -- Kept when the account goes (ambassador_id set to null by the foreign key).
  NEW.ambassador_ref := coalesce(NEW.ambassador_id, NEW.ambassador_ref);
  NEW.first_sent_at := coalesce(NEW.first_sent_at, NEW.sent_at);
  NEW.first_answered_at := coalesce(NEW.first_answered_at, NEW.answered_at);
  NEW.first_escalated_at := coalesce(NEW.first_escalated_at, NEW.escalated_at);
  RETURN NEW;
END $$;
