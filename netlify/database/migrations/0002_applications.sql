-- W1: applications to become an ambassador, with the consent they gave.
CREATE TABLE applications (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  status text NOT NULL CHECK (status IN ('submitted', 'confirmed', 'approved', 'rejected')),
  email text NOT NULL,
  first_name text NOT NULL,
  last_name text NOT NULL,
  phone text,
  -- The public profile as proposed (validated by the shared application schema).
  profile jsonb NOT NULL,
  monthly_capacity integer NOT NULL,
  meets_minors boolean NOT NULL,
  created_at timestamptz NOT NULL,
  confirmed_at timestamptz,
  decided_at timestamptz,
  rejection_reason text
);
-- One application in progress per address (the same answer is given either way).
CREATE UNIQUE INDEX applications_one_open_per_email ON applications (lower(email)) WHERE status IN ('submitted', 'confirmed');

CREATE TABLE consents (
  id bigserial PRIMARY KEY,
  application_id uuid NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
  document text NOT NULL,
  version text NOT NULL,
  given_at timestamptz NOT NULL
);

-- Fixed-window counters; buckets hold hashes, never an address.
CREATE TABLE rate_limits (
  bucket text NOT NULL,
  window_start timestamptz NOT NULL,
  hits integer NOT NULL,
  PRIMARY KEY (bucket, window_start)
);
