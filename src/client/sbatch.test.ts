import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { exportEnvironment } from './export-env.ts';
import { buildJobDescription, mergeValues, parseMemory, parseMailType, parseSbatchScript, SbatchError, splitDirective } from './sbatch.ts';
import { sbatchEnvValues } from './sbatch-options.ts';

const SCRIPT = `#!/bin/bash
# a plain comment
#SBATCH -J hello --account=STF040
#SBATCH --partition debug
#SBATCH -N2 -n 4
#SBATCH -c 2       # trailing comment
#SBATCH --time=1-2:30
#SBATCH -o out-%j.txt -e "err %j.txt"
#SBATCH -H
#SBATCH --mem=2G
#SBATCH --mail-type=END,FAIL --mail-user=alice@example.org
#SBATCH --gres=gpu:1

   #SBATCH --qos=indented-is-not-a-directive
echo start
#SBATCH --time=5
`;

describe('#SBATCH parsing', () => {
  const p = parseSbatchScript(SCRIPT, 'job.sh');

  it('reads the directives before the first command', () => {
    assert.deepEqual(p.values, {
      jobName: 'hello', account: 'STF040', partition: 'debug', nodes: '2', ntasks: '4', cpusPerTask: '2',
      time: '1-2:30', output: 'out-%j.txt', error: 'err %j.txt', hold: true, mem: '2G', mailType: 'END,FAIL', mailUser: 'alice@example.org',
    });
    assert.equal(p.origins.time, 'job.sh:7');
  });

  it('warns, naming the line, about unknown options and directives after the first command', () => {
    assert.equal(p.warnings.length, 2);
    assert.match(p.warnings[0], /^job\.sh:12: unknown option --gres=gpu:1/);
    assert.match(p.warnings[1], /^job\.sh:16: #SBATCH after the first command is ignored/);
  });

  it('builds the job description sbatch would send', () => {
    const job = buildJobDescription(p.values, { script: SCRIPT, scriptName: 'dir/job.sh', cwd: '/tmp', env: { PATH: '/bin' }, origins: p.origins });
    assert.deepEqual({ ...job, script: undefined }, {
      script: undefined,
      name: 'hello',
      account: 'STF040',
      partition: 'debug',
      minimum_nodes: 2,
      maximum_nodes: 2,
      tasks: 4,
      cpus_per_task: 2,
      time_limit: { set: true, number: 1590 },
      standard_output: 'out-%j.txt',
      standard_error: 'err %j.txt',
      hold: true,
      memory_per_node: { set: true, number: 2048 },
      mail_type: ['END', 'FAIL'],
      mail_user: 'alice@example.org',
      current_working_directory: '/tmp',
      environment: ['PATH=/bin'],
    });
  });

  it('defaults: name from the script file, cwd the submit directory, relative --chdir resolved against it', () => {
    const job = buildJobDescription({ chdir: 'sub' }, { script: '#!/bin/sh\n', scriptName: '/x/run.sh', cwd: '/home/a', env: {} });
    assert.equal(job.name, 'run.sh');
    assert.equal(job.current_working_directory, '/home/a/sub');
    assert.equal(buildJobDescription({}, { script: '#!/bin/sh\n', env: {} }).name, 'sbatch');
  });

  it('bad values are errors naming where they came from', () => {
    const bad = parseSbatchScript('#!/bin/sh\n#SBATCH -t soon\n', 'b.sh');
    assert.throws(() => buildJobDescription(bad.values, { script: '', origins: bad.origins, env: {} }), (e: Error) => e instanceof SbatchError && /^b\.sh:2: Invalid time limit "soon"/.test(e.message));
    assert.throws(() => buildJobDescription({ nodes: '3-1' }, { script: '', env: {} }), /Invalid node count/);
    assert.throws(() => buildJobDescription({ ntasks: '0' }, { script: '', env: {} }), /positive integer/);
    assert.throws(() => buildJobDescription({ mem: '1G', memPerCpu: '1G' }, { script: '', env: {} }), /mutually exclusive/);
  });

  it('refuses DOS line breaks like sbatch', () => {
    assert.throws(() => parseSbatchScript('#!/bin/sh\r\necho\r\n', 'dos.sh'), /DOS line breaks/);
  });

  it('short options with attached values, long options with unique prefixes, quoted values', () => {
    assert.deepEqual(parseSbatchScript('#!/bin/sh\n#SBATCH -Jx -t5 --part=debug --job-name "a b"\n').values, { jobName: 'a b', time: '5', partition: 'debug' });
    assert.deepEqual(splitDirective(` --comment='it''s' -o x # -p y`), ['--comment=its', '-o', 'x']);
    assert.match(parseSbatchScript('#!/bin/sh\n#SBATCH --n=1\n').warnings[0], /unknown option --n=1/); // ambiguous prefix
    assert.match(parseSbatchScript('#!/bin/sh\n#SBATCH --hold=yes\n').warnings[0], /takes no value/);
    assert.match(parseSbatchScript('#!/bin/sh\n#SBATCH --time\n').warnings[0], /needs a value/);
    assert.match(parseSbatchScript('#!/bin/sh\n#SBATCHX -t 1\n').warnings[0], /no space after #SBATCH/);
  });

  it('precedence: script < SBATCH_* variables < command line', () => {
    const script = parseSbatchScript('#!/bin/sh\n#SBATCH -t 5 -p a -J s\n', 's.sh');
    const env = sbatchEnvValues({ SBATCH_TIMELIMIT: '7', SBATCH_PARTITION: 'b' });
    const cli = { values: { partition: 'c' }, origins: { partition: '--partition' } };
    const m = mergeValues(script, env, cli);
    assert.deepEqual(m.values, { time: '7', partition: 'c', jobName: 's' });
    assert.deepEqual(m.origins, { time: 'SBATCH_TIMELIMIT', partition: '--partition', jobName: 's.sh:2' });
  });
});

describe('units', () => {
  it('--mem: K/M/G/T, default M, rounded up to MB', () => {
    assert.equal(parseMemory('100'), 100);
    assert.equal(parseMemory('100M'), 100);
    assert.equal(parseMemory('2g'), 2048);
    assert.equal(parseMemory('1T'), 1024 * 1024);
    assert.equal(parseMemory('1500K'), 2);
    assert.equal(parseMemory('0'), 0);
    assert.throws(() => parseMemory('1.5G'), /Invalid memory size/);
  });
  it('--mail-type: sbatch names to slurmrestd flags', () => {
    assert.deepEqual(parseMailType('TIME_LIMIT_90,begin'), ['TIME=90%', 'BEGIN']);
    assert.deepEqual(parseMailType('NONE'), []);
    assert.ok(parseMailType('ALL').includes('INVALID_DEPENDENCY'));
    assert.throws(() => parseMailType('SOMETIMES'), /Invalid --mail-type/);
  });
});

describe('--export', () => {
  const env = { PATH: '/bin', HOME: '/h', SLURM_CONF: '/etc/slurm.conf', S3M_TOKEN: 's3m_secret' };
  it('ALL (default): the whole environment but never S3M_TOKEN', () => {
    assert.deepEqual(exportEnvironment(undefined, env), ['PATH=/bin', 'HOME=/h', 'SLURM_CONF=/etc/slurm.conf']);
  });
  it('NONE: SLURM_* only, and SLURM_EXPORT_ENV', () => {
    assert.deepEqual(exportEnvironment('NONE', env), ['SLURM_CONF=/etc/slurm.conf', 'SLURM_EXPORT_ENV=NONE']);
  });
  it('a list: SLURM_* plus the named variables (values given or taken from the environment)', () => {
    assert.deepEqual(exportEnvironment('HOME,X=1,UNSET', env), ['SLURM_CONF=/etc/slurm.conf', 'HOME=/h', 'X=1', 'SLURM_EXPORT_ENV=HOME,X=1,UNSET']);
  });
  it('ALL plus a list overrides', () => {
    assert.deepEqual(exportEnvironment('ALL,PATH=/opt/bin', env), ['PATH=/opt/bin', 'HOME=/h', 'SLURM_CONF=/etc/slurm.conf', 'SLURM_EXPORT_ENV=ALL,PATH=/opt/bin']);
  });
  it('S3M_TOKEN is not exported even when named', () => {
    assert.ok(!exportEnvironment('ALL,S3M_TOKEN', env).some((e) => e.startsWith('S3M_TOKEN=')));
  });
});
