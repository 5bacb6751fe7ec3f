// End-to-end harness: starts the real gateway (`bin/s3m serve`) as a child process on a free
// loopback port with its own data dir, makes tokens with the real `bin/s3m admin` command, and
// runs real curl. Nothing here is mocked.
import { execFile, execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { validateResponse, type OperationName } from '../../src/contract/validate.ts';

const run = promisify(execFile);
export const ROOT = resolve(import.meta.dirname, '../..');
export const S3M = join(ROOT, 'bin/s3m');

/**
 * bin/s3m runs the compiled dist/, so these tests prove what users run. It builds dist/ itself when
 * a source is newer; doing it here, once per test file, keeps a build out of the timed gateway
 * start below (scripts/test.sh builds before any test, so this is a no-op there).
 */
function buildIfStale(): void {
  try {
    execFileSync('bash', [join(ROOT, 'scripts/build.sh'), '--if-stale'], { encoding: 'utf8', stdio: 'pipe' });
  } catch (err) {
    const e = err as { stdout?: string; stderr?: string };
    throw new Error(`the build (scripts/build.sh) failed:\n${e.stdout ?? ''}${e.stderr ?? ''}`);
  }
}
buildIfStale();

export interface TestGateway {
  url: string;
  /** The admin listener (GET /metrics), e.g. http://127.0.0.1:41234; '' when the config has no `admin`. */
  adminUrl: string;
  dir: string;
  dataDir: string;
  configFile: string;
  env: NodeJS.ProcessEnv;
  proc: ChildProcess;
  logs: () => string;
  /**
   * The log with the line of every request that finished before this call: the gateway's output
   * reaches this process through a pipe, so a line can come after the reply it logs. A marker
   * request is sent, and its own line awaited (the gateway writes its lines in order).
   */
  settledLogs(): Promise<string>;
  /** Create a token with the real CLI; returns the secret. */
  token(project: string, user: string, permission: string, expires?: string): Promise<string>;
  /** Write a curl header file (`Authorization: <token>`) and return its path. */
  headerFile(token: string, name?: string, bearer?: boolean): string;
  admin(...args: string[]): Promise<{ stdout: string; stderr: string }>;
  stop(signal?: NodeJS.Signals): Promise<void>;
  restart(): Promise<void>;
  cleanup(): Promise<void>;
}

/**
 * A fresh directory that jobs may write to. As root, the gateway runs test jobs as nobody (the
 * test configs map every token user to it), so it is world-writable and sticky, like /tmp.
 */
export function jobDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  chmodSync(dir, 0o1777);
  return dir;
}

/**
 * The working directory of test jobs that need none of their own: this process's, never the shared
 * /tmp, where a slurm-<id>.out of another run (another user's, or root's) would make the job fail
 * as real SLURM fails it.
 */
export const JOB_CWD = jobDir('s3m-jobs-');

/** The OS account test jobs run as (see jobDir). */
export { JOB_USER } from '../support/local-cluster.ts';

/** A small three-resource config with fast time (one time_limit minute = `minuteSeconds`). */
export function testConfig(opts: { minuteSeconds?: number; killWait?: number; bodyLimit?: number } = {}): string {
  const ms = opts.minuteSeconds ?? 1;
  const kw = opts.killWait ?? 1;
  return `
listen: { host: 127.0.0.1, port: 0 }
# /metrics is served here only, never on the public port.
admin: { host: 127.0.0.1, port: 0 }
bodyLimit: ${opts.bodyLimit ?? 65536}
logLevel: info
# Tests poll hard with few tokens; the rate-limit tests use their own config.
rateLimits: { compute-ace: { ratePerSecond: 1000, burst: 1000 }, compute-ace-readonly: { ratePerSecond: 1000, burst: 1000 } }
# Tests send many bad tokens from one address on purpose; the pre-auth limit is tested with its
# defaults in edge-auth.test.ts.
preAuthLimit: { ratePerSecond: 1000, burst: 1000 }
resources:
  defiant:
    versions: [v0.0.43, v0.0.42]
    backend:
      type: local
      userMap: { '*': nobody }
      cluster: defiant
      minuteSeconds: ${ms}
      killWait: ${kw}
      schedulerInterval: 0.2
      nodes:
        - { name: d001, cpus: 4, memory: 8192 }
        - { name: d002, cpus: 4, memory: 8192 }
      partitions:
        - { name: batch-cpu, nodes: [d001, d002], default: true, maxTime: 60, defaultTime: 10 }
        - { name: debug, nodes: [d001], maxTime: 5, defaultTime: 2 }
      reservations:
        - { name: d-maint, nodes: [d002], start: now+1d, duration: 120, flags: [MAINT] }
  wombat:
    versions: [v0.0.43, v0.0.42]
    backend:
      type: local
      userMap: { '*': nobody }
      minuteSeconds: ${ms}
      killWait: ${kw}
      schedulerInterval: 0.2
      nodes: [{ name: w001, cpus: 2, memory: 4096 }]
      partitions: [{ name: arm, nodes: [w001], default: true }]
  quokka:
    versions: [v0.0.43]
    backend:
      type: local
      userMap: { '*': nobody }
      minuteSeconds: ${ms}
      schedulerInterval: 0.2
      nodes: [{ name: q001, cpus: 1, memory: 1024 }]
      partitions: [{ name: normal, nodes: [q001], default: true }]
`;
}

export async function startGateway(opts: { config?: string } = {}): Promise<TestGateway> {
  const dir = jobDir('s3m-e2e-');
  const dataDir = join(dir, 'data');
  mkdirSync(dataDir);
  const configFile = join(dir, 'config.yaml');
  writeFileSync(configFile, opts.config ?? testConfig());
  const env = { ...process.env, S3M_DATA_DIR: dataDir, S3M_CONFIG: configFile, S3M_PORT: '' };
  let output = '';
  let proc!: ChildProcess;
  let url = '';
  let adminUrl = '';

  const start = async () => {
    proc = spawn(S3M, ['serve'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    const from = output.length; // a restart must not read the previous process's address
    url = await new Promise<string>((resolveUrl, reject) => {
      // A gateway that never says where it listens is killed: left running, it would keep this
      // test process alive for good.
      const timer = setTimeout(() => {
        proc.kill('SIGKILL');
        reject(new Error(`gateway did not start within 60 s:\n${output}`));
      }, 60_000);
      let found = false;
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        // Look for the address only until it is found: later chunks are request logs, and a
        // benchmark's load generator shares this process. The line is read whole (it also names
        // the admin listener), never while a chunk has brought only part of it.
        if (found) return;
        const m = /listening on (http:\/\/[\d.]+:\d+)([^\n]*)\n/.exec(output.slice(from));
        if (m) {
          found = true;
          clearTimeout(timer);
          adminUrl = /metrics on (http:\/\/[\d.]+:\d+)\/metrics/.exec(m[2])?.[1] ?? '';
          resolveUrl(m[1]);
        }
      };
      proc.stdout!.on('data', onData);
      proc.stderr!.on('data', onData);
      proc.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`gateway exited with ${code}:\n${output}`));
      });
    });
    proc.removeAllListeners('exit');
  };

  const stop = async (signal: NodeJS.Signals = 'SIGTERM') => {
    if (proc.exitCode !== null || proc.signalCode !== null) return;
    const exited = new Promise<void>((r) => proc.once('exit', () => r()));
    proc.kill(signal);
    await exited;
  };

  await start();
  const gw: TestGateway = {
    get url() {
      return url;
    },
    get adminUrl() {
      return adminUrl;
    },
    dir,
    dataDir,
    configFile,
    env,
    get proc() {
      return proc;
    },
    logs: () => output,
    async settledLogs() {
      const mark = `log-mark-${Math.random().toString(36).slice(2)}`;
      await fetch(`${url}/healthz?${mark}`);
      await waitFor(`the gateway's log line of GET /healthz?${mark}`, async () => (output.includes(mark) ? true : undefined));
      return output;
    },
    async token(project, user, permission, expires) {
      const args = ['admin', 'token', 'create', '--project', project, '--user', user, '--permission', permission];
      if (expires) args.push('--expires', expires);
      const { stdout } = await run(S3M, args, { env });
      return stdout.trim();
    },
    headerFile(token, name = `h-${Math.random().toString(36).slice(2)}.env`, bearer = false) {
      const f = join(dir, name);
      writeFileSync(f, `Authorization: ${bearer ? 'Bearer ' : ''}${token}\n`);
      return f;
    },
    admin: (...args) => run(S3M, ['admin', ...args], { env }),
    stop,
    restart: async () => {
      await stop();
      await start();
    },
    async cleanup() {
      await stop();
      rmSync(dir, { recursive: true, force: true });
    },
  } as TestGateway;
  return gw;
}

export interface CurlResult {
  status: number;
  body: any;
  text: string;
  headers: Record<string, string>;
}

/** Real curl: `curl -s -H @headerFile -X METHOD url [-d body]`, returning status, headers and parsed JSON. */
export async function curl(url: string, opts: { headerFile?: string; method?: string; json?: unknown; data?: string; headers?: string[] } = {}): Promise<CurlResult> {
  // `Expect:` stops curl's 100-continue dance, which would add a second header block.
  const args = ['-sS', '-D', '-', '-H', 'Expect:', '-X', opts.method ?? 'GET'];
  if (opts.headerFile) args.push('-H', `@${opts.headerFile}`);
  for (const h of opts.headers ?? []) args.push('-H', h);
  if (opts.json !== undefined) args.push('-H', 'Content-Type: application/json', '--data-binary', JSON.stringify(opts.json));
  if (opts.data !== undefined) args.push('--data-binary', opts.data);
  args.push(url);
  const { stdout } = await run('curl', args, { maxBuffer: 64 * 1024 * 1024 });
  const split = stdout.indexOf('\r\n\r\n');
  const head = stdout.slice(0, split);
  const text = stdout.slice(split + 4);
  const [statusLine, ...headerLines] = head.split('\r\n');
  const headers: Record<string, string> = {};
  for (const l of headerLines) {
    const i = l.indexOf(':');
    if (i > 0) headers[l.slice(0, i).toLowerCase()] = l.slice(i + 1).trim();
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  const status = Number(statusLine.split(' ')[1]);
  assertSpecValid(opts.method ?? 'GET', url, status, body, text);
  return { status, body, text, headers };
}

/** Which of the nine operations a gateway URL names, if any. */
export function operationOf(method: string, url: string): { version: 'v0.0.42' | 'v0.0.43'; op: OperationName } | undefined {
  const m = /\/slurm\/(v0\.0\.4[23])\/[^/]+\/(ping|partitions|nodes|reservations|diag|jobs|job\/submit|job\/[^/?]+)\/?(\?|$)/.exec(new URL(url).pathname + new URL(url).search);
  if (!m) return undefined;
  const version = m[1] as 'v0.0.42' | 'v0.0.43';
  const path = m[2];
  if (path === 'job/submit') return method === 'POST' ? { version, op: 'submit' } : undefined;
  if (path.startsWith('job/')) return method === 'DELETE' ? { version, op: 'cancel' } : method === 'GET' ? { version, op: 'job' } : undefined;
  return method === 'GET' ? { version, op: path as OperationName } : undefined;
}

/**
 * Every SLURM-operation response the end-to-end tests see must validate against the spec of
 * its version, errors included: checked here so that no test can forget it.
 */
function assertSpecValid(method: string, url: string, status: number, body: unknown, text: string): void {
  const target = operationOf(method, url);
  if (!target) return;
  if (body === undefined) throw new Error(`${method} ${url} → ${status}: not a JSON body: ${text.slice(0, 200)}`);
  const v = validateResponse(target.version, target.op, status, body);
  if (!v.valid) throw new Error(`${method} ${url} → ${status}: body does not validate against the ${target.version} spec (${target.op}): ${v.errors.join('; ')}`);
}

/**
 * Poll until `check` returns a value (not undefined), or fail after `ms`. The default deadline is
 * generous on purpose: it only costs time when something is broken, and a machine busy with other
 * work can be many times slower than an idle one.
 */
export async function waitFor<T>(what: string, check: () => Promise<T | undefined>, ms = 60_000, every = 150): Promise<T> {
  const until = Date.now() + ms;
  let last: unknown;
  while (Date.now() < until) {
    try {
      const v = await check();
      if (v !== undefined) return v;
    } catch (err) {
      last = err;
    }
    await new Promise((r) => setTimeout(r, every));
  }
  throw new Error(`timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
}

/**
 * Wait until a file a job writes holds a whole line matching `pattern`, and return that line.
 * A job that has been seen RUNNING may not yet have run a line of its script (a trap it sets is
 * not set yet), and a file it is writing may be there but still empty: tests that need the job
 * to be past a point wait for what the job itself prints there.
 */
export function untilLine(file: string, pattern: RegExp, ms = 60_000): Promise<string> {
  return waitFor(`a line matching ${pattern} in ${file}`, async () => {
    if (!existsSync(file)) return undefined;
    const complete = readFileSync(file, 'utf8').split('\n').slice(0, -1);
    return complete.find((line) => pattern.test(line));
  }, ms);
}
