-- The final record of each finished job the gateway saw, per resource: what slurmctld last
-- showed for it (a v0.0.43 job_info, as JSON) once it had reached its final state. slurmctld
-- forgets a finished job MinJobAge seconds after it ends; the gateway then answers GET job/{id}
-- and keeps it in GET jobs from this record, for history.windowHours (src/core/history/).
-- account is lower-cased, as SLURM stores accounts.
CREATE TABLE job_history (
  resource  TEXT    NOT NULL,
  job_id    INTEGER NOT NULL,
  account   TEXT    NOT NULL,
  ended_at  INTEGER NOT NULL, -- the job's end_time, seconds since the epoch
  record    TEXT    NOT NULL,
  PRIMARY KEY (resource, job_id)
);
CREATE INDEX job_history_account ON job_history (resource, account, ended_at);
CREATE INDEX job_history_ended ON job_history (ended_at);
