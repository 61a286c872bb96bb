-- Issue 11, part 5: applications to the mini-stage offers of companies and structures.
--
-- An offer is content (src/content/offers/<id>.yaml, its `company` an ambassador of type
-- « Entreprise ou structure »); an application is private data. A pupil's school or family
-- applies for dates inside one of the offer's periods; the requester confirms their address by
-- link (or is signed in to « Mes demandes »), then the company's contact accepts or declines by
-- the link mailed to them. After the last day of the stage both sides are asked for their
-- feedback, kept here per side. The figures count these stages apart from the requests.
--
-- Places: the accepted (and done) applications of one period of one offer never exceed the
-- offer's places; the workflow counts them under a transaction lock on (offer, period).
--
-- Personal data (requester's name, address, organisation, the adult contact of a pupil under 16,
-- free texts) is removed by the retention job like a request's, and when the company's account
-- is deleted; the facts (dates, status, codes, département, scores) stay for the figures.

CREATE TABLE ministage_applications (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  offer_id text NOT NULL,
  company_id uuid REFERENCES ambassadors (id) ON DELETE SET NULL,
  -- The département of the offer's commune: the territory of the figures.
  department text NOT NULL,
  sector text NOT NULL,
  -- The offer's title when applied for (the offer file may change or go; not personal).
  offer_title text NOT NULL,
  status text NOT NULL CHECK (status IN ('awaiting_requester_confirmation', 'pending', 'accepted', 'declined', 'cancelled', 'expired', 'done')),
  -- The period of the offer the dates fall in (its first day): places are counted per period.
  period_start date NOT NULL,
  start_day date NOT NULL,
  end_day date NOT NULL CHECK (end_day >= start_day),
  level text NOT NULL,
  under_16 boolean NOT NULL,
  agreement_issuer text NOT NULL,
  requester_kind text NOT NULL CHECK (requester_kind IN ('school', 'family')),
  requester_name text,
  requester_email text,
  organisation_name text,
  -- The adult to reach during the stage, for a pupil under 16 (shown to the company once accepted).
  adult_name text,
  adult_phone text,
  message text,
  -- The company's optional word with its answer.
  answer_message text,
  created_at timestamptz NOT NULL,
  sent_at timestamptz,
  answered_at timestamptz,
  closed_at timestamptz,
  anonymised_at timestamptz,
  requester_satisfaction smallint CHECK (requester_satisfaction BETWEEN 1 AND 5),
  requester_comment text,
  requester_feedback_at timestamptz,
  company_satisfaction smallint CHECK (company_satisfaction BETWEEN 1 AND 5),
  company_comment text,
  company_feedback_at timestamptz
);
CREATE INDEX ministage_applications_places ON ministage_applications (offer_id, period_start) WHERE status IN ('accepted', 'done');
CREATE INDEX ministage_applications_open ON ministage_applications (status, start_day) WHERE status IN ('awaiting_requester_confirmation', 'pending', 'accepted');
CREATE INDEX ministage_applications_company ON ministage_applications (company_id);
CREATE INDEX ministage_applications_sent ON ministage_applications (sent_at) WHERE sent_at IS NOT NULL;
-- One open application per requester address and offer (the same form sent twice at once keeps one).
CREATE UNIQUE INDEX ministage_applications_one_open ON ministage_applications (offer_id, lower(requester_email))
  WHERE status IN ('awaiting_requester_confirmation', 'pending', 'accepted');
