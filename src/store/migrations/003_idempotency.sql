-- Idempotency-Key records for job submits, scoped per token; kept 24 h.
CREATE TABLE idempotency_keys (
  token_id     TEXT NOT NULL,
  key          TEXT NOT NULL,
  request_hash TEXT NOT NULL,              -- SHA-256 of resource, version and the canonical JSON body
  state        TEXT NOT NULL CHECK (state IN ('in_flight', 'done')),
  status       INTEGER,                    -- HTTP status of the stored reply
  response     TEXT,                       -- the stored reply body (JSON)
  created_at   INTEGER NOT NULL,           -- unix ms
  PRIMARY KEY (token_id, key)
);
CREATE INDEX idempotency_keys_created ON idempotency_keys (created_at);
