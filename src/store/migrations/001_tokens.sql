-- Project access tokens. Only a SHA-256 hash of the secret is stored.
CREATE TABLE tokens (
  id          TEXT PRIMARY KEY,              -- public identifier (shown by `admin token list`)
  secret_hash TEXT NOT NULL UNIQUE,          -- hex SHA-256 of the secret part
  project     TEXT NOT NULL,
  user_name   TEXT NOT NULL,
  permissions TEXT NOT NULL,                 -- JSON array of permission names
  description TEXT NOT NULL DEFAULT '',
  created_at  INTEGER NOT NULL,              -- unix seconds
  expires_at  INTEGER,                       -- unix seconds, NULL = never
  revoked_at  INTEGER,                       -- unix seconds, NULL = live
  last_used_at INTEGER
);
CREATE INDEX tokens_project ON tokens (project);
