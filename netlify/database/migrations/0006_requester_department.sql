-- Issue C: the suggestions sent at a decline or an escalation favour ambassadors who intervene
-- in the requester's département (the form asks where the intervention would take place).
-- Null for requests made before the question existed: suggestions then start near the ambassador.
ALTER TABLE requests ADD COLUMN requester_department text;
