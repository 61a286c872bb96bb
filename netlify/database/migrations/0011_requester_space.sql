-- Issue E, « Mes demandes » and the request form's new fields. An individual requester's
-- situation is a code of SITUATIONS (src/lib/vocabularies.ts), like the sex and age bracket
-- beside it (migration 0009): the evaluation table counts by it, so no other value may enter.
-- (The level stays free of a constraint: requests made before it became a list hold free text,
-- which stays readable until anonymisation removes it.)
ALTER TABLE requests ADD CONSTRAINT requests_requester_situation_check
  CHECK (requester_situation IN ('pupil', 'apprentice', 'higher_education_student', 'job_seeker', 'employed', 'other'));
