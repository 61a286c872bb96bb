-- Issue E: an ambassador changes their e-mail address from « Gérer mon profil ». The new address
-- takes effect only once a link sent to it is opened, so it waits here meanwhile: one pending
-- change per ambassador (a new request replaces it, and the link of the one replaced stops
-- working: the token's subject is this row's id). Gone with the account, at confirmation, and
-- after its link's expiry (daily purge of expired access).
CREATE TABLE email_changes (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  application_id uuid NOT NULL UNIQUE REFERENCES applications (id) ON DELETE CASCADE,
  new_email text NOT NULL,
  requested_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL
);
