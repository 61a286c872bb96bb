-- Issue C (brief F5, F6, F7, W2): requests to an ambassador, their relayed thread, feedback.

-- What the workflows need of each published profile without reading git: the public data
-- (sector, position, interventions, publics, modalities, départements, name shown), kept in
-- step by the workflows and by the sync run after each deploy.
ALTER TABLE ambassadors ADD COLUMN public jsonb NOT NULL DEFAULT '{}'::jsonb;
ALTER TABLE ambassadors ALTER COLUMN public DROP DEFAULT;

-- Addresses that confirmed by link recently: their next requests go straight to the ambassador.
CREATE TABLE confirmed_requesters (
  email text PRIMARY KEY, -- lower case
  confirmed_at timestamptz NOT NULL
);

CREATE TABLE requests (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  ambassador_id uuid NOT NULL REFERENCES ambassadors (id) ON DELETE CASCADE,
  status text NOT NULL CHECK (status IN ('awaiting_requester_confirmation', 'sent', 'accepted', 'declined', 'expired', 'cancelled', 'done')),
  -- Who is expected to answer while the request is sent: the ambassador, or the requester when the ambassador proposed other slots.
  awaiting text NOT NULL DEFAULT 'ambassador' CHECK (awaiting IN ('ambassador', 'requester')),
  requester_kind text NOT NULL,
  requester_name text NOT NULL,
  requester_email text NOT NULL,
  requester_role text,
  requester_minor boolean NOT NULL DEFAULT false,
  organisation_name text,
  uai text,
  intervention text NOT NULL,
  public text NOT NULL,
  level text,
  group_size integer NOT NULL,
  modality text NOT NULL,
  accompanied_by text,
  duration_minutes integer NOT NULL,
  -- 1 to 3 proposed start times (ISO strings), from the requester or, after a proposal, the ambassador.
  slots jsonb NOT NULL,
  accepted_start timestamptz,
  message text NOT NULL,
  created_at timestamptz NOT NULL,
  sent_at timestamptz,
  answered_at timestamptz,
  reminders_sent integer NOT NULL DEFAULT 0,
  escalated_at timestamptz,
  closed_at timestamptz,
  -- SEQUENCE of the calendar invitation (same UID for updates and cancellation).
  ics_sequence integer NOT NULL DEFAULT 0
);
CREATE INDEX requests_open ON requests (status, sent_at) WHERE status IN ('awaiting_requester_confirmation', 'sent', 'accepted');
CREATE INDEX requests_ambassador ON requests (ambassador_id, created_at);
-- One open request per requester and ambassador.
CREATE UNIQUE INDEX requests_one_open ON requests (ambassador_id, lower(requester_email))
  WHERE status IN ('awaiting_requester_confirmation', 'sent', 'accepted');

CREATE TABLE messages (
  id bigserial PRIMARY KEY,
  request_id uuid NOT NULL REFERENCES requests (id) ON DELETE CASCADE,
  author text NOT NULL CHECK (author IN ('requester', 'ambassador', 'referent')),
  body text NOT NULL,
  created_at timestamptz NOT NULL
);
CREATE INDEX messages_request ON messages (request_id, id);

CREATE TABLE feedback (
  request_id uuid NOT NULL REFERENCES requests (id) ON DELETE CASCADE,
  side text NOT NULL CHECK (side IN ('requester', 'ambassador')),
  satisfaction integer NOT NULL CHECK (satisfaction BETWEEN 1 AND 5),
  young_people_reached integer,
  comment text,
  created_at timestamptz NOT NULL,
  PRIMARY KEY (request_id, side)
);

-- Mail may carry attachments (calendar invitations): [{ filename, contentType, content (base64) }].
ALTER TABLE outbox ADD COLUMN attachments jsonb;
-- Order of insertion, for mails queued in the same instant (dev mailbox, tests).
ALTER TABLE outbox ADD COLUMN seq bigserial;
