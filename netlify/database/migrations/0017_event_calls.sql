-- Issue 10, call for ambassadors: a referent invites ambassadors to an event of the agenda (the
-- events are content files, src/content/events/<id>.yaml; the database knows them by that id).
-- The first yes, up to the event's places, are confirmed; the next wait in the order of their
-- answers and move up when a confirmed ambassador withdraws.

-- One row per event with a call: answers and withdrawals lock it, so that the places are counted
-- and given by one transaction at a time (20 simultaneous yes for 5 places confirm exactly 5).
CREATE TABLE event_calls (
  event_id text PRIMARY KEY,
  opened_at timestamptz NOT NULL
);

-- The order answers were recorded in, under the call's lock: the waiting list's order (answered_at
-- may be equal for answers in the same millisecond).
CREATE SEQUENCE event_answer_order;

-- One invitation per ambassador and event. No personal data: the ambassador's row holds it, and the
-- invitation goes with the account (ON DELETE CASCADE).
CREATE TABLE event_invitations (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  event_id text NOT NULL REFERENCES event_calls (event_id),
  ambassador_id uuid NOT NULL REFERENCES ambassadors (id) ON DELETE CASCADE,
  -- The inviting referent's professional address, lower case.
  invited_by text NOT NULL,
  invited_at timestamptz NOT NULL,
  -- EVENT_INVITATION_STATUSES (src/lib/vocabularies.ts).
  status text NOT NULL DEFAULT 'invited' CHECK (status IN ('invited', 'confirmed', 'waiting', 'declined', 'withdrawn')),
  answered_at timestamptz,
  answer_order bigint,
  confirmed_at timestamptz,
  withdrawn_at timestamptz,
  -- The reminder two days before (or the confirmation itself when it came later): sent once.
  reminded_at timestamptz,
  UNIQUE (event_id, ambassador_id)
);
CREATE INDEX event_invitations_ambassador ON event_invitations (ambassador_id);
CREATE INDEX event_invitations_answered ON event_invitations (event_id, status, answer_order) WHERE status IN ('confirmed', 'waiting');
