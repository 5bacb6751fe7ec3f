// `s3m submit | watch | job | jobs | cancel` as a user runs them, against the real gateway: the
// job description the gateway received from a #SBATCH script, exit codes of watch, errors.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { untilLine, waitFor, type TestGateway } from './harness.ts';
import { cli, startCli, startCliWorld, type CliWorld } from './cli-run.ts';

let gw: TestGateway;
let work: string;
let env: Record<string, string>;
let getJob: CliWorld['getJob'];
let script: CliWorld['script'];

const submitted = (stdout: string) => {
  const m = /^Submitted batch job (\d+)$/m.exec(stdout);
  assert.ok(m, `no job id in: ${stdout}`);
  return Number(m[1]);
};

before(async () => {
  ({ gw, work, env, getJob, script } = await startCliWorld('s3m-cli-jobs-'));
});
after(async () => gw?.cleanup());

describe('s3m submit: #SBATCH directives reach the gateway', () => {
  it('a script with many directives; the command line overrides the script', async () => {
    mkdirSync(join(work, 'run'), { recursive: true });
    const f = script(
      'many.sh',
      [
        '#!/bin/bash',
        '# the header: comments and blank lines do not end it',
        '#SBATCH --job-name=from-script',
        '#SBATCH -p debug',
        '#SBATCH --time=1:30:00        # H:M:S = 90 minutes (command line says otherwise)',
        '#SBATCH -N 1 -n 2',
        '#SBATCH --cpus-per-task=1',
        '#SBATCH -o out-%j.log',
        '#SBATCH --error=err-%x.log',
        '#SBATCH -D run',
        '#SBATCH --hold',
        '#SBATCH --mem=1G',
        '#SBATCH --mail-type=END --mail-user=alice@example.org',
        '#SBATCH --gres=gpu:1',
        '',
        'echo hello',
        '#SBATCH --partition=batch-cpu',
      ].join('\n') + '\n',
    );
    const r = await cli(['submit', '-J', 'from-cli', '--time', '2-0', f], { cwd: work, env });
    assert.equal(r.code, 0, r.stderr);
    const id = submitted(r.stdout);
    assert.match(r.stderr, /many\.sh:14: unknown option --gres=gpu:1/);
    assert.match(r.stderr, /many\.sh:17: #SBATCH after the first command is ignored/);

    const j = await getJob(id);
    assert.equal(j.name, 'from-cli');
    assert.equal(j.partition, 'debug');
    assert.deepEqual(j.time_limit, { set: true, infinite: false, number: 2880 });
    assert.equal(j.current_working_directory, join(work, 'run'));
    assert.equal(j.standard_output, 'out-%j.log');
    assert.equal(j.standard_error, 'err-%x.log');
    assert.equal(j.stdout_expanded, join(work, 'run', `out-${id}.log`));
    assert.equal(j.stderr_expanded, join(work, 'run', 'err-from-cli.log'));
    assert.equal(j.hold, true);
    assert.deepEqual(j.job_state, ['PENDING']);
    assert.equal(j.state_reason, 'JobHeldUser');
    assert.equal(j.tasks.number, 2);
    assert.equal(j.node_count.number, 1);
    assert.equal(j.memory_per_node.number, 1024);
    assert.equal(j.mail_user, 'alice@example.org');
    assert.equal(j.account, 'stf040');

    // A held job never runs: cancel it, and watch reports a cancelled job's status (128+15).
    const c = await cli(['cancel', String(id)], { cwd: work, env });
    assert.equal(c.code, 0, c.stderr);
    const w = await cli(['watch', String(id)], { cwd: work, env });
    assert.equal(w.code, 143, w.stdout + w.stderr);
    assert.match(w.stdout, new RegExp(`job ${id} CANCELLED`));
  });

  it('defaults: name from the file, cwd = current directory, environment exported but never S3M_TOKEN', async () => {
    const f = script('envcheck.sh', '#!/bin/bash\n#SBATCH -t 1\necho "FOO=$FOO TOKEN=${S3M_TOKEN:-none} PWD=$PWD"\n');
    const token = readFileSync(join(work, '.env'), 'utf8').replace(/^Authorization: /, '').trim();
    const r = await cli(['submit', '--wait', f], { cwd: work, env: { ...env, FOO: 'bar', S3M_TOKEN: token } });
    assert.equal(r.code, 0, r.stdout + r.stderr);
    const id = submitted(r.stdout);
    const j = await getJob(id);
    assert.equal(j.name, 'envcheck.sh');
    assert.equal(j.current_working_directory, work);
    assert.equal(readFileSync(join(work, `slurm-${id}.out`), 'utf8').trim(), `FOO=bar TOKEN=none PWD=${work}`);
  });

  it('--export=NONE sends only SLURM_* variables; a list adds the named ones', async () => {
    const f = script('export.sh', '#!/bin/bash\necho "FOO=${FOO:-unset} BAR=${BAR:-unset} EXPORT=$SLURM_EXPORT_ENV"\n');
    const none = await cli(['submit', '--wait', '--export=NONE', f], { cwd: work, env: { ...env, FOO: 'x' } });
    assert.equal(none.code, 0, none.stderr);
    assert.equal(readFileSync(join(work, `slurm-${submitted(none.stdout)}.out`), 'utf8').trim(), 'FOO=unset BAR=unset EXPORT=NONE');
    const list = await cli(['submit', '--wait', '--export=FOO,BAR=2', f], { cwd: work, env: { ...env, FOO: 'x' } });
    assert.equal(list.code, 0, list.stderr);
    assert.equal(readFileSync(join(work, `slurm-${submitted(list.stdout)}.out`), 'utf8').trim(), 'FOO=x BAR=2 EXPORT=FOO,BAR=2');
  });

  it('--parsable prints the id alone; --json the gateway body; a script on stdin', async () => {
    const p = await cli(['submit', '--parsable', '--hold', '-'], { cwd: work, env, input: '#!/bin/bash\ntrue\n' });
    assert.equal(p.code, 0, p.stderr);
    assert.match(p.stdout, /^\d+\n$/);
    assert.equal((await getJob(p.stdout.trim())).name, 'sbatch');
    const j = await cli(['submit', '--json', '--hold', script('j.sh', '#!/bin/bash\ntrue\n')], { cwd: work, env });
    const body = JSON.parse(j.stdout);
    assert.equal(typeof body.job_id, 'number');
    assert.equal(body.step_id, 'batch');
    assert.ok(Array.isArray(body.errors));
    await cli(['cancel', p.stdout.trim(), String(body.job_id)], { cwd: work, env });
  });
});

describe('s3m watch: exit status of the job', () => {
  it('0 for a job that succeeds (state changes shown as they happen), the script code for one that fails', async () => {
    // The job waits for a file, so that watch sees it RUNNING however slowly processes start.
    const go = join(work, 'go');
    const ok = await cli(['submit', '--parsable', '-t', '60', script('ok.sh', `#!/bin/bash\nwhile [ ! -f ${go} ]; do sleep 0.1; done\nexit 0\n`)], { cwd: work, env });
    const watch = startCli(['watch', ok.stdout.trim(), '--interval', '200'], { cwd: work, env });
    await waitFor('watch shows RUNNING', async () => (/RUNNING/.test(watch.output().stdout) ? true : undefined));
    writeFileSync(go, '');
    const w0 = await watch.done;
    assert.equal(w0.code, 0, w0.stdout + w0.stderr);
    assert.match(w0.stdout, /^\d\d:\d\d:\d\d job \d+ RUNNING on d00[12]  \d+:\d\d$/m);
    assert.match(w0.stdout, /COMPLETED after \d+:\d\d, exit code 0:0 → exit status 0/);
    assert.ok(!w0.stdout.includes('\x1b'), 'no colour or live line when not on a TTY');

    const bad = await cli(['submit', '--parsable', script('bad.sh', '#!/bin/bash\nexit 3\n')], { cwd: work, env });
    const w3 = await cli(['watch', bad.stdout.trim()], { cwd: work, env });
    assert.equal(w3.code, 3, w3.stdout + w3.stderr);
    assert.match(w3.stdout, /FAILED/);
  });

  it('128+15 for a running job cancelled with s3m cancel', async () => {
    const s = await cli(['submit', '--parsable', '-t', '60', script('long.sh', '#!/bin/bash\nsleep 3600\n')], { cwd: work, env });
    const id = s.stdout.trim();
    const watch = startCli(['watch', id, '--interval', '200'], { cwd: work, env });
    await waitFor('job running', async () => ((await getJob(id)).job_state[0] === 'RUNNING' ? true : undefined));
    const c = await cli(['cancel', id], { cwd: work, env });
    assert.equal(c.code, 0, c.stderr);
    const w = await watch.done;
    assert.equal(w.code, 143, w.stdout + w.stderr);
    assert.match(w.stdout, /CANCELLED/);
    assert.deepEqual((await getJob(id)).exit_code.signal.name, 'TERM');
  });

  it('--json: one JSON job record a line', async () => {
    const s = await cli(['submit', '--parsable', script('quick.sh', '#!/bin/bash\ntrue\n')], { cwd: work, env });
    const w = await cli(['watch', s.stdout.trim(), '--json'], { cwd: work, env });
    assert.equal(w.code, 0, w.stderr);
    const records = w.stdout.trim().split('\n').map((l) => JSON.parse(l));
    assert.deepEqual(records.at(-1).job_state, ['COMPLETED']);
  });
});

describe('s3m cancel', () => {
  it('--signal sends that signal; unknown and finished jobs are errors like scancel', async () => {
    const s = await cli(['submit', '--parsable', '-t', '60', script('trap.sh', '#!/bin/bash\ntrap "echo got USR1; exit 7" USR1\necho ready\nwhile true; do sleep 0.1; done\n')], { cwd: work, env });
    const id = s.stdout.trim();
    await waitFor('job running', async () => ((await getJob(id)).job_state[0] === 'RUNNING' ? true : undefined));
    await untilLine(join(work, `slurm-${id}.out`), /^ready$/); // the trap is set
    const c = await cli(['cancel', id, '--signal', 'USR1'], { cwd: work, env });
    assert.equal(c.code, 0, c.stderr);
    const w = await cli(['watch', id], { cwd: work, env });
    assert.equal(w.code, 7);
    assert.match(readFileSync(join(work, `slurm-${id}.out`), 'utf8'), /got USR1/);

    const again = await cli(['cancel', id], { cwd: work, env });
    assert.equal(again.code, 1);
    assert.match(again.stderr, /Job\/step already completing or completed \(error 2021\)/);
    const unknown = await cli(['cancel', '999999'], { cwd: work, env });
    assert.equal(unknown.code, 1);
    assert.match(unknown.stderr, /Invalid job id specified \(error 2017\)/);
    const flag = await cli(['cancel', id, '--flags', 'NOPE'], { cwd: work, env });
    assert.equal(flag.code, 1);
    assert.match(flag.stderr, /Unknown cancel flag\(s\): NOPE/);
  });
});

describe('errors', () => {
  it('an unknown partition: SLURM\'s description on stderr, non-zero exit, the body with --json', async () => {
    const f = script('badpart.sh', '#!/bin/bash\n#SBATCH -p no-such-partition\ntrue\n');
    const r = await cli(['submit', f], { cwd: work, env });
    assert.equal(r.code, 1);
    assert.match(r.stderr, /Batch job submission failed: Invalid partition name specified \(error 2000\)/);
    assert.equal(r.stdout, '');
    const j = await cli(['submit', '--json', f], { cwd: work, env });
    assert.equal(j.code, 1);
    assert.equal(JSON.parse(j.stdout).errors[0].error_number, 2000);
  });

  it('an unreadable script, a bad directive value, a missing job', async () => {
    const missing = await cli(['submit', join(work, 'nope.sh')], { cwd: work, env });
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /cannot read batch script .*nope\.sh: no such file/);
    const f = script('badtime.sh', '#!/bin/bash\n#SBATCH --time=soon\ntrue\n');
    const t = await cli(['submit', f], { cwd: work, env });
    assert.equal(t.code, 1);
    assert.match(t.stderr, /badtime\.sh:2: Invalid time limit "soon"/);
    const nojob = await cli(['job', '424242'], { cwd: work, env });
    assert.equal(nojob.code, 1);
    assert.match(nojob.stderr, /Unable to query JobId=424242: Invalid job id specified \(error 2017\)/);
  });

  it('a script without #! is refused before it is sent, as sbatch refuses it', async () => {
    const r = await cli(['submit', script('noshebang.sh', 'echo hi\n')], { cwd: work, env });
    assert.equal(r.code, 1);
    assert.match(r.stderr, /does not look like a batch script/);
  });
});
