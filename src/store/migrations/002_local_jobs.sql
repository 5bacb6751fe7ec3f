-- The local backend's jobs. Each resource with a local backend has its own job id sequence, so
-- the key is (resource, job_id). The full record lives in `record` (JSON); the columns beside it
-- are the facts recovery and listing need without parsing JSON, and are kept in step with it.
CREATE TABLE local_jobs (
  resource    TEXT NOT NULL,
  job_id      INTEGER NOT NULL,
  state       TEXT NOT NULL,                 -- PENDING, RUNNING, COMPLETED, FAILED, CANCELLED, TIMEOUT, NODE_FAIL
  submit_time INTEGER NOT NULL,              -- unix seconds
  start_time  INTEGER NOT NULL DEFAULT 0,
  end_time    INTEGER NOT NULL DEFAULT 0,
  pid         INTEGER,                       -- leader of the job's process group (pgid = pid)
  pid_start   TEXT,                          -- /proc/<pid>/stat starttime, to recognise a recycled pid
  nodes       TEXT NOT NULL DEFAULT '',      -- allocated nodes, comma separated
  record      TEXT NOT NULL,                 -- JSON: the whole job record
  PRIMARY KEY (resource, job_id)
);
CREATE INDEX local_jobs_state ON local_jobs (resource, state);

-- Per-resource sequence and the counters `diag` reports; they survive restarts like the jobs do.
CREATE TABLE local_backend_state (
  resource             TEXT PRIMARY KEY,
  next_job_id          INTEGER NOT NULL DEFAULT 1,
  counters_since       INTEGER NOT NULL,     -- unix seconds when the counters started
  jobs_submitted       INTEGER NOT NULL DEFAULT 0,
  jobs_started         INTEGER NOT NULL DEFAULT 0,
  jobs_completed       INTEGER NOT NULL DEFAULT 0,
  jobs_canceled        INTEGER NOT NULL DEFAULT 0,
  jobs_failed          INTEGER NOT NULL DEFAULT 0,
  schedule_cycle_max   INTEGER NOT NULL DEFAULT 0,   -- microseconds
  schedule_cycle_last  INTEGER NOT NULL DEFAULT 0,
  schedule_cycle_sum   INTEGER NOT NULL DEFAULT 0,
  schedule_cycle_total INTEGER NOT NULL DEFAULT 0,   -- number of cycles
  schedule_cycle_depth INTEGER NOT NULL DEFAULT 0    -- jobs looked at, summed over cycles
);
