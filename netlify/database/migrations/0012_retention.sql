-- Issue E: the retention job and the referents' weekly digest.

-- One row per digest sent, so that the Monday job sends each referent one digest a week even
-- when it runs twice. `week` is the Monday (Paris) the digest was sent on, e.g. '2026-11-30'.
-- Kept a few weeks only (the job removes older rows).
CREATE TABLE referent_digests (
  week date NOT NULL,
  referent text NOT NULL, -- lower case, the referent's professional address
  sent_at timestamptz NOT NULL,
  PRIMARY KEY (week, referent)
);

-- The retention job looks for mail never sent, oldest first.
CREATE INDEX outbox_unsent ON outbox (created_at) WHERE sent_at IS NULL;
-- And for requesters whose address may go (requests_requester serves the "no request left" check).
CREATE INDEX requesters_with_address ON requesters (last_seen_at) WHERE email IS NOT NULL;
