-- Audit log: every mutating call (submit, cancel, token create/revoke) and every denied call
-- (401, 403, 429), from REST, gRPC, the event streams and the admin CLI. Never a token secret.
CREATE TABLE audit_log (
  id          INTEGER PRIMARY KEY AUTOINCREMENT,
  at          INTEGER NOT NULL,              -- unix ms
  api         TEXT NOT NULL,                 -- rest, grpc, cli
  operation   TEXT NOT NULL,                 -- submit, cancel, token.create, token.revoke, jobs, job, events, ...
  outcome     TEXT NOT NULL,                 -- ok, refused, denied, rate-limited, failed
  status      INTEGER,                       -- HTTP status of the reply (gRPC: the status REST would answer)
  token_id    TEXT,                          -- the token's public id (for a 401: the id the presented token claims, if well-formed)
  user_name   TEXT,
  project     TEXT,
  resource    TEXT,
  job_id      TEXT,
  signal      TEXT,
  client      TEXT,                          -- client address host:port (cli: the OS user)
  request_id  TEXT,
  detail      TEXT                           -- why (the error description), or what (submitted job name)
);
CREATE INDEX audit_log_at ON audit_log (at);
CREATE INDEX audit_log_project ON audit_log (project, at);
CREATE INDEX audit_log_resource_job ON audit_log (resource, job_id);
