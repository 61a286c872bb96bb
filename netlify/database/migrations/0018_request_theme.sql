-- Issue 11, transversal themes: a request may be about one theme (the codes of THEMES in
-- src/lib/vocabularies.ts), or none. A code, not free text: it survives anonymisation and the
-- requests export reads it.
ALTER TABLE requests
  ADD COLUMN theme text CHECK (theme IN ('job_gender_mix', 'gender_equality', 'disability_employment', 'business_creation'));
