-- Issue 11, zones of intervention: the commune where a request's intervention would take place,
-- when the requester gives it (INSEE code). Suggestions then put first the ambassadors whose zone
-- covers that commune, not only its département. Removed at anonymisation, like the UAI: with an
-- individual's age bracket and sex, a small commune could point to a person; the département stays.
ALTER TABLE requests ADD COLUMN requester_commune text CHECK (requester_commune ~ '^[0-9][0-9AB][0-9]{3}$');
