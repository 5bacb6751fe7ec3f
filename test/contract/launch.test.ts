// Contract suite, what a launched job sees: its environment, its arguments, its files (open_mode,
// missing directories, TMPDIR, SLURM_UMASK) and slurmstepd's lines in them (the CANCELLED line of
// a cancel or a time limit), through the real gateway against the local backend and a real SLURM
// 26.05 (scenario-kit.ts). Each job dumps what it sees into its output file; every expectation is
// what the real slurmstepd gave a REST-submitted job, and the last describe compares both sides'
// records (environment names, and values where they are not this machine's: hosts, ids, users,
// times).
//
// The launch does not depend on the API version: scenarios that take minutes (time limits) run on
// the first version only.
import assert from 'node:assert/strict';
import { chmodSync, existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { after, it } from 'node:test';
import { waitFor } from '../e2e/harness.ts';
import { compareLocalWithReal, contractSuite, n, RUN, settled, type ScenarioKit } from './scenario-kit.ts';
import { VERSIONS } from './targets.ts';

/** The dump every probe job writes first: its arguments, then its environment (bash's own PWD/SHLVL/_ included on both sides). */
const DUMP = `printf 'ARG0=%s\\n' "$0"; printf 'ARGC=%s\\n' "$#"; for a in "$@"; do printf 'ARG=%s\\n' "$a"; done; echo ---env---; env | sort; echo ---end---`;
const dumpScript = (more = '') => `#!/bin/bash\n${DUMP}\n${more}`;

interface Dump {
  arg0: string;
  args: string[];
  env: Record<string, string>;
  /** Lines outside the dump (slurmstepd's, the script's own), timestamps as [T]. */
  lines: string[];
}

/** slurmstepd's log prefix "[2026-11-28T17:36:19.022] " and its "AT 2026-11-28T17:36:19" as fixed words. */
const untimed = (line: string) => line.replace(/^\[\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\] /, '[T] ').replace(/ AT \d{4}-\d\d-\d\dT\d\d:\d\d:\d\d /, ' AT T ');

function parseDump(text: string): Dump {
  const d: Dump = { arg0: '', args: [], env: {}, lines: [] };
  let section: 'head' | 'env' | 'tail' = 'head';
  for (const line of text.split('\n')) {
    if (line === '---env---') section = 'env';
    else if (line === '---end---') section = 'tail';
    else if (section === 'env') {
      const eq = line.indexOf('=');
      if (eq > 0) d.env[line.slice(0, eq)] = line.slice(eq + 1);
    } else if (line.startsWith('ARG0=')) d.arg0 = line.slice(5);
    else if (line.startsWith('ARG=')) d.args.push(line.slice(4));
    else if (line.startsWith('ARGC=')) continue;
    else if (line !== '') d.lines.push(untimed(line));
  }
  return d;
}

/**
 * What real SLURM 26.05.5 set for a REST-submitted job with only PATH in its `environment` (bash adds
 * PWD, SHLVL and _). SLURM_CONF (the node's slurm.conf) is left out: the local backend has none.
 */
const BARE_NAMES = [
  'ENVIRONMENT', 'HOSTNAME', 'PATH', 'PWD', 'SHLVL', 'SLURMD_NODENAME', 'SLURM_CLUSTER_NAME', 'SLURM_CPUS_ON_NODE', 'SLURM_GTIDS', 'SLURM_JOBID',
  'SLURM_JOB_ACCOUNT', 'SLURM_JOB_CPUS_PER_NODE', 'SLURM_JOB_END_TIME', 'SLURM_JOB_EXCLUSIVE', 'SLURM_JOB_GID', 'SLURM_JOB_ID', 'SLURM_JOB_NAME',
  'SLURM_JOB_NODELIST', 'SLURM_JOB_NUM_NODES', 'SLURM_JOB_OVERSUBSCRIBE', 'SLURM_JOB_PARTITION', 'SLURM_JOB_SLUID', 'SLURM_JOB_START_TIME',
  'SLURM_JOB_UID', 'SLURM_JOB_USER', 'SLURM_LOCALID', 'SLURM_NNODES', 'SLURM_NODEID', 'SLURM_NODELIST', 'SLURM_OOM_KILL_STEP', 'SLURM_PROCID',
  'SLURM_STEPID', 'SLURM_STEP_ID', 'SLURM_TASKS_PER_NODE', 'SLURM_TASK_PID', 'SLURM_TOPOLOGY_ADDR', 'SLURM_TOPOLOGY_ADDR_PATTERN', 'TMPDIR', '_',
];

/** Environment values that are this machine's (node names, ids, accounts, times), compared by name only. */
const MACHINE_VALUES = [
  'HOSTNAME', 'SLURMD_NODENAME', 'SLURM_JOB_NODELIST', 'SLURM_NODELIST', 'SLURM_TOPOLOGY_ADDR', 'SLURM_JOB_ID', 'SLURM_JOBID', 'SLURM_JOB_UID',
  'SLURM_JOB_GID', 'SLURM_JOB_USER', 'SLURM_JOB_SLUID', 'SLURM_TASK_PID', 'SLURM_JOB_START_TIME', 'SLURM_JOB_END_TIME',
];

contractSuite('launch', (kit: ScenarioKit) => {
  const { target, version, needVersion, submit, untilSettled, keep, job, del, until } = kit;
  /** Files and directories of this target and version (the two targets have different /tmp's; versions run one after the other). */
  const tag = `s3m-launch-${RUN}-${version}`;
  const made: string[] = [];
  const path = (name: string) => {
    const p = `/tmp/${tag}-${name}`;
    made.push(p);
    return p;
  };
  after(() => {
    for (const p of made) if (!p.includes('%j')) rmSync(target.hostPath(p), { recursive: true, force: true });
  });
  const read = (p: string) => readFileSync(target.hostPath(p), 'utf8');
  /** Submit, wait until settled, and read what the job wrote to `out` (%j expanded). */
  async function run(fields: Record<string, unknown>, out: string) {
    const id = await submit({ standard_output: out, ...fields });
    const done = await untilSettled(id);
    const file = out.replace('%j', String(id));
    made.push(file);
    return { id, done, file, text: existsSync(target.hostPath(file)) ? read(file) : null };
  }
  /** The record a scenario keeps: the environment with machine values as "<machine>", SLURM_CONF left out (the local backend has no slurm.conf). */
  function comparableEnv(env: Record<string, string>) {
    const copy = { ...env };
    if (target.name === 'real') {
      assert.equal(copy.SLURM_CONF, '/etc/slurm/slurm.conf');
      delete copy.SLURM_CONF;
    }
    assert.match(copy.SLURM_JOB_SLUID ?? '', /^s[0-9A-HJKMNP-TV-Z]{13}$/, 'SLURM_JOB_SLUID');
    const limit = Number(copy.SLURM_JOB_END_TIME) - Number(copy.SLURM_JOB_START_TIME);
    for (const name of MACHINE_VALUES) if (name in copy) copy[name] = '<machine>';
    return { env: copy, limitSeconds: limit };
  }
  /** This side's job user as the job sees it (the token user maps to it). */
  const user = () => target.jobUser;

  it('a bare job (only PATH): exactly the variables real SLURM sets for a REST submission; none of sbatch\'s (SLURM_SUBMIT_DIR, SLURM_NTASKS, ...)', async (t) => {
    if (!(await needVersion(t))) return;
    const { done, text } = await run({ name: `launch-${RUN}`, time_limit: n(30), script: dumpScript() }, path('bare-%j.out'));
    assert.deepEqual(done.job_state, ['COMPLETED']);
    const d = parseDump(text!);
    assert.deepEqual(Object.keys(d.env).filter((k) => k !== 'SLURM_CONF').sort(), BARE_NAMES);
    const e = d.env;
    assert.deepEqual(
      [e.ENVIRONMENT, e.SLURM_CLUSTER_NAME, e.SLURM_JOB_NAME, e.SLURM_JOB_PARTITION, e.SLURM_JOB_ACCOUNT, e.SLURM_CPUS_ON_NODE, e.SLURM_JOB_CPUS_PER_NODE, e.SLURM_TASKS_PER_NODE],
      ['BATCH', 'gwtest', `launch-${RUN}`, 'batch-cpu', 'proj-a', '1', '1', '1'],
    );
    assert.deepEqual([e.SLURM_STEP_ID, e.SLURM_STEPID, e.SLURM_GTIDS, e.SLURM_NODEID, e.SLURM_PROCID, e.SLURM_LOCALID, e.SLURM_OOM_KILL_STEP], ['-5', '-5', '0', '0', '0', '0', '0']);
    assert.deepEqual([e.SLURM_JOB_EXCLUSIVE, e.SLURM_JOB_OVERSUBSCRIBE, e.SLURM_TOPOLOGY_ADDR_PATTERN, e.TMPDIR], ['NO', 'NO', 'node', '/tmp']);
    assert.equal(e.HOSTNAME, e.SLURMD_NODENAME);
    assert.equal(e.SLURM_TOPOLOGY_ADDR, e.SLURMD_NODENAME);
    assert.equal(e.SLURM_JOB_USER, user());
    assert.equal(Number(e.SLURM_JOB_END_TIME) - Number(e.SLURM_JOB_START_TIME), 30 * 60, 'end = start + time limit');
    assert.deepEqual(d.lines, []);
    keep('env bare', comparableEnv(e));
  });

  it('tasks and memory: SLURM_NTASKS/SLURM_NPROCS and SLURM_MEM_PER_NODE; cpus_per_task gives no SLURM_CPUS_PER_TASK; no name → no SLURM_JOB_NAME', async (t) => {
    if (!(await needVersion(t))) return;
    const a = await run({ tasks: 2, memory_per_node: n(100), script: dumpScript() }, path('tasks-%j.out'));
    const ea = parseDump(a.text!).env;
    assert.deepEqual([ea.SLURM_NTASKS, ea.SLURM_NPROCS, ea.SLURM_MEM_PER_NODE, ea.SLURM_CPUS_ON_NODE, ea.SLURM_TASKS_PER_NODE, ea.SLURM_JOB_CPUS_PER_NODE], ['2', '2', '100', '2', '2', '2']);
    keep('env tasks memory', comparableEnv(ea));
    const b = await run({ name: undefined, cpus_per_task: 2, memory_per_cpu: n(50), tasks_per_node: 1, script: dumpScript() }, path('cpt-%j.out'));
    const eb = parseDump(b.text!).env;
    assert.deepEqual([eb.SLURM_NTASKS, eb.SLURM_CPUS_PER_TASK, eb.SLURM_MEM_PER_CPU, eb.SLURM_CPUS_ON_NODE, eb.SLURM_TASKS_PER_NODE, eb.SLURM_JOB_NAME], [undefined, undefined, '50', '2', '1', undefined]);
    keep('env cpus_per_task without name', comparableEnv(eb));
  });

  it("client-supplied SLURM_* variables: SLURM's own overwrite them, the others (SLURM_SUBMIT_DIR, SLURM_NTASKS without tasks, ...) are kept", async (t) => {
    if (!(await needVersion(t))) return;
    const client: Record<string, string> = {
      // SLURM's: overwritten
      SLURM_JOB_ID: '999', SLURM_JOB_NAME: 'mine', SLURM_CPUS_ON_NODE: '99', SLURMD_NODENAME: 'zz', SLURM_CLUSTER_NAME: 'cc', HOSTNAME: 'x', SLURM_STEP_ID: '9',
      SLURM_TASK_PID: '1', SLURM_JOB_EXCLUSIVE: 'YES', SLURM_TOPOLOGY_ADDR: 't', SLURM_JOB_END_TIME: '1', SLURM_GTIDS: '5', SLURM_JOB_UID: '5', ENVIRONMENT: 'X',
      SLURM_OOM_KILL_STEP: '1', SLURM_JOB_SLUID: 'z', SLURM_NODEID: '4', SLURM_TASKS_PER_NODE: '9', SLURM_JOB_CPUS_PER_NODE: '9',
      // overwritten with the job's cpus per task (2) because the client has it
      SLURM_CPUS_PER_TASK: '5',
      // kept (SLURM does not set them for this job)
      SLURM_SUBMIT_DIR: '/x', SLURM_SUBMIT_HOST: 'h', SLURM_MYVAR: 'keep', SLURM_RESTART_COUNT: '3', SLURM_JOB_GROUP: 'g', SLURM_JOB_QOS: 'q',
      SLURM_MEM_PER_NODE: '77', SLURM_JOB_RESERVATION: 'r', SLURM_OPEN_MODE: 'x', SLURM_JOB_DEPENDENCY: 'x', SLURM_PRIO_PROCESS: '0', HOME: '/h',
      // and gives SLURM_NTASKS = 3 x 1 node
      SLURM_NTASKS_PER_NODE: '3',
    };
    const environment = ['PATH=/usr/bin:/bin', ...Object.entries(client).map(([k, v]) => `${k}=${v}`)];
    const { id, text } = await run({ name: `launch-${RUN}`, cpus_per_task: 2, environment, script: dumpScript() }, path('client-%j.out'));
    const e = parseDump(text!).env;
    for (const k of ['SLURM_SUBMIT_DIR', 'SLURM_SUBMIT_HOST', 'SLURM_MYVAR', 'SLURM_RESTART_COUNT', 'SLURM_JOB_GROUP', 'SLURM_JOB_QOS', 'SLURM_MEM_PER_NODE', 'SLURM_JOB_RESERVATION', 'SLURM_OPEN_MODE', 'SLURM_JOB_DEPENDENCY', 'SLURM_PRIO_PROCESS', 'HOME', 'SLURM_NTASKS_PER_NODE']) {
      assert.equal(e[k], client[k], `${k} kept`);
    }
    assert.deepEqual([e.SLURM_JOB_ID, e.SLURM_JOB_NAME, e.SLURM_CPUS_ON_NODE, e.SLURM_CLUSTER_NAME, e.SLURM_STEP_ID, e.SLURM_JOB_EXCLUSIVE, e.ENVIRONMENT, e.SLURM_TASKS_PER_NODE], [String(id), `launch-${RUN}`, '2', 'gwtest', '-5', 'NO', 'BATCH', '1']);
    assert.deepEqual([e.SLURM_CPUS_PER_TASK, e.SLURM_NTASKS, e.SLURM_NPROCS], ['2', '3', '3']);
    assert.notEqual(e.HOSTNAME, 'x');
    assert.notEqual(e.SLURM_TASK_PID, '1');
    keep('env client variables', comparableEnv(e));
  });

  it('argv: argv[0] becomes the job\'s command, the script gets argv[1...] as $1... and its own path as $0', async (t) => {
    if (!(await needVersion(t))) return;
    const { id, text } = await run({ argv: ['a1', 'b 2', 'c'], script: dumpScript() }, path('argv-%j.out'));
    const d = parseDump(text!);
    assert.deepEqual(d.args, ['b 2', 'c']);
    assert.match(d.arg0, new RegExp(`/job${String(id).padStart(5, '0')}/slurm_script$`));
    const j = await job(id);
    assert.equal(j.command, 'a1');
    const none = await run({ script: dumpScript() }, path('noargv-%j.out'));
    assert.deepEqual(parseDump(none.text!).args, []);
    assert.equal((await job(none.id)).command, '');
    keep('argv', { args: d.args, command: j.command });
  });

  it('open_mode: APPEND keeps the file and appends (SLURM_OPEN_MODE=a); TRUNCATE and the default truncate (t, unset)', async (t) => {
    if (!(await needVersion(t))) return;
    const result: Record<string, string> = {};
    for (const mode of ['APPEND', 'TRUNCATE', 'default']) {
      const file = path(`mode-${mode}.out`);
      // Made by the gateway's user (root) in the sticky /tmp and writable by all: the job user may open it.
      writeFileSync(target.hostPath(file), 'previous line\n');
      chmodSync(target.hostPath(file), 0o666);
      const fields: Record<string, unknown> = { script: '#!/bin/bash\necho "new line mode=${SLURM_OPEN_MODE-unset}"\necho err >&2' };
      if (mode !== 'default') fields.open_mode = [mode];
      const { done } = await run(fields, file);
      assert.deepEqual(done.job_state, ['COMPLETED']);
      result[mode] = read(file);
    }
    assert.deepEqual(result, {
      APPEND: 'previous line\nnew line mode=a\nerr\n',
      TRUNCATE: 'new line mode=t\nerr\n',
      default: 'new line mode=unset\nerr\n',
    });
    keep('open_mode', result);
  });

  it('missing directories of standard_output and standard_error are created as the job user, mode 0755; one the user may not create fails the job RaisedSignal:53', async (t) => {
    if (!(await needVersion(t))) return;
    const top = path('dirs');
    const script = `#!/bin/bash\necho out; echo err >&2; stat -c '%n %a %U' ${top}/o ${top}/o/sub ${top}/e ${top}/e/x`;
    const { done, text, id } = await run({ standard_error: `${top}/e/x/e-%j.err`, script }, `${top}/o/sub/o-%j.out`);
    assert.deepEqual(done.job_state, ['COMPLETED']);
    const u = user();
    assert.equal(text, `out\n${top}/o 755 ${u}\n${top}/o/sub 755 ${u}\n${top}/e 755 ${u}\n${top}/e/x 755 ${u}\n`);
    assert.equal(read(`${top}/e/x/e-${id}.err`), 'err\n');
    keep('output directories', { out: text!.replaceAll(u, '<user>') });

    const denied = `/etc/${tag}-nd`;
    const bad = await run({ script: '#!/bin/bash\necho never' }, `${denied}/o-%j.out`);
    assert.deepEqual(bad.done.job_state, ['FAILED']);
    assert.equal(bad.done.state_description, 'RaisedSignal:53(Real-time signal 19)');
    assert.equal(existsSync(target.hostPath(denied)), false, 'nothing created where the user may not write');
    keep('output directory denied', { state: bad.done.job_state, reason: bad.done.state_reason, description: bad.done.state_description });
  });

  it('TMPDIR: /tmp by default; one the job names is created (0700, as the user, relative to the working directory) or, when unusable, slurmstepd says why and uses /tmp', async (t) => {
    if (!(await needVersion(t))) return;
    const fresh = path('tmpdir-new');
    const rel = `${tag}-tmpdir-rel`;
    made.push(`/tmp/${rel}`);
    const cases: Record<string, string> = { fresh, notADirectory: '/etc/passwd', notWritable: '/root', relative: rel, existing: '/tmp', empty: '' };
    const seen: Record<string, { tmpdir: string; lines: string[] }> = {};
    for (const [name, value] of Object.entries(cases)) {
      const script = `#!/bin/bash\necho "TMPDIR=$TMPDIR"\nstat -c '%a %U' "$TMPDIR"`;
      const { text } = await run({ environment: ['PATH=/usr/bin:/bin', `TMPDIR=${value}`], script }, path(`tmpdir-${name}-%j.out`));
      const lines = text!.trimEnd().split('\n').map(untimed);
      seen[name] = { tmpdir: lines.find((l) => l.startsWith('TMPDIR='))!.slice(7), lines: lines.map((l) => l.replace(` ${user()}`, ' <user>').replace(/ root$/, ' <root>')) };
    }
    assert.deepEqual(seen, {
      fresh: { tmpdir: fresh, lines: [`TMPDIR=${fresh}`, '700 <user>'] },
      notADirectory: { tmpdir: '/tmp', lines: ['[T] error: TMPDIR [/etc/passwd] is not a directory', '[T] error: Setting TMPDIR to /tmp', 'TMPDIR=/tmp', '1777 <root>'] },
      notWritable: { tmpdir: '/tmp', lines: ['[T] error: TMPDIR [/root] is not writeable', '[T] error: Setting TMPDIR to /tmp', 'TMPDIR=/tmp', '1777 <root>'] },
      relative: { tmpdir: rel, lines: [`TMPDIR=${rel}`, '700 <user>'] },
      existing: { tmpdir: '/tmp', lines: ['TMPDIR=/tmp', '1777 <root>'] },
      empty: { tmpdir: '/tmp', lines: ['[T] error: Unable to create TMPDIR []: No such file or directory', '[T] error: Setting TMPDIR to /tmp', 'TMPDIR=/tmp', '1777 <root>'] },
    });
    keep('TMPDIR', JSON.parse(JSON.stringify(seen).replaceAll(RUN, '<run>')));
  });

  it('SLURM_UMASK: the umask of the job and its files, then removed from its environment; without it 0022', async (t) => {
    if (!(await needVersion(t))) return;
    const script = '#!/bin/bash\numask; echo "var=${SLURM_UMASK-unset}"';
    const masked = await run({ environment: ['PATH=/usr/bin:/bin', 'SLURM_UMASK=0077'], script }, path('umask-%j.out'));
    const plain = await run({ script }, path('umask-plain-%j.out'));
    const mode = (f: string) => (statSync(target.hostPath(f)).mode & 0o777).toString(8);
    const result = { masked: [masked.text, mode(masked.file)], plain: [plain.text, mode(plain.file)] };
    assert.deepEqual(result, { masked: ['0077\nvar=unset\n', '600'], plain: ['0022\nvar=unset\n', '644'] });
    keep('SLURM_UMASK', result);
  });

  it("a cancel: slurmstepd's \"*** JOB n ON node CANCELLED AT t DUE to SIGNAL Terminated ***\" in the error file, before what the script prints on SIGTERM; none for SIGINT", async (t) => {
    if (!(await needVersion(t))) return;
    const ready = async (id: number, file: string) => {
      await until(id, 'RUNNING', (j) => j.job_state[0] === 'RUNNING');
      await waitFor(`job ${id} printed ready`, async () => (existsSync(target.hostPath(file)) && read(file).includes('ready') ? true : undefined));
    };
    const trapper = '#!/bin/bash\ntrap "echo got TERM >&2; exit 3" TERM\necho ready\nwhile true; do sleep 0.2; done';
    // Separate error file: the line goes there, not to the output file.
    const out = path('cancel-%j.out');
    const err = path('cancel-%j.err');
    const a = await submit({ standard_output: out, standard_error: err, script: trapper });
    await ready(a, out.replace('%j', String(a)));
    assert.equal((await del(`/job/${a}`)).status, 200);
    const doneA = await untilSettled(a);
    assert.deepEqual(doneA.job_state, ['CANCELLED']);
    const errA = read(err.replace('%j', String(a))).split('\n').map(untimed);
    made.push(out.replace('%j', String(a)), err.replace('%j', String(a)));
    // bash may also report its sleep's death ("Terminated", with or without "sleep 0.2" after it, by
    // bash version) before running the trap, depending on timing: not slurmstepd's, left out.
    const bashNote = (l: string) => !/^Terminated\b/.test(l);
    errA.splice(0, errA.length, ...errA.filter(bashNote));
    assert.deepEqual(errA, [`[T] error: *** JOB ${a} ON ${doneA.nodes} CANCELLED AT T DUE to SIGNAL Terminated ***`, 'got TERM', '']);
    assert.equal(read(out.replace('%j', String(a))), 'ready\n');

    // ?signal=SIGTERM: the same line (in the one output file); ?signal=SIGINT: none.
    const merged = path('signal-%j.out');
    const b = await submit({ standard_output: merged, script: trapper });
    const c = await submit({ standard_output: merged, script: '#!/bin/bash\necho ready\nexec sleep 300' });
    await ready(b, merged.replace('%j', String(b)));
    await ready(c, merged.replace('%j', String(c)));
    assert.equal((await del(`/job/${b}?signal=SIGTERM`)).status, 200);
    assert.equal((await del(`/job/${c}?signal=SIGINT`)).status, 200);
    const [doneB, doneC] = [await untilSettled(b), await untilSettled(c)];
    made.push(merged.replace('%j', String(b)), merged.replace('%j', String(c)));
    const textB = read(merged.replace('%j', String(b))).split('\n').map(untimed).filter(bashNote);
    const textC = read(merged.replace('%j', String(c)));
    assert.deepEqual(textB, ['ready', `[T] error: *** JOB ${b} ON ${doneB.nodes} CANCELLED AT T DUE to SIGNAL Terminated ***`, 'got TERM', '']);
    assert.equal(textC, 'ready\n');
    assert.deepEqual([doneB.job_state, doneC.job_state], [['FAILED'], ['FAILED']]);
    const ids = (s: string[]) => s.map((l) => l.replace(/JOB \d+ ON \S+/, 'JOB N ON <node>'));
    keep('cancel line', { cancelErr: ids(errA), signalTerm: ids(textB), signalInt: textC });
  });

  it("a time limit: \"*** JOB n ON node CANCELLED AT t DUE TO TIME LIMIT ***\" in the error file (the output file when they are one)", async (t) => {
    if (!(await needVersion(t))) return;
    if (version !== VERSIONS[0]) return t.skip(`the launch does not depend on the API version; this minute-long scenario runs on ${VERSIONS[0]}`);
    const out = path('limit-%j.out');
    const err = path('limit-%j.err');
    const merged = path('limit-merged-%j.out');
    const script = '#!/bin/bash\necho start\nexec sleep 300';
    const a = await submit({ standard_output: out, standard_error: err, time_limit: n(1), script });
    const b = await submit({ standard_output: merged, time_limit: n(1), script });
    const [doneA, doneB] = [await until(a, 'settled', settled, 150_000), await until(b, 'settled', settled, 150_000)];
    assert.deepEqual([doneA.job_state, doneB.job_state], [['TIMEOUT'], ['TIMEOUT']]);
    const files = [out.replace('%j', String(a)), err.replace('%j', String(a)), merged.replace('%j', String(b))];
    made.push(...files);
    const [o, e, m] = files.map((f) => read(f).split('\n').map(untimed));
    assert.deepEqual(o, ['start', '']);
    assert.deepEqual(e, [`[T] error: *** JOB ${a} ON ${doneA.nodes} CANCELLED AT T DUE TO TIME LIMIT ***`, '']);
    assert.deepEqual(m, ['start', `[T] error: *** JOB ${b} ON ${doneB.nodes} CANCELLED AT T DUE TO TIME LIMIT ***`, '']);
    const ids = (s: string[]) => s.map((l) => l.replace(/JOB \d+ ON \S+/, 'JOB N ON <node>'));
    keep('time limit line', { out: ids(o), err: ids(e), merged: ids(m) });
  });
});

compareLocalWithReal(
  'launch',
  ['env bare', 'env tasks memory', 'env cpus_per_task without name', 'env client variables', 'argv', 'open_mode', 'output directories', 'output directory denied', 'TMPDIR', 'SLURM_UMASK', 'cancel line', 'time limit line'],
  // PWD is the working directory (/tmp on both, compared); nothing else of the environment varies beyond MACHINE_VALUES, which the records already mask.
  [],
);
