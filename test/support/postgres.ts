// A real PostgreSQL for tests: Debian's postgresql-15 binaries (scripts/setup/debian-packages.txt),
// a fresh cluster in a temporary directory, started and stopped by the test itself, the way the
// real-SLURM stage starts its chroot. PostgreSQL refuses to run as root: the cluster belongs to
// the `postgres` user the package creates, and runs as it (setpriv). Trust authentication on
// 127.0.0.1 and a unix socket inside the cluster's own directory: reachable by the tests only.
import { execFileSync } from 'node:child_process';
import { chownSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';

const BIN = '/usr/lib/postgresql/15/bin';

export interface TestPostgres {
  /** postgres://s3m@127.0.0.1:<port>/<database> for a database of its own. */
  url(database?: string): string;
  createDatabase(name: string): void;
  stop(): void;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

function asPostgres(program: string, args: string[]): string {
  const cmd = join(BIN, program);
  if (userInfo().uid !== 0) return execFileSync(cmd, args, { encoding: 'utf8' });
  return execFileSync('setpriv', ['--reuid=postgres', '--regid=postgres', '--init-groups', '--', cmd, ...args], { encoding: 'utf8' });
}

export async function startPostgres(): Promise<TestPostgres> {
  const dir = mkdtempSync(join(tmpdir(), 's3m-pg-'));
  if (userInfo().uid === 0) {
    const [, , uid, gid] = execFileSync('getent', ['passwd', 'postgres'], { encoding: 'utf8' }).split(':');
    chownSync(dir, Number(uid), Number(gid));
  }
  const data = join(dir, 'data');
  const port = await freePort();
  asPostgres('initdb', ['-D', data, '-U', 's3m', '--auth=trust', '-E', 'UTF8', '--no-sync']);
  asPostgres('pg_ctl', ['-D', data, '-l', join(dir, 'log'), '-w', '-t', '120', '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`, 'start']);
  const url = (database = 'postgres') => `postgres://s3m@127.0.0.1:${port}/${database}`;
  let stopped = false;
  return {
    url,
    createDatabase(name) {
      asPostgres('psql', ['-X', '-q', '-h', dir, '-p', String(port), '-U', 's3m', '-d', 'postgres', '-c', `CREATE DATABASE "${name.replace(/"/g, '')}"`]);
    },
    stop() {
      if (stopped) return;
      stopped = true;
      try {
        asPostgres('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
