-- Issue E: the network's figures (../shared/design/indicators.md) survive account deletions and the
-- retention job. A request is never deleted any more: deleting its ambassador or anonymising it
-- removes what is personal (names, addresses, free text, messages, UAI-to-person link) and keeps
-- the facts (dates, status, vocabulary codes, département, counts, scores).
--
-- The facts a figure needs are written by triggers, so that no workflow can forget one: the
-- ambassador's type, sector and département at the time of the assignment, the first sending,
-- answer and escalation (a reassignment starts a new assignment but the request's history stays),
-- the number of reassignments, the last ambassador's id, and the requester's pseudonymous identity.

-- One row per requester address, kept pseudonymous once the address is removed: distinct requesters
-- per year stay countable after retention (the Basse-Normandie evaluation could not count people).
CREATE TABLE requesters (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  email text UNIQUE, -- lower case; null once removed by retention
  created_at timestamptz NOT NULL,
  -- First sign-in to « Mes demandes »: the "demandeurs inscrits" figure counts these.
  signed_in_at timestamptz,
  last_seen_at timestamptz NOT NULL
);

ALTER TABLE requests
  ALTER COLUMN requester_name DROP NOT NULL,
  ALTER COLUMN requester_email DROP NOT NULL,
  ALTER COLUMN message DROP NOT NULL,
  ALTER COLUMN ambassador_id DROP NOT NULL,
  DROP CONSTRAINT requests_ambassador_id_fkey,
  ADD CONSTRAINT requests_ambassador_id_fkey FOREIGN KEY (ambassador_id) REFERENCES ambassadors (id) ON DELETE SET NULL,
  ADD COLUMN requester_id uuid REFERENCES requesters (id),
  -- Individual requesters (evaluation table): situation, declared sex, age bracket (never the age).
  ADD COLUMN requester_situation text,
  ADD COLUMN requester_sex text CHECK (requester_sex IN ('female', 'male', 'undisclosed')),
  ADD COLUMN requester_age_bracket text CHECK (requester_age_bracket IN ('under_16', '16_17', '18_25', '26_50', 'over_50')),
  ADD COLUMN ambassador_type text,
  ADD COLUMN ambassador_sector text,
  ADD COLUMN ambassador_department text,
  ADD COLUMN first_sent_at timestamptz,
  ADD COLUMN first_answered_at timestamptz,
  ADD COLUMN first_escalated_at timestamptz,
  ADD COLUMN reassignments integer NOT NULL DEFAULT 0,
  -- The last ambassador's id without a foreign key: a departed ambassador's past activity still
  -- counts in the figures of a period when they were published (figures 3 and 4).
  ADD COLUMN ambassador_ref uuid,
  ADD COLUMN anonymised_at timestamptz;

CREATE INDEX requests_requester ON requests (requester_id);
CREATE INDEX requests_first_sent ON requests (first_sent_at);
CREATE INDEX requests_closed ON requests (closed_at) WHERE anonymised_at IS NULL;
CREATE INDEX requests_ambassador_ref ON requests (ambassador_ref);
-- Interventions done are read by their date.
CREATE INDEX requests_done ON requests (accepted_start) WHERE status = 'done';

-- The public snapshot carries the ambassador's type (the figures split by it).
UPDATE ambassadors m SET public = m.public || jsonb_build_object('type', coalesce(a.profile ->> 'type', 'professional'))
FROM applications a WHERE a.id = m.id AND NOT m.public ? 'type';

CREATE FUNCTION requests_keep_facts() RETURNS trigger LANGUAGE plpgsql AS $$
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

CREATE TRIGGER requests_keep_facts BEFORE INSERT OR UPDATE ON requests FOR EACH ROW EXECUTE FUNCTION requests_keep_facts();

-- Backfill: the trigger fills every fact from the current row.
UPDATE requests SET first_sent_at = sent_at; -- fills requester_id too
UPDATE requests r SET ambassador_type = m.public ->> 'type', ambassador_sector = m.public ->> 'sector', ambassador_department = m.department
FROM ambassadors m WHERE m.id = r.ambassador_id;

-- Ambassadors who left: what the network figures need of them (published on a past day, by
-- type, sector, département; retention cohorts), nothing personal.
CREATE TABLE ambassador_departures (
  ambassador_id uuid PRIMARY KEY,
  department text NOT NULL,
  type text,
  sector text,
  published_at timestamptz NOT NULL,
  left_at timestamptz NOT NULL
);

CREATE FUNCTION ambassadors_keep_departure() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO ambassador_departures (ambassador_id, department, type, sector, published_at, left_at)
  -- The database's time: deletions happen now, whatever clock a workflow is given.
  VALUES (OLD.id, OLD.department, OLD.public ->> 'type', OLD.public ->> 'sector', OLD.published_at, now())
  ON CONFLICT (ambassador_id) DO NOTHING;
  RETURN OLD;
END $$;

CREATE TRIGGER ambassadors_keep_departure BEFORE DELETE ON ambassadors FOR EACH ROW EXECUTE FUNCTION ambassadors_keep_departure();

-- Retention of inactive accounts (CNIL): the last sign-in, profile change or answer (null: none
-- since publication, so activity is coalesce(last_active_at, published_at)); the warning sent.
ALTER TABLE ambassadors
  ADD COLUMN last_active_at timestamptz,
  ADD COLUMN inactivity_warned_at timestamptz;

-- Referents' own choices (the weekly digest can be turned off).
CREATE TABLE referent_preferences (
  email text PRIMARY KEY, -- lower case, the referent's professional address
  weekly_digest boolean NOT NULL DEFAULT true
);
