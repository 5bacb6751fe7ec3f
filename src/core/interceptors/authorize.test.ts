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
    assert.deepEqual(ctx.backend, { user: 'alice', project: 'STF040', clientSource: '10.0.0.1', requestId: 'r1' });
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
