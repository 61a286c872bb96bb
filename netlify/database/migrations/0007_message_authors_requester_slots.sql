-- Review of issue C: a request reassigned by a referent keeps its thread, so each message says
-- which ambassador's conversation it belongs to: for an ambassador's message, the ambassador who
-- wrote it; for the requester's, the ambassador it was written to. The requester sees every
-- message under its writer's name; an ambassador sees only the messages of their own assignment
-- (what the requester wrote to a previous ambassador was not written to them).
-- Null for a referent's message, and once that ambassador's account is deleted.
ALTER TABLE messages ADD COLUMN ambassador_id uuid REFERENCES ambassadors (id) ON DELETE SET NULL;
-- Messages written before this migration: the ambassador assigned now (exact unless reassigned since).
UPDATE messages m SET ambassador_id = r.ambassador_id FROM requests r WHERE r.id = m.request_id AND m.author <> 'referent';

-- The requester's own slots, which a reassignment gives back to the new ambassador even when the
-- previous one had proposed others (`slots` then holds the proposal). Requests made before this
-- migration start from their current slots.
ALTER TABLE requests ADD COLUMN requester_slots jsonb;
UPDATE requests SET requester_slots = slots;
ALTER TABLE requests ALTER COLUMN requester_slots SET NOT NULL;
