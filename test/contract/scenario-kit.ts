// The contract suites' common frame: each suite file (contract.test.ts, and one file per area of
// the local backend) runs its scenarios through a real gateway with real curl against the embedded
// local backend (always) and a real SLURM 26.05 behind a `slurmrestd` resource (when
// scripts/real-slurm.sh can run here; skipped with its reason otherwise, a failure with
// S3M_REQUIRE_REAL_SLURM=1). Scenarios assert what the real slurmctld/slurmrestd shows, and record
// their bodies with keep(); compareLocalWithReal() then compares the local bodies with the real
// ones structurally (key sets and value types at every level) and by their enum-like values.
//
// The real slurmctld is shared with other test files: no job ids or queue contents are assumed,
// and every job a scenario submits is cancelled when its suite ends.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { after, before, describe, it, type TestContext } from 'node:test';
import { curl, waitFor, type CurlResult } from '../e2e/harness.ts';
import { compareShapes, compareValues } from './shape.ts';
import { localTarget, PROJECT, realTarget, RESOURCE, VERSIONS, type Target } from './targets.ts';

/** This process's run tag: job names and file names carry it. */
export const RUN = randomBytes(3).toString('hex');

export const UNSET = { set: false, infinite: false, number: 0 };
export const n = (number: number) => ({ set: true, infinite: false, number });
export const EXIT_SUCCESS = { status: ['SUCCESS'], return_code: n(0), signal: { id: UNSET, name: '' } };
export const exitError = (code: number) => ({ status: ['ERROR'], return_code: n(code), signal: { id: UNSET, name: '' } });
export const exitSignaled = (id: number, name: string) => ({ status: ['SIGNALED'], return_code: UNSET, signal: { id: n(id), name } });
/** States after which a job changes no more (COMPLETING is a flag in job_state while processes end). */
const UNSETTLED = new Set(['PENDING', 'RUNNING', 'CONFIGURING', 'COMPLETING', 'SUSPENDED', 'REQUEUED', 'RESIZING', 'SIGNALING', 'STAGE_OUT']);
export const settled = (j: any) => !(j.job_state as string[]).some((s) => UNSETTLED.has(s));
// One process (exec): with a bash waiting on its sleep, whether bash dies of the SIGTERM or exits
// 143 after its child depends on which of the two the signal reaches first, and on a busy machine
// the real slurmstepd shows both.
export const SLEEPER = '#!/bin/bash\necho ready\nexec sleep 300';

const targets = [localTarget(), realTarget()];
/**
 * How long a scenario waits for a job state by default. The real cluster is one 2-cpu node shared
 * by every suite running at the same time, and slurmctld schedules FIFO: a job may wait behind
 * other suites' jobs (a whole-node job until the node is idle, and the jobs behind it too), which
 * a loaded run showed taking over a minute. A deadline, not a duration: waits end as soon as the
 * state is there.
 */
const SHARED_NODE_WAIT_MS = 300_000;
/** Bodies seen per target, keyed by "<version> <scenario>", for the local-vs-real comparison. */
const seen: Record<Target['name'], Map<string, unknown>> = { local: new Map(), real: new Map() };

/** What a scenario works with: one target, one API version. */
export interface ScenarioKit {
  target: Target;
  version: string;
  url(path: string): string;
  get(path: string): Promise<CurlResult>;
  del(path: string): Promise<CurlResult>;
  /** Record a body for the local-vs-real comparison under `key`. */
  keep(key: string, body: unknown): void;
  /** Skips the test (saying why) while the gateway does not serve this version for the resource. */
  needVersion(t: TestContext): Promise<boolean>;
  /** POST job/submit with the suite's defaults under `job`; asserts 200 and returns the job id. */
  submit(job: Record<string, unknown>): Promise<number>;
  /** POST job/submit with the suite's defaults under `job`, whatever the answer. */
  submitRaw(job: Record<string, unknown>): Promise<CurlResult>;
  /** Marks a job id to cancel (and its output file to remove) when the suite ends. */
  track(id: number): void;
  /** GET job/{id}, asserting 200 and one job. */
  job(id: number | string): Promise<any>;
  until(id: number | string, what: string, ok: (j: any) => boolean, ms?: number): Promise<any>;
  untilSettled(id: number | string): Promise<any>;
  /** A running job whose script has started (it printed "ready"): signals now reach the script. */
  runningJob(script: string): Promise<number>;
  /** The suite's output file pattern for a job (`%j` expanded by SLURM), as the job sees it. */
  outPattern: string;
  /** That file of job `id` as this machine sees it. */
  outFile(id: number | string): string;
}

/** The job fields every submit carries unless a scenario overrides them. */
const jobDefaults = () => ({ name: `contract-${RUN}`, account: PROJECT, current_working_directory: '/tmp', environment: ['PATH=/usr/bin:/bin'], standard_output: '/dev/null' });

/** One describe per target and version, each running `scenarios` with its kit. */
export function contractSuite(area: string, scenarios: (k: ScenarioKit) => void): void {
  for (const target of targets) {
    describe(`contract ${area}: ${target.name} backend through the gateway${target.skip ? ` (skipped: ${target.skip})` : ''}`, { skip: target.skip }, () => {
      const started = new Set<number>();
      const outPattern = `/tmp/s3m-contract-${RUN}-%j.out`;
      const outFile = (id: number | string) => target.hostPath(outPattern.replace('%j', String(id)));
      before(async () => target.start());
      after(async () => {
        // Cancel whatever is still queued or running (the real cluster is shared).
        for (const id of started) {
          await curl(`${target.gw.url}/slurm/v0.0.43/${RESOURCE}/job/${id}`, { method: 'DELETE', headerFile: target.header }).catch(() => undefined);
          rmSync(outFile(id), { force: true });
        }
        await target.stop();
      });
      for (const version of VERSIONS) {
        describe(version, () => {
          const url = (path: string) => `${target.gw.url}/slurm/${version}/${RESOURCE}${path}`;
          const get = (path: string) => curl(url(path), { headerFile: target.header });
          let served: boolean | undefined;
          const submitRaw = (job: Record<string, unknown>) => curl(url('/job/submit'), { method: 'POST', headerFile: target.header, json: { job: { ...jobDefaults(), ...job } } });
          const kit: ScenarioKit = {
            target,
            version,
            url,
            get,
            del: (path) => curl(url(path), { method: 'DELETE', headerFile: target.header }),
            keep: (key, body) => seen[target.name].set(`${version} ${key}`, body),
            async needVersion(t) {
              served ??= (await get('/ping')).status !== 404;
              if (!served) t.skip(`the gateway does not serve ${version} for this resource yet`);
              return served;
            },
            submitRaw,
            track: (id) => void started.add(id),
            async submit(job) {
              const r = await submitRaw(job);
              assert.equal(r.status, 200, r.text);
              assert.equal(typeof r.body.job_id, 'number');
              assert.equal(r.body.step_id, 'batch');
              started.add(r.body.job_id);
              return r.body.job_id;
            },
            async job(id) {
              const r = await get(`/job/${id}`);
              assert.equal(r.status, 200, r.text);
              assert.equal(r.body.jobs.length, 1);
              return r.body.jobs[0];
            },
            until: (id, what, ok, ms = SHARED_NODE_WAIT_MS) =>
              waitFor(`job ${id} ${what}`, async () => {
                const j = await kit.job(id);
                return ok(j) ? j : undefined;
              }, ms, 250),
            untilSettled: (id) => kit.until(id, 'settled', settled),
            async runningJob(script) {
              const id = await kit.submit({ standard_output: outPattern, script });
              await kit.until(id, 'RUNNING', (j) => j.job_state[0] === 'RUNNING');
              const out = outFile(id);
              await waitFor(`job ${id} printed ready`, async () => (existsSync(out) && readFileSync(out, 'utf8').includes('ready') ? true : undefined), SHARED_NODE_WAIT_MS);
              return id;
            },
            outPattern,
            outFile,
          };
          scenarios(kit);
        });
      }
    });
  }
}

// ---- local vs real ----------------------------------------------------------------------

/** Flags slurmctld sets by timing (whether its backfill pass or a scheduling attempt saw the job yet). */
const TIMING_FLAGS = new Set(['BACKFILL_ATTEMPTED', 'SCHEDULING_ATTEMPTED']);
/**
 * A held job's DEPENDENT is timing too: slurmctld sets it on every new job (job_mgr.c, "bit_flags
 * |= JOB_DEPENDENT") and clears it the first time it tests the job's (empty) dependencies
 * (job_scheduler.c test_job_dependency), which for a held job depends on when a scheduling pass
 * comes round: a loaded run of the real cluster showed it gone. Jobs with real dependencies still
 * compare it.
 */
const HELD_TIMING_FLAGS = new Set([...TIMING_FLAGS, 'DEPENDENT']);

/** Leaves of job, cancel and error bodies that legitimately differ between the two clusters. */
const VARYING = [
  /^meta\.client\./, // who called, from where
  /^last_(backfill|update)\.number$/, // local has no backfill pass; update times
  /job_id(\.number)?$/, // ids
  /\.step_id$/,
  /_time\.number$/, // times (their set/infinite flags are compared)
  /^jobs\[\d+\]\.last_sched_evaluation\.number$/,
  /^jobs\[\d+\]\.(user_name|user_id|group_id|group_name|allocating_node)$/, // this machine's accounts (each target asserts its own user_name) and host
  /^jobs\[\d+\]\.(stdout|stderr|stdin)_expanded$/, // contain the job id
  /^jobs\[\d+\]\.standard_(output|error|input)$/, // v0.0.42 shows them expanded (with the job id)
  /\.cores\[\d+\]\.status$/, // which core the job got depends on what else runs on the node
  /^jobs\[\d+\]\.tres_(req|alloc)_str$/, // the node's memory (configured locally, real on the cluster)
  /^jobs\[\d+\]\.job_resources\.nodes\.allocation\[\d+\]\.memory\./,
];

/** Job ids inside strings (dependencies, array task strings, error texts) as N. */
const ids = (s: string) => s.replace(/\d+/g, 'N');

function comparable(body: any): any {
  const copy = structuredClone(body);
  for (const j of copy?.jobs ?? []) {
    const timing = j.state_reason === 'JobHeldUser' ? HELD_TIMING_FLAGS : TIMING_FLAGS;
    if (Array.isArray(j.flags)) j.flags = j.flags.filter((f: string) => !timing.has(f));
    // Its dependency names job ids (the string itself is asserted by each scenario).
    if (typeof j.dependency === 'string') j.dependency = ids(j.dependency);
  }
  for (const e of copy?.errors ?? []) if (typeof e.description === 'string') e.description = ids(e.description);
  return copy;
}

/** Values that must be equal in cluster-wide bodies (their counters and loads differ by nature). */
function clusterValues(body: any): unknown {
  if (Array.isArray(body?.partitions)) return body.partitions.map((p: any) => ({ name: p.name, state: p.partition.state, time: p.maximums.time, default_time: p.defaults.time, nodes: p.maximums.nodes }));
  if (Array.isArray(body?.reservations)) return body.reservations.filter((r: any) => r.name === 'gw-maint').map((r: any) => ({ name: r.name, flags: r.flags, users: r.users, node_count: r.node_count }));
  if (Array.isArray(body?.pings)) return body.pings.map((p: any) => ({ pinged: p.pinged, responding: p.responding, mode: p.mode, primary: p.primary }));
  // Not the node's state: the real node is shared with the other suites' jobs (IDLE, MIXED or
  // ALLOCATED by what they run at that moment); each scenario asserts its own target's.
  if (Array.isArray(body?.nodes)) return body.nodes.map((n: any) => ({ partitions: n.partitions, cpus: n.cpus, reservation: n.reservation }));
  if (body?.statistics) return Object.keys(body.statistics).sort();
  return undefined;
}

/**
 * Compares, per version, the bodies the suite's scenarios kept under `keys` (declared here, before
 * the scenarios have run, so the list is the plan, not what was seen). `extraVarying`: further
 * leaves of this area's bodies that legitimately differ, each with its reason in a comment.
 */
export function compareLocalWithReal(area: string, keys: string[], extraVarying: RegExp[] = []): void {
  const [local, real] = targets;
  const bothSkip = local.skip || real.skip;
  const varying = [...VARYING, ...extraVarying];
  describe(`contract ${area}: local backend vs real SLURM, same keys, value types and enum values${bothSkip ? ` (skipped: ${bothSkip})` : ''}`, { skip: bothSkip }, () => {
    // S3M_CONTRACT_DUMP=<dir>: write every recorded body there (<target>/<key>.json) to inspect a difference.
    before(() => {
      const dir = process.env.S3M_CONTRACT_DUMP;
      if (!dir) return;
      for (const [name, bodies] of Object.entries(seen)) {
        mkdirSync(join(dir, name), { recursive: true });
        for (const [k, body] of bodies) writeFileSync(join(dir, name, `${k.replace(/[^A-Za-z0-9.]+/g, '_')}.json`), JSON.stringify(body, null, 2));
      }
    });
    for (const version of VERSIONS) {
      for (const key of keys) {
        it(`${version} ${key}`, (t) => {
          const k = `${version} ${key}`;
          const [l, r] = [seen.local.get(k), seen.real.get(k)];
          if (l === undefined || r === undefined) return t.skip(`not recorded by ${l === undefined ? 'local' : ''}${l === undefined && r === undefined ? ' and ' : ''}${r === undefined ? 'real' : ''} (its scenario failed or was skipped)`);
          assert.deepEqual(compareShapes(l, r), [], `structure of "${k}" differs between local and real`);
          if (clusterValues(r) !== undefined) assert.deepEqual(clusterValues(l), clusterValues(r), `values of "${k}" differ between local and real`);
          else assert.deepEqual(compareValues(comparable(l), comparable(r), varying), [], `values of "${k}" differ between local and real`);
        });
      }
    }
  });
}
