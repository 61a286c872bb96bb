-- Issue E, dashboard: the network's supply figures read the requests sent in the twelve months
-- before a date (an ambassador "solicited"); without this index that was a scan of every request.
CREATE INDEX requests_sent_at ON requests (sent_at);
