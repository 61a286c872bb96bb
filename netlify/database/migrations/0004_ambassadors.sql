-- W1 after approval, F4: the published ambassador. The person's private record stays the
-- application row (identity, contact, consent); this row says where the public profile file
-- is and what the workflows need to know without reading it (paused or not).
CREATE TABLE ambassadors (
  id uuid PRIMARY KEY REFERENCES applications (id) ON DELETE CASCADE,
  department text NOT NULL,
  slug text NOT NULL,
  paused boolean NOT NULL DEFAULT false,
  published_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  UNIQUE (department, slug)
);

-- What the referent checked before deciding: dates only, never a document.
ALTER TABLE applications
  ADD COLUMN charter_checked_on date,
  ADD COLUMN criminal_record_checked_on date,
  ADD COLUMN decided_by text;

-- Sessions opened by an emailed link, for referents and for ambassadors alike.
ALTER TABLE referent_sessions RENAME TO sessions;
ALTER TABLE sessions RENAME COLUMN email TO subject;
ALTER TABLE sessions ADD COLUMN kind text NOT NULL DEFAULT 'referent';
ALTER TABLE sessions ALTER COLUMN kind DROP DEFAULT;
CREATE INDEX sessions_subject ON sessions (kind, subject);
