import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { clusterUser } from '../user-map.ts';
import { JobAccounts, nssLookup, type JobAccount } from './accounts.ts';
import { noContainment, parseCpuList } from './cgroups.ts';

const table: Record<string, JobAccount> = {
  'u-alice': { name: 'u-alice', uid: 5001, gid: 6001, group: 'g-alice', home: '/home/u-alice' },
  shared: { name: 'shared', uid: 5002, gid: 6002, group: 'g-shared', home: '/srv/shared' },
  root: { name: 'root', uid: 0, gid: 0, group: 'root', home: '/root' },
  toor: { name: 'toor', uid: 0, gid: 0, group: 'root', home: '/root' },
};
const lookup = (name: string) => table[name] ?? null;

describe('who a job runs as', () => {
  test('userMap: listed users, "*" for everyone else, and otherwise the same name (both backends)', () => {
    assert.equal(clusterUser({ alice: 'u-alice' }, 'alice'), 'u-alice');
    assert.equal(clusterUser({ alice: 'u-alice' }, 'bob'), 'bob');
    assert.equal(clusterUser({ alice: 'u-alice', '*': 'shared' }, 'bob'), 'shared');
    assert.equal(clusterUser({ '*': 'shared' }, 'constructor'), 'shared', 'no prototype keys');
  });

  test('multi-user mode resolves the mapped account; unknown accounts and uid 0 are refused', () => {
    const accounts = new JobAccounts({ alice: 'u-alice', carol: 'toor' }, { multiUser: true, lookup });
    assert.deepEqual(accounts.resolve('alice'), { ok: true, account: table['u-alice'] });
    assert.deepEqual(accounts.resolve('shared'), { ok: true, account: table.shared });
    assert.equal(accounts.resolve('nobody-here').ok, false);
    for (const user of ['root', 'carol']) {
      const r = accounts.resolve(user);
      assert.ok(!r.ok && /uid 0/.test(r.reason), user);
    }
  });

  test('a missing account is looked up again after a few seconds (a new account becomes usable)', () => {
    let now = 0;
    let calls = 0;
    const accounts = new JobAccounts({}, { multiUser: true, now: () => now, lookup: (n) => (n === 'late' ? (calls++, now > 10_000 ? table.shared : null) : null) });
    assert.equal(accounts.resolve('late').ok, false);
    assert.equal(accounts.resolve('late').ok, false);
    assert.equal(calls, 1, 'cached');
    now = 20_000;
    assert.equal(accounts.resolve('late').ok, true);
  });

  test('single-user mode: every job is the gateway\'s own account, whatever the map says', () => {
    const accounts = new JobAccounts({ alice: 'u-alice' }, { multiUser: false, lookup });
    const r = accounts.resolve('alice');
    assert.ok(r.ok);
    assert.equal(r.account.uid, process.getuid?.());
    assert.equal(r.account, accounts.gatewayAccount);
  });

  test('NSS lookup: a real account, and names that could be options or fields are never looked up', () => {
    const root = nssLookup('root');
    assert.equal(root?.uid, 0);
    for (const bad of ['', '-s', 'a:b', 'a b', 'no-such-account-s3m']) assert.equal(nssLookup(bad), null, bad);
  });

  test('without cgroups the backend can say exactly what is not enforced, and creates none', () => {
    const none = noContainment('the gateway is not root');
    assert.equal(none.kind, 'none');
    assert.match(none.notEnforced.join(), /memory, process-count and CPU limits, and killing processes that leave the job's process group \(the gateway is not root\)/);
    assert.equal(none.create('job_1', { memoryBytes: 1, pids: 1, cpus: [] }), null);
  });

  test('cpu lists in the kernel\'s format', () => {
    assert.deepEqual(parseCpuList('0-2,5,7-8\n'), [0, 1, 2, 5, 7, 8]);
    assert.deepEqual(parseCpuList('1'), [1]);
    assert.deepEqual(parseCpuList(''), []);
  });
});
