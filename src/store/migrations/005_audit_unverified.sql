-- Audit entries of refused tokens no longer speak in the name of the token they claim to be.
-- token_id is now only ever a token whose secret was verified (a call it made, or a revoked or
-- expired token whose secret matched). claimed_token_id is the id an unverified token (unknown id,
-- or a wrong secret for a real id) carried in front of its secret: anyone can write it.
-- count: how many calls the row stands for; 1, except the rows that sum up a flood of refused
-- calls from one client address (operation "aggregate", see src/ops/audit-flood.ts).
ALTER TABLE audit_log ADD COLUMN claimed_token_id TEXT;
ALTER TABLE audit_log ADD COLUMN count INTEGER NOT NULL DEFAULT 1;
-- Earlier 401 rows named the claimed id as token_id. Only a revoked or expired token had proven
-- its secret (the gateway's own description says which); every other 401's id was only claimed.
UPDATE audit_log
   SET claimed_token_id = token_id, token_id = NULL
 WHERE status = 401 AND api <> 'cli' AND token_id IS NOT NULL
   AND (detail IS NULL OR (detail NOT LIKE 'Access token % has been revoked' AND detail NOT LIKE 'Access token % expired at %'));
CREATE INDEX audit_log_token ON audit_log (token_id, at);
