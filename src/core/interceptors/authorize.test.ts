import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Principal } from '../../auth/principal.ts';
import { GatewayError } from '../../contract/errors.ts';
import { newContext, type Resource } from '../context.ts';
import { authorize } from './authorize.ts';

const who = (permissions: Principal['permissions']): Principal => ({ tokenId: 't', user: 'alice', project: 'STF040', permissions, expiresAt: null });
const resources = new Map<string, Resource>([['defiant', { name: 'defiant', config: { versions: ['v0.0.43'] } as never, backend: {} as never }]]);
const ok = async () => ({ status: 200 });

async function refusal(principal: Principal, resource: string, version: string, needs: 'read' | 'write'): Promise<string | undefined> {
  const ctx = newContext({ resource, version, clientSource: '10.0.0.1', requestId: 'r1' }, 'x', needs);
  ctx.principal = principal;
  try {
    await authorize(resources)(ctx, ok);
    assert.deepEqual(ctx.backend, { user: 'alice', project: 'STF040', clientSource: '10.0.0.1', requestId: 'r1', version });
    return undefined;
  } catch (e) {
    assert.ok(e instanceof GatewayError);
    return `${e.httpStatus} ${e.message}`;
  }
}

test('permission, then resource and version, then write permission', async () => {
  assert.equal(await refusal(who(['compute-ace']), 'defiant', 'v0.0.43', 'write'), undefined);
  assert.equal(await refusal(who(['compute-ace-readonly']), 'defiant', 'v0.0.43', 'read'), undefined);
  assert.match((await refusal(who([]), 'defiant', 'v0.0.43', 'read'))!, /^403 .*no compute permission/);
  assert.match((await refusal(who(['compute-ace']), 'nope', 'v0.0.43', 'read'))!, /^404 Unknown resource "nope" \(known: defiant\)/);
  assert.match((await refusal(who(['compute-ace']), 'defiant', 'v0.0.42', 'read'))!, /^404 .*does not serve API version v0\.0\.42/);
  assert.match((await refusal(who(['compute-ace-readonly']), 'defiant', 'v0.0.43', 'write'))!, /^403 .*read-only/);
  // A read-only token learns that a resource is unknown before it learns it may not write.
  assert.match((await refusal(who(['compute-ace-readonly']), 'nope', 'v0.0.43', 'write'))!, /^404/);
});

test('a wrong security enclave is refused exactly as an unknown resource', async () => {
  const two = new Map<string, Resource>([
    ['defiant', { name: 'defiant', config: { versions: ['v0.0.43'] } as never, backend: {} as never }], // securityEnclave left out: "open"
    ['odo', { name: 'odo', config: { versions: ['v0.0.44'], securityEnclave: 'moderate' } as never, backend: {} as never }],
  ]);
  const attempt = async (call: { resource: string; version: string; enclave?: string }) => {
    const ctx = newContext({ ...call, clientSource: '10.0.0.1', requestId: 'r1' }, 'x', 'read');
    ctx.principal = who(['compute-ace']);
    try {
      await authorize(two)(ctx, ok);
      return undefined;
    } catch (e) {
      assert.ok(e instanceof GatewayError);
      return e;
    }
  };
  // No enclave in the URL, or the resource's own (the configured one, or "open" by default): served.
  for (const call of [{ resource: 'defiant', version: 'v0.0.43' }, { resource: 'defiant', version: 'v0.0.43', enclave: 'open' }, { resource: 'odo', version: 'v0.0.44', enclave: 'moderate' }]) {
    assert.equal(await attempt(call), undefined, JSON.stringify(call));
  }
  const unknown = (await attempt({ resource: 'nope', version: 'v0.0.43', enclave: 'open' }))!;
  for (const call of [
    { resource: 'defiant', version: 'v0.0.43', enclave: 'moderate' },
    { resource: 'odo', version: 'v0.0.44', enclave: 'open' },
    { resource: 'odo', version: 'v0.0.44', enclave: 'Moderate' }, // compared exactly, as the path is
    { resource: 'odo', version: 'v0.0.42', enclave: 'open' }, // the enclave is checked before the version, as the resource is
  ]) {
    const e = (await attempt(call))!;
    assert.ok(e, JSON.stringify(call));
    assert.deepEqual([e.kind, e.httpStatus, e.extraHeaders, { ...e.toSlurmError(), description: '' }], [unknown.kind, unknown.httpStatus, unknown.extraHeaders, { ...unknown.toSlurmError(), description: '' }]);
    assert.match(e.message, new RegExp(`^Unknown resource "${call.resource}" in security enclave "${call.enclave}"`));
  }
});

test('a version past its sunset: served by default (retiredVersions serve), 404 with retiredVersions refuse', async () => {
  const dates = { 'v0.0.42': { since: '2026-05-26', sunset: '2026-11-30' } };
  const day = (iso: string) => () => Date.parse(`${iso}T12:00:00Z`);
  const attempt = async (retiredVersions: 'serve' | 'refuse' | undefined, today: string) => {
    const one = new Map<string, Resource>([['defiant', { name: 'defiant', config: { versions: ['v0.0.42', 'v0.0.43'], retiredVersions } as never, backend: {} as never }]]);
    const ctx = newContext({ resource: 'defiant', version: 'v0.0.42', clientSource: '10.0.0.1', requestId: 'r1' }, 'x', 'read');
    ctx.principal = who(['compute-ace']);
    try {
      await authorize(one, dates, day(today))(ctx, ok);
      return 'served';
    } catch (e) {
      assert.ok(e instanceof GatewayError);
      return `${e.httpStatus} ${e.message}`;
    }
  };
  assert.equal(await attempt('serve', '2026-12-15'), 'served');
  assert.equal(await attempt(undefined, '2026-12-15'), 'served');
  // The sunset day itself is still served; the day after is not.
  assert.equal(await attempt('refuse', '2026-11-30'), 'served');
  assert.match(await attempt('refuse', '2026-12-01'), /^404 API version v0\.0\.42 was removed from SLURM on 2026-11-30 .*use a newer version/);
});
