-- Issue F, part 2: messages to ambassadors ("animation" mail), sent in batches, with a one-click
-- unsubscribe (RFC 8058) that stops animation mail only, never request mail.

-- Extra headers of a mail (List-Unsubscribe, List-Unsubscribe-Post), sent as they are stored.
ALTER TABLE outbox ADD COLUMN headers jsonb;
-- A mail the provider refused for good, or that failed every attempt: it will not be sent.
ALTER TABLE outbox ADD COLUMN abandoned_at timestamptz;

-- A batch of up to 100 outbox rows sent in one call to Resend's batch endpoint. Its composition
-- (which rows) is written with the rows, in the transaction that queues them, and never changes:
-- a retry after a crash posts the same mails with the same idempotency key (derived from the
-- batch's id), so the provider sends nobody twice, and no row is left outside a batch.
CREATE TABLE mail_batches (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- Order of queueing: batches go out in the order they were written.
  seq bigserial,
  created_at timestamptz NOT NULL,
  attempts integer NOT NULL DEFAULT 0,
  next_attempt_at timestamptz NOT NULL,
  -- A sender claims the batch until this time, so that two senders never post it at once.
  claimed_until timestamptz,
  sent_at timestamptz,
  abandoned_at timestamptz,
  last_error text
);
CREATE INDEX mail_batches_due ON mail_batches (next_attempt_at) WHERE sent_at IS NULL AND abandoned_at IS NULL;

-- Rows of a batch are sent with it only (the single-mail sender leaves them alone).
ALTER TABLE outbox ADD COLUMN batch_id uuid REFERENCES mail_batches (id);
CREATE INDEX outbox_batch ON outbox (batch_id, seq) WHERE batch_id IS NOT NULL;

-- An ambassador who refused animation mail (null: receives it). Request mail is never affected.
ALTER TABLE ambassadors ADD COLUMN animation_opt_out_at timestamptz;

-- One animation mailing: a referent's message or a news item (author = the referent's address,
-- lower case), or a mailing of the platform (author null: end-of-year thanks, advice). `kind` is a
-- code of ANIMATION_KINDS (src/lib/animation.ts). `sent_on` is the Paris day of a referent's
-- message: one per referent and day, whoever posts twice at once. `once_key` names a mailing of
-- the platform that must go once (the thanks of a school year, the day's advice), whatever runs twice.
CREATE TABLE animation_messages (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  kind text NOT NULL,
  author text,
  sent_on date,
  -- The départements the recipients were chosen in (the dashboard's scope reads the recipients').
  departments text[] NOT NULL,
  filters jsonb NOT NULL,
  subject text NOT NULL,
  body text NOT NULL,
  recipients integer NOT NULL,
  once_key text UNIQUE,
  created_at timestamptz NOT NULL
);
CREATE UNIQUE INDEX animation_messages_one_a_day ON animation_messages (author, sent_on) WHERE author IS NOT NULL;
CREATE INDEX animation_messages_kind ON animation_messages (kind, created_at);

-- Who received a mailing: the facts the dashboard counts, kept when the account goes (the
-- ambassador's id without a foreign key, like requests.ambassador_ref). The mail itself is the
-- outbox row (purged after delivery); its delivery state is copied here by the trigger below.
CREATE TABLE animation_recipients (
  message_id uuid NOT NULL REFERENCES animation_messages (id) ON DELETE CASCADE,
  ambassador_ref uuid NOT NULL,
  department text NOT NULL, -- the ambassador's home département when the mail was queued
  outbox_id uuid REFERENCES outbox (id) ON DELETE SET NULL,
  provider_id text,
  sent_at timestamptz,
  abandoned_at timestamptz,
  -- Reported by the provider's webhook (email.bounced).
  bounced_at timestamptz,
  PRIMARY KEY (message_id, ambassador_ref)
);
CREATE INDEX animation_recipients_outbox ON animation_recipients (outbox_id);
CREATE INDEX animation_recipients_provider ON animation_recipients (provider_id) WHERE provider_id IS NOT NULL;
CREATE INDEX animation_recipients_ambassador ON animation_recipients (ambassador_ref);
CREATE INDEX animation_recipients_sent ON animation_recipients (sent_at);

-- The outbox stays ignorant of animation: its delivery state reaches the recipients' facts here.
CREATE FUNCTION outbox_animation_delivery() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE animation_recipients SET sent_at = NEW.sent_at, provider_id = NEW.provider_id, abandoned_at = NEW.abandoned_at
  WHERE outbox_id = NEW.id;
  RETURN NULL;
END $$;

CREATE TRIGGER outbox_animation_delivery AFTER UPDATE OF sent_at, abandoned_at ON outbox FOR EACH ROW
  WHEN (NEW.sent_at IS DISTINCT FROM OLD.sent_at OR NEW.abandoned_at IS DISTINCT FROM OLD.abandoned_at)
  EXECUTE FUNCTION outbox_animation_delivery();

-- Each refusal of animation mail (by the mail's link, one-click from the mail client, or the
-- space), and its undoing: the dashboard counts refusals in a period. Pseudonymous, kept when
-- the account goes.
CREATE TABLE animation_opt_outs (
  id bigserial PRIMARY KEY,
  ambassador_ref uuid NOT NULL,
  department text NOT NULL,
  via text NOT NULL CHECK (via IN ('one_click', 'link', 'space', 'complaint')),
  opted_out_at timestamptz NOT NULL,
  undone_at timestamptz
);
CREATE INDEX animation_opt_outs_at ON animation_opt_outs (opted_out_at);
CREATE INDEX animation_opt_outs_open ON animation_opt_outs (ambassador_ref) WHERE undone_at IS NULL;
