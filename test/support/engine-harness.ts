// The local engine on a bench: a fake clock, an in-memory store, a one-node cluster and a submit
// that goes through validateSubmit then engine.submit, as the face does. The engine's unit tests
// (engine, array, job-index, placement, rendered-jobs) all need this; it lives here once so that a
// change to the engine's constructor or to the submit path is made in one place, and each test
// file keeps only its own views and checks. No process is started and no timer set: what the
// runtime would report (launch, exit, time limit) the tests report by hand.
import assert from 'node:assert/strict';
import type { JobAccount } from '../../src/backends/local/accounts.ts';
import { buildCluster } from '../../src/backends/local/cluster.ts';
import { JobEngine, type Admission, type CancelRequest, type Decision, type EngineConfig, type JobSink } from '../../src/backends/local/engine.ts';
import type { CounterName } from '../../src/backends/local/job-store.ts';
import { renderJob, type JobRenderContext } from '../../src/backends/local/render-job.ts';
import type { JobRecord } from '../../src/backends/local/types.ts';
import { validateSubmit, type Refusal, type Validation } from '../../src/backends/local/validate.ts';
import { oneNodeConfig, type ConfigOverrides } from './one-node-config.ts';

export type { ConfigOverrides };

/** The fake clock's start, in seconds. */
export const T0 = 1_800_000_000;
/** Who submits unless a test names another user (same uid; only the name changes). */
export const ALICE: JobAccount = { name: 'alice', uid: 1000, gid: 1000, group: 'alice', home: '/home/alice' };
/** scancel without a signal, by alice: the full kill. */
export const FULL_KILL: CancelRequest = { signal: 9, signalGiven: false, batchOnly: false, by: 'alice' };

/** JobStore's part the engine uses, in memory: what it would hold on disk (a restart reads `rows`). */
export class MemoryStore implements JobSink {
  readonly rows = new Map<number, JobRecord>();
  readonly counters = new Map<CounterName, number>();
  private next = 1;
  insertNew(build: (jobId: number) => JobRecord): JobRecord {
    const job = build(this.next++);
    this.rows.set(job.jobId, structuredClone(job));
    return job;
  }
  save(job: JobRecord, counter?: CounterName): void {
    this.rows.set(job.jobId, structuredClone(job));
    if (counter) this.counters.set(counter, (this.counters.get(counter) ?? 0) + 1);
  }
}

export interface EngineHarnessOptions {
  config?: ConfigOverrides;
  /** Engine-only settings on top of the config (queue depth, full-queue interval ...). */
  engine?: Partial<EngineConfig>;
  /** Pass the store of an earlier harness to restart on what it holds. */
  store?: MemoryStore;
  /** The clock's start (seconds); T0 unless given. */
  at?: number;
}

/** A submit's outcome: refused by validateSubmit, or the engine's answer with validateSubmit's warnings. */
export type SubmitOutcome = Refusal | EngineRefusal | (Extract<Admission, { ok: true }> & { warnings: Extract<Validation, { ok: true }>['warnings'] });
type EngineRefusal = Extract<Admission, { ok: false }>;

export function engineHarness(opts: EngineHarnessOptions = {}) {
  // MinJobAge as slurm.conf's default, said here because the purge tests count on it.
  const config = oneNodeConfig({ minJobAge: 300, ...opts.config });
  const clock = { seconds: opts.at ?? T0, now: () => clock.seconds * 1000 };
  const store = opts.store ?? new MemoryStore();
  const cluster = buildCluster('res1', config, clock.seconds);
  // A restart: the engine starts from what the store holds.
  const engine = new JobEngine({ cluster, config: { ...config, ...opts.engine }, store, clock, jobs: [...store.rows.values()].map((j) => structuredClone(j)) });

  /** validateSubmit on `job` over a runnable default (script, cwd, PATH), submitted by `user` of proj-a. */
  const validate = (job: Record<string, unknown> = {}, user = ALICE.name): Validation => {
    const request = { job: { script: '#!/bin/sh\ntrue', current_working_directory: '/tmp', environment: ['PATH=/usr/bin:/bin'], ...job } } as never;
    return validateSubmit({ user, project: 'proj-a' }, request, cluster, engine.allocator, {
      account: { ...ALICE, name: user },
      nowSeconds: engine.now(),
      maxScriptBytes: config.maxScriptBytes,
      maxEnvironmentBytes: config.maxEnvironmentBytes,
      maxArraySize: config.maxArraySize,
      minuteSeconds: config.minuteSeconds,
    });
  };
  /** The submit as the face does it: validateSubmit's refusal, or the engine's answer (admitted or refused). */
  const trySubmit = (job: Record<string, unknown> = {}, user?: string): SubmitOutcome => {
    const v = validate(job, user);
    if (!v.ok) return v;
    const admitted = engine.submit(v.draft);
    return admitted.ok ? { ...admitted, warnings: v.warnings } : admitted;
  };
  /** A submit that must be admitted: the engine's answer (the job and the decisions it asks for). */
  const admit = (job: Record<string, unknown> = {}, user?: string) => {
    const r = trySubmit(job, user);
    assert.ok(r.ok, `admitted: ${JSON.stringify(r)}`);
    return r;
  };
  /** A submit that must be admitted: the job. */
  const submit = (job: Record<string, unknown> = {}, user?: string): JobRecord => admit(job, user).job;

  /** One scheduling cycle now: the decisions it made. */
  const cycle = (): Decision[] => engine.schedule()?.decisions ?? [];
  const renderContext: JobRenderContext = { cluster, uid: ALICE.uid, gid: ALICE.gid };
  const render = (job: JobRecord) => renderJob(job, renderContext);
  return { config, clock, store, cluster, engine, validate, trySubmit, admit, submit, cycle, renderContext, render };
}

/** The job ids a cycle's decisions launch. */
export const launchedIds = (decisions: Decision[]): number[] => decisions.flatMap((d) => (d.kind === 'launch' ? [d.job.jobId] : []));

/** A refusal, by validateSubmit or by the engine, as its error number and text. */
export function refusalOf(r: Refusal | EngineRefusal) {
  return 'errors' in r ? { errorNumber: r.errors[0].error_number, error: r.errors[0].error } : { errorNumber: r.errorNumber, error: r.error };
}
