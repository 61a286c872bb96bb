-- Review of issue C: an address that had confirmed one request let anyone send requests in its
-- name for months without a click from its owner. Every request is now confirmed by its own
-- link, so the list of confirmed addresses has no use left, and personal data without a use is
-- not kept. (A signed-in requester space, later, will prove the address by its session.)
DROP TABLE confirmed_requesters;
