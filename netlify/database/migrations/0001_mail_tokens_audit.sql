-- Backbone shared by every workflow: outgoing mail (outbox), emailed links, audit trail.

-- Every mail is written here in the same transaction as the state change that causes it,
-- then delivered by the sender (send-mail function) with the row id as idempotency key.
CREATE TABLE outbox (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  template text NOT NULL,
  recipient text NOT NULL,
  subject text NOT NULL,
  html text NOT NULL,
  text text NOT NULL,
  created_at timestamptz NOT NULL,
  attempts integer NOT NULL DEFAULT 0,
  next_attempt_at timestamptz NOT NULL,
  -- A sender claims a row until this time, so that two senders never send it at once.
  claimed_until timestamptz,
  sent_at timestamptz,
  provider_id text,
  last_error text
);
CREATE INDEX outbox_due ON outbox (next_attempt_at) WHERE sent_at IS NULL;

-- Emailed links (brief W3): only the SHA-256 of the 256-bit token is stored.
CREATE TABLE link_tokens (
  hash text PRIMARY KEY,
  purpose text NOT NULL,
  subject text NOT NULL,
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  used_at timestamptz
);
CREATE INDEX link_tokens_subject ON link_tokens (purpose, subject);

-- Pseudonymous trail of what happened: never an email address or a name.
CREATE TABLE audit_events (
  id bigserial PRIMARY KEY,
  at timestamptz NOT NULL,
  actor text NOT NULL,
  action text NOT NULL,
  subject text NOT NULL
);
