-- Referents sign in by emailed link; a session is a random cookie, stored hashed.
CREATE TABLE referent_sessions (
  hash text PRIMARY KEY,
  email text NOT NULL,
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL
);
