-- Issue F, part 4: one need sent to several ambassadors (« Je ne sais pas qui solliciter »).
--
-- A need is described once by a requester; once their address is confirmed it is sent to up to
-- five matching ambassadors as one ordinary request each (status sent, linked by need_id), so that
-- the thread, the agenda, the reminders, the capacity count and the figures keep working on them.
-- The first invitation accepted wins (the need row is locked first); the others become
-- `filled_elsewhere`. Nobody within the deadline: the need is escalated to the referents of its
-- département, as a single request is.

CREATE TABLE needs (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  status text NOT NULL CHECK (status IN ('awaiting_requester_confirmation', 'sent', 'filled', 'unfilled')),
  -- What was asked (vocabulary codes), kept for the figures: the intervention's département,
  -- the sector (null when only a job was typed).
  department text NOT NULL,
  sector text,
  intervention text NOT NULL,
  public text NOT NULL,
  modality text NOT NULL,
  -- Free text typed by the requester (a job, e.g. « électricienne »): matched against the profiles'
  -- job titles; removed when the need closes.
  job text,
  -- The whole form as typed, until the address is confirmed (personal data): null once sent. An
  -- unconfirmed need is deleted by the follow-up job after 7 days, like an unconfirmed request.
  form jsonb,
  invited integer NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL,
  sent_at timestamptz,
  escalated_at timestamptz,
  filled_at timestamptz,
  closed_at timestamptz
);
CREATE INDEX needs_open ON needs (status, sent_at) WHERE status IN ('awaiting_requester_confirmation', 'sent');
CREATE INDEX needs_sent ON needs (sent_at) WHERE sent_at IS NOT NULL;

ALTER TABLE requests
  DROP CONSTRAINT requests_status_check,
  ADD CONSTRAINT requests_status_check
    CHECK (status IN ('awaiting_requester_confirmation', 'sent', 'accepted', 'declined', 'expired', 'cancelled', 'done', 'filled_elsewhere')),
  ADD COLUMN need_id uuid REFERENCES needs (id),
  -- The order in which the ambassadors were matched (1 = first), for a need's invitations.
  ADD COLUMN need_rank smallint,
  -- The demand figures (6–12, 20) count a need once: only one of its invitations has this set
  -- (its accepted one once filled, else one still waiting, else the last closed). True for every
  -- single request.
  ADD COLUMN counts_in_flow boolean NOT NULL DEFAULT true;

CREATE INDEX requests_need ON requests (need_id) WHERE need_id IS NOT NULL;
-- The database's own guarantee that a need has one winner, whatever a workflow does.
CREATE UNIQUE INDEX requests_one_winner_per_need ON requests (need_id) WHERE need_id IS NOT NULL AND status IN ('accepted', 'done');
-- The invitation accepted (requests are never deleted once sent; set null if one ever is).
ALTER TABLE needs ADD COLUMN filled_by uuid REFERENCES requests (id) ON DELETE SET NULL;
