-- Issue F, part 5: attestations of engagement. An ambassador prints one for a period; anyone
-- holding it checks it at /attestation/verifier/ with its code. The code itself is never kept:
-- its SHA-256 only, like the links' tokens. What the attestation states is kept, so that the
-- verification page can show it: the holder's name, the period and the totals.
--
-- Deleting the account revokes its attestations and erases the name (the only personal datum):
-- the code then reads « révoquée » and nothing else. The check below makes a deletion that
-- forgot to revoke fail (the foreign key would set ambassador_id to null on a valid attestation).
CREATE TABLE attestations (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  code_hash text NOT NULL UNIQUE,
  ambassador_id uuid REFERENCES ambassadors (id) ON DELETE SET NULL,
  holder_name text,
  -- "année scolaire 2025-2026", "du 1er mars 2026 au 30 juin 2026": as printed.
  period_label text NOT NULL,
  period_start timestamptz NOT NULL,
  period_end timestamptz NOT NULL, -- exclusive
  interventions integer NOT NULL CHECK (interventions > 0),
  minutes integer NOT NULL CHECK (minutes >= 0),
  young_people integer NOT NULL CHECK (young_people >= 0),
  issued_at timestamptz NOT NULL,
  revoked_at timestamptz,
  CHECK (period_start < period_end),
  CHECK ((revoked_at IS NULL) = (holder_name IS NOT NULL AND ambassador_id IS NOT NULL))
);

CREATE INDEX attestations_ambassador ON attestations (ambassador_id, issued_at) WHERE ambassador_id IS NOT NULL;
