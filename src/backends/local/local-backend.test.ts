// End-to-end tests of the local backend: real processes, a real SQLite file, real signals.
// Every test has its own database and spool, so they run concurrently.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { signalNumber } from '../../contract/signals.ts';
import { ctx, getJob, JOB_ACCOUNT, JOB_USER, makeConfig, makeEnv, pidAlive, reference, restartConfig, submit, waitFor, waitState, withoutMeta } from '../../../test/support/local-cluster.ts';

const keysOf = (o: unknown) => Object.keys(o as object);
const refJob = (file: string) => (reference(file).jobs as Array<Record<string, unknown>>)[0];

describe('local backend', { concurrency: 6 }, () => {
  test('a job runs to COMPLETED with its environment, output file and a SLURM-shaped record', async () => {
    const env = await makeEnv();
    try {
      const r = await env.backend.submit(ctx, {
        job: {
          name: 'hello',
          account: 'proj-a',
          tasks: 1,
          current_working_directory: env.dir,
          environment: ['FOO=bar baz', 'PATH=/usr/bin:/bin'],
          script: '#!/bin/bash\necho "id=$SLURM_JOB_ID jobid=$SLURM_JOBID name=$SLURM_JOB_NAME acct=$SLURM_JOB_ACCOUNT part=$SLURM_JOB_PARTITION"\necho "nodes=$SLURM_JOB_NODELIST n=$SLURM_JOB_NUM_NODES ntasks=$SLURM_NTASKS cpus=$SLURM_CPUS_ON_NODE cluster=$SLURM_CLUSTER_NAME user=$SLURM_JOB_USER submit=$SLURM_SUBMIT_DIR"\necho "foo=$FOO home=${HOME:-unset}"\necho to-stderr >&2',
        },
      });
      assert.equal(r.status, 200);
      assert.deepEqual(withoutMeta(r.body), { job_id: 1, step_id: 'batch', job_submit_user_msg: '', errors: [], warnings: [] });
      assert.equal(r.body.meta?.slurm?.cluster, 'testcl');

      const job = await waitState(env.backend, 1, 'COMPLETED');
      const out = readFileSync(join(env.dir, 'slurm-1.out'), 'utf8');
      assert.match(out, /id=1 jobid=1 name=hello acct=proj-a part=batch/);
      // SLURM_SUBMIT_DIR is sbatch's: real SLURM does not set it for a REST submission (test/contract/launch.test.ts).
      assert.match(out, new RegExp(`nodes=n1 n=1 ntasks=1 cpus=1 cluster=testcl user=${JOB_USER} submit=\n`));
      // Exactly the job's environment: nothing of the gateway's own (HOME) leaks in.
      assert.match(out, /foo=bar baz home=unset/);
      assert.match(out, /to-stderr/, 'stderr goes to the stdout file by default');

      const ref = refJob('GET_job_completed.json');
      assert.deepEqual(keysOf(job), keysOf(ref), 'same 133 keys in the same order as real slurmrestd');
      assert.equal(keysOf(job).length, 133);
      assert.deepEqual(job.exit_code, ref.exit_code);
      assert.deepEqual(job.derived_exit_code, ref.derived_exit_code);
      assert.equal(job.state_reason, 'None');
      // The job ran as the account its token user maps to (nobody, for these tests as root).
      assert.equal(job.user_name, JOB_USER);
      assert.equal(job.user_id, JOB_ACCOUNT.uid);
      assert.equal(job.group_id, JOB_ACCOUNT.gid);
      assert.equal(job.group_name, JOB_ACCOUNT.group);
      assert.equal(job.account, 'proj-a');
      assert.equal(job.partition, 'batch');
      assert.equal(job.nodes, 'n1');
      assert.equal(job.batch_host, 'n1');
      // No partition named: Slurm 26.05 adds USING_DEFAULT_PARTITION and PARTITION_ASSIGNED (test/contract checks it against the real one).
      assert.deepEqual(job.flags, ['SKIP_TRES_STRING_ACCOUNTING', 'EXACT_TASK_COUNT_REQUESTED', 'USING_DEFAULT_PARTITION', 'USING_DEFAULT_QOS', 'USING_DEFAULT_WCKEY', 'PARTITION_ASSIGNED']);
      assert.equal(job.standard_output, 'slurm-%j.out');
      assert.equal(job.stdout_expanded, join(env.dir, 'slurm-1.out'));
      assert.equal(job.standard_error, '');
      assert.equal(job.stderr_expanded, '');
      assert.deepEqual(job.time_limit, { set: true, infinite: false, number: 10 }, 'partition DefaultTime');
      assert.equal(job.tres_alloc_str, 'cpu=1,node=1,billing=1');
      assert.equal(job.tres_req_str, 'cpu=1,mem=2G,node=1,billing=1');
      assert.equal(job.job_resources?.nodes?.allocation?.[0]?.name, 'n1');
      assert.equal(job.job_resources?.cpus, 1);
      const t = (k: 'submit_time' | 'start_time' | 'end_time' | 'eligible_time') => (job[k] as { number: number }).number;
      assert.ok(t('submit_time') > 0 && t('start_time') >= t('submit_time') && t('end_time') >= t('start_time'));
      assert.equal(t('eligible_time'), t('submit_time'));
    } finally {
      await env.cleanup();
    }
  });

  test('exit 3 → FAILED, NonZeroExitCode, exit_code ERROR/3 like GET_job_failed.json', async () => {
    const env = await makeEnv();
    try {
      const id = await submit(env.backend, { name: 'quick-fail', partition: 'batch', tasks: 1, script: '#!/bin/bash\nexit 3', current_working_directory: env.dir });
      const job = await waitState(env.backend, id, 'FAILED');
      const ref = refJob('GET_job_failed.json');
      assert.equal(job.state_reason, 'NonZeroExitCode');
      assert.deepEqual(job.exit_code, ref.exit_code);
      assert.deepEqual(job.flags, ref.flags);
    } finally {
      await env.cleanup();
    }
  });

  test('each job is told as it settles, as GET job/{id} then shows it, even when minJobAge purges it at once', async () => {
    const env = await makeEnv({ ...makeConfig(), minJobAge: 0 });
    try {
      const settled: { job_id?: number; job_state?: string[]; exit_code?: unknown }[] = [];
      env.backend.onJobSettled!((job) => settled.push(job));
      const ok = await submit(env.backend, { name: 'told-ok', partition: 'batch', tasks: 1, script: '#!/bin/bash\ntrue', current_working_directory: env.dir });
      const bad = await submit(env.backend, { name: 'told-fail', partition: 'batch', tasks: 1, script: '#!/bin/bash\nexit 3', current_working_directory: env.dir });
      await waitFor('both jobs told', async () => (settled.length >= 2 ? true : undefined));
      assert.deepEqual(settled.map((j) => [j.job_id, j.job_state]).sort(), [[ok, ['COMPLETED']], [bad, ['FAILED']]]);
      assert.deepEqual((settled.find((j) => j.job_id === bad)?.exit_code as { return_code?: { number?: number } }).return_code?.number, 3);
    } finally {
      await env.cleanup();
    }
  });

  test('hold: PENDING JobHeldUser, priority 0, never started; cancelling it', async () => {
    const env = await makeEnv();
    try {
      const id = await submit(env.backend, { name: 'held-job', partition: 'batch', hold: true, tasks: 1, script: '#!/bin/bash\ntrue', current_working_directory: env.dir });
      // Scheduling cycles that started after the submit have looked at it (diag counts every cycle).
      const cycles = (await env.backend.diag(ctx)).body.statistics!.schedule_cycle_total ?? 0;
      await waitFor('two scheduling cycles', async () => ((await env.backend.diag(ctx)).body.statistics!.schedule_cycle_total ?? 0) >= cycles + 2);
      const job = await getJob(env.backend, id);
      const ref = refJob('GET_job_pending_held.json');
      assert.deepEqual(job.job_state, ['PENDING']);
      assert.equal(job.state_reason, 'JobHeldUser');
      assert.equal(job.hold, true);
      assert.deepEqual(job.priority, ref.priority);
      assert.equal(job.job_resources, null);
      assert.deepEqual(job.flags, ref.flags);
      for (const k of ['eligible_time', 'accrue_time', 'start_time', 'end_time'] as const) assert.deepEqual(job[k], ref[k], k);
      assert.equal(job.nodes, '');
      assert.equal(job.tres_alloc_str, '');

      const del = await env.backend.cancel(ctx, String(id), { signal: 9, signalGiven: false });
      assert.equal(del.status, 200);
      assert.deepEqual(withoutMeta(del.body), withoutMeta(reference('DELETE_job_pending.json')));
      const after = await getJob(env.backend, id);
      assert.deepEqual(after.job_state, ['CANCELLED']);
      assert.equal(after.state_reason, 'JobHeldUser');
      assert.ok((after.end_time as { number: number }).number > 0);
      assert.equal(after.job_resources, null);
      assert.ok(!existsSync(join(env.dir, `slurm-${id}.out`)), 'a cancelled pending job never ran');
    } finally {
      await env.cleanup();
    }
  });

  test('cancel of a running job without a signal: TERM to the group → CANCELLED SIGNALED/TERM; again → 2021', async () => {
    const env = await makeEnv();
    try {
      const id = await submit(env.backend, { name: 'cancel-default', script: `#!/bin/bash\necho $$ > pid\nsleep 3600 &\nsleep 3600`, current_working_directory: env.dir });
      await waitState(env.backend, id, 'RUNNING');
      const pid = Number(await waitFor('pid file', () => existsSync(join(env.dir, 'pid')) && readFileSync(join(env.dir, 'pid'), 'utf8').trim()));
      const del = await env.backend.cancel(ctx, String(id), { signal: 9, signalGiven: false });
      assert.deepEqual(withoutMeta(del.body), withoutMeta(reference('DELETE_job_running_no_signal.json')));
      const job = await waitState(env.backend, id, 'CANCELLED');
      const ref = refJob('GET_job_after_cancel_no_signal.json');
      assert.deepEqual(job.exit_code, ref.exit_code);
      assert.equal(job.state_reason, 'None');
      assert.deepEqual(job.flags, ['SKIP_TRES_STRING_ACCOUNTING', 'USING_DEFAULT_ACCOUNT', 'USING_DEFAULT_PARTITION', 'USING_DEFAULT_QOS', 'USING_DEFAULT_WCKEY', 'PARTITION_ASSIGNED']);
      await waitFor('process group gone', () => !pidAlive(-pid));

      const again = await env.backend.cancel(ctx, String(id), { signal: 9, signalGiven: false });
      assert.equal(again.status, 200);
      const refAgain = withoutMeta(reference('DELETE_job_already_completed.json')) as { status: Array<Record<string, unknown>> };
      refAgain.status[0].step_id = String(id);
      refAgain.status[0].job_id = { set: true, infinite: false, number: id };
      assert.deepEqual(withoutMeta(again.body), refAgain);
    } finally {
      await env.cleanup();
    }
  });

  test('cancel with ?signal=SIGKILL is the full kill too (exit_code TERM, like GET_job_after_cancel.json)', async () => {
    const env = await makeEnv();
    try {
      const id = await submit(env.backend, { name: 'k', script: '#!/bin/bash\ntouch started\nsleep 3600', current_working_directory: env.dir });
      await waitFor('script started', () => existsSync(join(env.dir, 'started')));
      await env.backend.cancel(ctx, String(id), { signal: 9, signalGiven: true });
      const job = await waitState(env.backend, id, 'CANCELLED');
      assert.deepEqual(job.exit_code, refJob('GET_job_after_cancel.json').exit_code);
    } finally {
      await env.cleanup();
    }
  });

  test('cancel with SIGINT delivers exactly SIGINT: a script trapping it writes a marker and completes', async () => {
    const env = await makeEnv();
    try {
      const id = await submit(env.backend, {
        name: 'trap',
        script: `#!/bin/bash\ntrap 'echo got-int > marker; exit 0' INT\ntrap 'echo got-term > marker; exit 7' TERM\ntouch started\nsleep 3600 &\nwait`,
        current_working_directory: env.dir,
      });
      await waitFor('script started', () => existsSync(join(env.dir, 'started')));
      const del = await env.backend.cancel(ctx, String(id), { signal: signalNumber('SIGINT')!, signalGiven: true });
      assert.deepEqual(withoutMeta(del.body), withoutMeta(reference('DELETE_job.json')));
      const job = await waitState(env.backend, id, 'COMPLETED');
      assert.equal(readFileSync(join(env.dir, 'marker'), 'utf8').trim(), 'got-int');
      assert.deepEqual(job.exit_code?.status, ['SUCCESS']);
    } finally {
      await env.cleanup();
    }
  });

  test('cancel with SIGUSR1 to a script that does not trap it: FAILED RaisedSignal with USR1 (as slurmctld records it)', async () => {
    const env = await makeEnv();
    try {
      const id = await submit(env.backend, { name: 'usr1', script: '#!/bin/bash\ntouch started\nsleep 3600 &\nwait', current_working_directory: env.dir });
      await waitFor('script started', () => existsSync(join(env.dir, 'started')));
      await env.backend.cancel(ctx, String(id), { signal: signalNumber('SIGUSR1')!, signalGiven: true });
      const job = await waitState(env.backend, id, 'FAILED');
      assert.equal(job.state_reason, 'RaisedSignal');
      assert.equal(job.state_description, 'RaisedSignal:10(User defined signal 1)');
      assert.deepEqual(job.exit_code?.status, ['SIGNALED']);
      assert.deepEqual(job.exit_code?.signal, { id: { set: true, infinite: false, number: signalNumber('SIGUSR1')! }, name: 'USR1' });
    } finally {
      await env.cleanup();
    }
  });

  test('a signal other than SIGKILL to a pending job: 200 with status error 2020, the job stays pending', async () => {
    const env = await makeEnv();
    try {
      const id = await submit(env.backend, { name: 'held', hold: true, script: '#!/bin/bash\ntrue', current_working_directory: env.dir });
      const del = await env.backend.cancel(ctx, String(id), { signal: signalNumber('SIGINT')!, signalGiven: true });
      assert.equal(del.status, 200);
      assert.deepEqual(withoutMeta(del.body), {
        status: [{ error: { string: 'Job can not be altered now, try again later', code: 2020, message: 'Job can not be altered now, try again later' }, step_id: String(id), job_id: { set: true, infinite: false, number: id }, federation: { sibling: '' } }],
        errors: [],
        warnings: [],
      });
      assert.deepEqual((await getJob(env.backend, id)).job_state, ['PENDING']);
      await env.backend.cancel(ctx, String(id), { signal: 9, signalGiven: true });
      assert.deepEqual((await getJob(env.backend, id)).job_state, ['CANCELLED']);
    } finally {
      await env.cleanup();
    }
  });

  test('job ids slurmrestd refuses by themselves: 0 and NO_VAL-2.. → 422/9000; MAX_JOB_ID.. → 404 "Invalid JobID=N rejected" (GET and DELETE)', async () => {
    const env = await makeEnv();
    try {
      for (const id of ['0', '4294967293', '4294967296']) {
        for (const r of [await env.backend.job(ctx, id), await env.backend.cancel(ctx, id, { signal: 9, signalGiven: false })]) {
          assert.equal(r.status, 422, id);
          assert.equal(r.body.errors?.[0].error_number, 9000);
        }
      }
      for (const id of ['67108863', '3000000000']) {
        for (const r of [await env.backend.job(ctx, id), await env.backend.cancel(ctx, id, { signal: 9, signalGiven: false })]) {
          assert.equal(r.status, 404, id);
          assert.deepEqual(withoutMeta(r.body), { errors: [{ description: `Invalid JobID=${id} rejected`, error_number: 2017, error: 'Invalid job id specified', source: 'op_handler_job' }], warnings: [] });
        }
      }
      assert.equal((await env.backend.job(ctx, '67108862')).body.errors?.[0].description, 'Unable to query JobId=67108862');
    } finally {
      await env.cleanup();
    }
  });

  test('time_limit above the partition MaxTime: accepted, PENDING PartitionTimeLimit', async () => {
    const env = await makeEnv();
    try {
      const r = await env.backend.submit(ctx, { job: { environment: ['PATH=/usr/bin:/bin'], name: 'too-long', time_limit: { number: 600, set: true }, script: '#!/bin/bash\ntrue', current_working_directory: env.dir } });
      assert.equal(r.status, 200);
      assert.deepEqual(withoutMeta(r.body), { ...withoutMeta(reference('error_time_limit_over_partition_max.json')), job_id: 1 });
      const job = await waitFor('PartitionTimeLimit', async () => {
        const j = await getJob(env.backend, 1);
        return j.state_reason === 'PartitionTimeLimit' ? j : undefined;
      });
      assert.deepEqual(job.job_state, ['PENDING']);
      assert.equal(job.job_resources, null);
      assert.deepEqual(job.time_limit, { set: true, infinite: false, number: 600 });
    } finally {
      await env.cleanup();
    }
  });

  test('time limit: SIGTERM, then SIGKILL after KillWait for a job ignoring TERM → TIMEOUT', async () => {
    const env = await makeEnv(makeConfig({ minuteSeconds: 0.3, killWait: 0.5, nodes: [{ name: 'n1', cpus: 4, memory: 2048 }] }));
    try {
      const plain = await submit(env.backend, { name: 'plain', time_limit: 1, script: '#!/bin/bash\nsleep 30', current_working_directory: env.dir });
      const stubborn = await submit(env.backend, { name: 'stubborn', time_limit: 1, script: "#!/bin/bash\ntrap '' TERM\nsleep 30", current_working_directory: env.dir });
      const a = await waitState(env.backend, plain, 'TIMEOUT');
      assert.equal(a.state_reason, 'TimeLimit');
      assert.deepEqual(a.exit_code?.status, ['SIGNALED']);
      assert.equal(a.exit_code?.signal?.name, 'TERM');
      const b = await waitState(env.backend, stubborn, 'TIMEOUT');
      assert.equal(b.exit_code?.signal?.name, 'KILL');
      assert.equal(b.exit_code?.signal?.id?.number, 9);
      // Ended by its time limit (0.3 s), not by its own 30-second sleep: end_time is when the limit
      // was noticed, which a busy machine can delay by a few seconds but not by half a minute.
      const ran = (b.end_time as { number: number }).number - (b.start_time as { number: number }).number;
      assert.ok(ran < 30, `ended by its time limit (ran ${ran}s)`);
    } finally {
      await env.cleanup();
    }
  });

  test('queueing on a one-cpu partition: Resources for the first waiting job, Priority behind it', async () => {
    const env = await makeEnv(
      makeConfig({
        nodes: [{ name: 'n1', cpus: 2, memory: 2048 }, { name: 'n2', cpus: 1, memory: 1024 }],
        partitions: [
          { name: 'batch', nodes: ['n1', 'n2'], default: true, maxTime: 60 },
          { name: 'one', nodes: ['n2'], maxTime: 60 },
        ],
      }),
    );
    try {
      const job = (name: string, script: string) => submit(env.backend, { name, partition: 'one', script, current_working_directory: env.dir });
      const a = await job('a', '#!/bin/bash\nsleep 3600'); // until the test cancels it
      await waitState(env.backend, a, 'RUNNING');
      const b = await job('b', '#!/bin/bash\necho b');
      const c = await job('c', '#!/bin/bash\necho c');
      await waitFor('reasons', async () => (await getJob(env.backend, b)).state_reason === 'Resources' && (await getJob(env.backend, c)).state_reason === 'Priority');

      const nodes = (await env.backend.nodes(ctx)).body.nodes ?? [];
      const n2 = nodes.find((n) => n.name === 'n2')!;
      assert.deepEqual(n2.state, ['ALLOCATED']);
      assert.equal(n2.alloc_cpus, 1);
      assert.deepEqual(nodes.find((n) => n.name === 'n1')!.state, ['IDLE']);
      assert.deepEqual(n2.partitions, ['batch', 'one']);
      // The other partition still has room.
      const d = await submit(env.backend, { name: 'd', partition: 'batch', tasks: 1, script: '#!/bin/bash\ntrue', current_working_directory: env.dir });
      await waitState(env.backend, d, 'COMPLETED');

      await env.backend.cancel(ctx, String(a), { signal: 9, signalGiven: false });
      await waitState(env.backend, b, 'COMPLETED');
      await waitState(env.backend, c, 'COMPLETED');
      const stats = (await env.backend.diag(ctx)).body.statistics!;
      assert.equal(stats.jobs_submitted, 4);
      assert.equal(stats.jobs_started, 4);
      assert.equal(stats.jobs_completed, 3);
      assert.equal(stats.jobs_canceled, 1);
      assert.equal(stats.jobs_pending, 0);
      assert.equal(stats.jobs_running, 0);
      assert.ok((stats.schedule_cycle_total ?? 0) > 0);
    } finally {
      await env.cleanup();
    }
  });

  test('output file patterns %j %x %u %A %a %N %% and relative stderr', async () => {
    const env = await makeEnv();
    try {
      mkdirSync(join(env.dir, 'logs'), { mode: 0o777 });
      chmodSync(join(env.dir, 'logs'), 0o777); // the job's account writes here
      const id = await submit(env.backend, {
        name: 'pat',
        standard_output: 'logs/o-%x-%j-%u-%A-%a-%N-%%.txt',
        standard_error: join(env.dir, 'logs', 'e-%5j.err'),
        script: '#!/bin/bash\necho out\necho err >&2',
        current_working_directory: env.dir,
      });
      const job = await waitState(env.backend, id, 'COMPLETED');
      const out = join(env.dir, 'logs', `o-pat-${id}-${JOB_USER}-${id}-4294967294-n1-%.txt`);
      const err = join(env.dir, 'logs', `e-0000${id}.err`);
      assert.equal(job.stdout_expanded, out);
      assert.equal(job.stderr_expanded, err);
      assert.equal(readFileSync(out, 'utf8'), 'out\n');
      assert.equal(readFileSync(err, 'utf8'), 'err\n');
    } finally {
      await env.cleanup();
    }
  });

  test('a bad interpreter or none: FAILED NonZeroExitCode with execve\'s errno (2, 8) and slurmstepd\'s line in the output, as Slurm 26.05', async () => {
    const env = await makeEnv();
    try {
      const id = await submit(env.backend, { name: 'bad', script: '#!/no/such/interpreter\necho hi', current_working_directory: env.dir });
      const job = await waitState(env.backend, id, 'FAILED');
      assert.equal(job.state_reason, 'NonZeroExitCode');
      assert.equal(job.state_description, '');
      assert.deepEqual(job.exit_code?.status, ['ERROR']);
      assert.equal(job.exit_code?.return_code?.number, 2);
      assert.match(readFileSync(join(env.dir, `slurm-${id}.out`), 'utf8'), /^\[\d{4}-\d\d-\d\dT[\d:.]+\] error: execve\(\): bad interpreter\(\/no\/such\/interpreter\): No such file or directory\n$/);
      // No "#!" at all (slurmrestd accepts it): execve() says ENOEXEC, the job's exit code is 8.
      const noShebang = await submit(env.backend, { name: 'no-shebang', script: 'echo hi', current_working_directory: env.dir });
      const failed = await waitState(env.backend, noShebang, 'FAILED');
      assert.equal(failed.exit_code?.return_code?.number, 8);
      assert.match(readFileSync(join(env.dir, `slurm-${noShebang}.out`), 'utf8'), /^\[\d{4}-\d\d-\d\dT[\d:.]+\] error: execve\(\): \S+\/slurm_script: Exec format error\n$/);
      const next = await submit(env.backend, { name: 'ok', script: '#!/bin/sh\ntrue', current_working_directory: env.dir });
      await waitState(env.backend, next, 'COMPLETED');
    } finally {
      await env.cleanup();
    }
  });

  test('a working directory the job cannot enter: with a relative output file it fails RaisedSignal:53; with an absolute one it runs in /tmp, saying so twice', async () => {
    const env = await makeEnv();
    try {
      const missing = join(env.dir, 'missing');
      writeFileSync(missing, 'a file, not a directory');
      const relative = await submit(env.backend, { name: 'rel', script: '#!/bin/sh\necho ran', current_working_directory: missing });
      const failed = await waitState(env.backend, relative, 'FAILED');
      assert.equal(failed.state_reason, 'RaisedSignal');
      assert.equal(failed.state_description, 'RaisedSignal:53(Real-time signal 19)');
      assert.deepEqual(failed.exit_code?.status, ['SIGNALED']);
      assert.equal(failed.exit_code?.signal?.id?.number, 53);
      const out = join(env.dir, 'abs-%j.out');
      const absolute = await submit(env.backend, { name: 'abs', script: '#!/bin/sh\necho "pwd=$(pwd)"', current_working_directory: missing, standard_output: out });
      await waitState(env.backend, absolute, 'COMPLETED');
      const lines = readFileSync(join(env.dir, `abs-${absolute}.out`), 'utf8').split('\n');
      const chdir = new RegExp(`^\\[[\\d:T.-]+\\] error: couldn't chdir to \`${missing}': Not a directory: going to /tmp instead$`);
      assert.match(lines[0], chdir);
      assert.match(lines[1], chdir);
      assert.equal(lines[2], 'pwd=/tmp');
    } finally {
      await env.cleanup();
    }
  });

  test('submit errors and unknown ids answer like slurmrestd', async () => {
    const env = await makeEnv(makeConfig({ nodes: [{ name: 'n1', cpus: 2, memory: 2048 }, { name: 'n2', cpus: 1, memory: 1024 }], partitions: [{ name: 'batch', nodes: ['n1', 'n2'], default: true }] }));
    try {
      const b = env.backend;
      const body = (r: { body: object }) => withoutMeta(r.body);
      const noScript = await b.submit(ctx, { job: { name: 'no-script', partition: 'batch', tasks: 1, current_working_directory: '/tmp', environment: ['PATH=/usr/bin'] } });
      assert.equal(noScript.status, 422);
      assert.deepEqual(body(noScript), withoutMeta(reference('error_missing_script.json')));

      const badPart = await b.submit(ctx, { job: { name: 'bad-part', partition: 'no-such-partition', tasks: 1, current_working_directory: '/tmp', script: '#!/bin/bash\ntrue' } });
      assert.equal(badPart.status, 422);
      assert.deepEqual(body(badPart), withoutMeta(reference('error_unknown_partition.json')));

      const unknownField = await b.submit(ctx, { job: { name: 'unknown-field', no_such_field: 1, tasks: 1, current_working_directory: '/tmp', environment: ['PATH=/usr/bin'], script: '#!/bin/bash\ntrue' } as never });
      assert.equal(unknownField.status, 200);
      assert.deepEqual(body(unknownField), { ...withoutMeta(reference('error_unknown_field.json')), job_id: 1 });

      // Slurm 26.05 through slurmrestd (test/contract/submit-checks.test.ts): an empty script is
      // slurmrestd's 2009, a job without environment slurmctld's 2127; a script without "#!" is
      // accepted (only sbatch refuses it) and its execve() fails in the job (exit code 8).
      const emptyScript = await b.submit(ctx, { job: { script: '', current_working_directory: '/tmp', environment: ['PATH=/usr/bin'] } });
      assert.equal(emptyScript.status, 422);
      assert.deepEqual(body(emptyScript), { errors: [{ description: 'Batch job script empty or missing', error_number: 2009, error: 'Job script not specified', source: 'script' }], warnings: [] });
      const noEnvironment = await b.submit(ctx, { job: { script: '#!/bin/sh\ntrue', current_working_directory: '/tmp' } });
      assert.equal(noEnvironment.status, 422);
      assert.deepEqual(body(noEnvironment), { errors: [{ description: 'Batch job submission failed', error_number: 2127, error: 'Environment is missing in job', source: 'slurm_submit_batch_job()' }], warnings: [] });
      const noShebang = await b.submit(ctx, { job: { script: 'echo hi', current_working_directory: '/tmp', environment: ['PATH=/usr/bin'], hold: true } });
      assert.equal(noShebang.status, 200);
      await b.cancel(ctx, String(noShebang.body.job_id), { signal: 9, signalGiven: false });

      // slurmctld does not look at the working directory at submit; the gateway probes no path for a user either.
      const noCwd = await b.submit(ctx, { job: { environment: ['PATH=/usr/bin:/bin'], script: '#!/bin/sh\ntrue', current_working_directory: join(env.dir, 'missing') } });
      assert.equal(noCwd.status, 200);
      await b.cancel(ctx, String(noCwd.body.job_id), { signal: 9, signalGiven: false });

      // Jobs that cannot run as the partition is configured: real slurmctld 26.05 accepts them with
      // two warnings and keeps them PENDING (probed, test/contract/placement.test.ts); only a
      // memory request no node has is refused (2014).
      const warned = [
        { description: 'Job submission resulted in non-zero return code: Requested partition configuration not available now', source: 'slurm_submit_batch_job()' },
        { description: 'Requested partition configuration not available now', source: 'slurm_submit_batch_job()' },
      ];
      const tooMany = await b.submit(ctx, { job: { environment: ['PATH=/usr/bin:/bin'], script: '#!/bin/sh\ntrue', minimum_nodes: 3, current_working_directory: '/tmp' } });
      assert.equal(tooMany.status, 200);
      assert.deepEqual(tooMany.body.warnings, warned);
      const tooBig = await b.submit(ctx, { job: { environment: ['PATH=/usr/bin:/bin'], script: '#!/bin/sh\ntrue', tasks: 5, current_working_directory: '/tmp' } });
      assert.equal(tooBig.status, 200);
      assert.deepEqual(tooBig.body.warnings, warned);
      for (const [r, reason] of [[tooMany, 'PartitionNodeLimit'], [tooBig, 'PartitionConfig']] as const) {
        const id = String(r.body.job_id);
        await waitFor(`job ${id} ${reason}`, async () => ((await b.job(ctx, id)).body.jobs?.[0]?.state_reason === reason ? true : undefined));
        assert.deepEqual((await b.job(ctx, id)).body.jobs?.[0]?.job_state, ['PENDING']);
        await b.cancel(ctx, id, { signal: 9, signalGiven: false });
      }
      const tooMuchMemory = await b.submit(ctx, { job: { environment: ['PATH=/usr/bin:/bin'], script: '#!/bin/sh\ntrue', memory_per_node: { set: true, infinite: false, number: 4096 }, current_working_directory: '/tmp' } });
      assert.equal(tooMuchMemory.status, 422);
      assert.equal(tooMuchMemory.body.errors?.[0]?.error_number, 2014);

      const unknownJob = await b.job(ctx, '999999');
      assert.equal(unknownJob.status, 404);
      assert.deepEqual(body(unknownJob), withoutMeta(reference('error_unknown_job.json')));

      for (const r of [await b.job(ctx, 'not-a-number'), await b.cancel(ctx, 'not-a-number', { signal: 9, signalGiven: false })]) {
        assert.equal(r.status, 422);
        assert.deepEqual(body(r), withoutMeta(reference('error_bad_job_id.json')));
      }

      const delUnknown = await b.cancel(ctx, '999999', { signal: 9, signalGiven: false });
      assert.equal(delUnknown.status, 200);
      assert.deepEqual(body(delUnknown), withoutMeta(reference('error_unknown_job_delete.json')));
    } finally {
      await env.cleanup();
    }
  });

  test('nodes, partitions, reservations, diag, ping and empty jobs have the reference shapes', async () => {
    const env = await makeEnv(
      makeConfig({
        nodes: [{ name: 'n1', cpus: 2, memory: 2048 }, { name: 'n2', cpus: 2, memory: 2048 }],
        partitions: [
          { name: 'batch', nodes: ['n1', 'n2'], default: true, defaultTime: 60 },
          { name: 'debug', nodes: ['n2'], maxTime: 60, defaultTime: 10 },
        ],
        reservations: [
          { name: 'maint', nodes: ['n2'], start: 'now', duration: 60, users: ['alice', 'root'], flags: ['MAINT', 'IGNORE_JOBS', 'SPEC_NODES'] },
          { name: 'later', nodes: ['n1'], start: 'now+1d', duration: 120 },
        ],
      }),
    );
    try {
      const b = env.backend;
      const empty = await b.jobs(ctx);
      assert.deepEqual({ ...withoutMeta(empty.body), last_update: null }, { ...withoutMeta(reference('GET_jobs_empty.json')), last_update: null });

      const nodes = (await b.nodes(ctx)).body;
      const refNodes = reference('GET_nodes.json');
      assert.deepEqual(keysOf(nodes), keysOf(refNodes));
      const refNode = (refNodes.nodes as object[])[0];
      assert.deepEqual(keysOf(nodes.nodes![0]), keysOf(refNode));
      assert.deepEqual(nodes.nodes![0].state, ['IDLE']);
      assert.deepEqual(nodes.nodes![1].state, ['IDLE', 'MAINTENANCE', 'RESERVED']);
      assert.equal(nodes.nodes![1].reservation, 'maint');

      const parts = (await b.partitions(ctx)).body;
      const refParts = reference('GET_partitions.json');
      assert.deepEqual(keysOf(parts), keysOf(refParts));
      assert.deepEqual(parts.warnings, refParts.warnings);
      const refBatch = (refParts.partitions as Array<Record<string, unknown>>)[0];
      const batch = parts.partitions![0] as unknown as Record<string, unknown>;
      assert.deepEqual(keysOf(batch), keysOf(refBatch));
      assert.deepEqual(batch.maximums, { ...(refBatch.maximums as object) });
      assert.deepEqual(parts.partitions![1].maximums?.time, { set: true, infinite: false, number: 60 });
      assert.deepEqual(batch.nodes, { allowed_allocation: '', configured: 'n[1-2]', total: 2 });
      assert.deepEqual(batch.cpus, { task_binding: 0, total: 4 });

      const resv = (await b.reservations(ctx)).body;
      const refResv = reference('GET_reservations.json');
      assert.deepEqual(keysOf(resv.reservations![0]), keysOf((refResv.reservations as object[])[0]));
      assert.equal(resv.reservations![0].users, 'alice,root');
      assert.deepEqual(resv.reservations![0].flags, ['MAINT', 'IGNORE_JOBS', 'SPEC_NODES']);
      const later = resv.reservations![1];
      assert.equal((later.end_time as { number: number }).number - (later.start_time as { number: number }).number, 7200);

      // n2 is reserved: a job for debug (only n2) waits, one naming the reservation runs there.
      const blocked = await submit(b, { partition: 'debug', script: '#!/bin/sh\ntrue', current_working_directory: env.dir });
      const inResv = await submit(b, { partition: 'debug', reservation: 'maint', script: '#!/bin/sh\ntrue', current_working_directory: env.dir });
      await waitState(b, inResv, 'COMPLETED');
      assert.equal((await getJob(b, inResv)).resv_name, 'maint');
      await waitFor('reserved reason', async () => (await getJob(b, blocked)).state_reason === 'ReqNodeNotAvail, Reserved for maintenance');
      const noResv = await b.submit(ctx, { job: { environment: ['PATH=/usr/bin:/bin'], reservation: 'nope', script: '#!/bin/sh\ntrue', current_working_directory: env.dir } });
      assert.equal(noResv.status, 422);
      assert.equal(noResv.body.errors?.[0]?.error_number, 2053);

      const diag = (await b.diag(ctx)).body;
      const refDiag = reference('GET_diag.json');
      assert.deepEqual(keysOf(diag), keysOf(refDiag));
      assert.deepEqual(keysOf(diag.statistics), keysOf(refDiag.statistics));
      assert.equal(diag.statistics?.jobs_submitted, 2);
      assert.equal(diag.statistics?.jobs_completed, 1);
      assert.equal(diag.statistics?.jobs_pending, 1);
      assert.ok(diag.statistics?.rpcs_by_message_type?.some((r) => r.message_type === 'REQUEST_SUBMIT_BATCH_JOB' && r.count === 3));

      const ping = (await b.ping(ctx)).body;
      const refPing = reference('GET_ping.json');
      assert.deepEqual(keysOf(ping), keysOf(refPing));
      assert.deepEqual(keysOf(ping.pings[0]), keysOf((refPing.pings as object[])[0]));
      assert.equal(ping.pings[0].pinged, 'UP');
    } finally {
      await env.cleanup();
    }
  });

  test('close() ends running jobs: NODE_FAIL, processes gone', async () => {
    const env = await makeEnv();
    try {
      const id = await submit(env.backend, { script: `#!/bin/bash\necho $$ > pid\nsleep 3600`, current_working_directory: env.dir });
      await waitState(env.backend, id, 'RUNNING');
      const pid = Number(await waitFor('pid file', () => existsSync(join(env.dir, 'pid')) && readFileSync(join(env.dir, 'pid'), 'utf8').trim()));
      await env.backend.close();
      await waitFor('process gone', () => !pidAlive(pid));
      const again = env.reopen();
      const job = await getJob(again, id);
      assert.deepEqual(job.job_state, ['NODE_FAIL']);
      assert.equal(job.state_reason, 'NodeDown');
      assert.match(job.state_description ?? '', /shut down/);
    } finally {
      await env.cleanup();
    }
  });

  test('restart after a crash: finished jobs listed, running → NODE_FAIL and killed, pending runs, ids continue', async () => {
    const env = await makeEnv(restartConfig());
    await env.backend.close(); // this test's gateway is the fixture process
    try {
      const fixture = fileURLToPath(new URL('../../../test/support/local-restart-fixture.ts', import.meta.url));
      const child = spawn(process.execPath, ['--import', 'tsx', fixture, env.dbFile, env.spool, env.dir], { stdio: ['ignore', 'pipe', 'inherit'] });
      await new Promise<void>((resolve, reject) => {
        let out = '';
        child.stdout!.on('data', (d) => {
          out += String(d);
          if (out.includes('READY')) resolve();
        });
        child.once('exit', (code) => reject(new Error(`fixture exited early (${code})`)));
      });
      // RUNNING comes before the script's first line has run: wait for the pid it writes.
      const pid = await waitFor('long.pid', () => {
        const text = existsSync(join(env.dir, 'long.pid')) ? readFileSync(join(env.dir, 'long.pid'), 'utf8') : '';
        return text.endsWith('\n') ? Number(text.trim()) : undefined;
      });
      child.kill('SIGKILL');
      await new Promise((r) => child.once('exit', r));
      assert.ok(pidAlive(pid), 'the job outlived the crashed gateway (its own process group)');

      const b = env.reopen();
      await b.start();
      const list = (await b.jobs(ctx)).body.jobs;
      assert.deepEqual(list.map((j) => j.job_id), [1, 2, 3]);
      assert.deepEqual(list[0].job_state, ['COMPLETED']);
      assert.deepEqual(list[1].job_state, ['NODE_FAIL']);
      assert.equal(list[1].state_reason, 'NodeDown');
      assert.match(list[1].state_description ?? '', /gateway restarted/);
      await waitFor('orphan killed', () => !pidAlive(pid));
      await waitState(b, 3, 'COMPLETED');
      assert.match(readFileSync(join(env.dir, 'slurm-3.out'), 'utf8'), /queued-ran/);
      const next = await submit(b, { script: '#!/bin/sh\ntrue', current_working_directory: env.dir });
      assert.equal(next, 4, 'job ids are never reused');
      const stats = (await b.diag(ctx)).body.statistics!;
      assert.equal(stats.jobs_submitted, 4);
      assert.ok((stats.jobs_failed ?? 0) >= 1);
    } finally {
      await env.cleanup();
    }
  });
});
