import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Principal } from '../../auth/principal.ts';
import { GatewayError } from '../../contract/errors.ts';
import { newContext } from '../context.ts';
import { authenticate } from './authenticate.ts';

const alice: Principal = { tokenId: 'a', user: 'alice', project: 'STF040', permissions: ['compute-ace'], expiresAt: null };
const tokens = {
  async verify(secret: string | undefined) {
    if (secret === 's3m_good') return alice;
    throw new GatewayError('authentication', 'Unknown access token');
  },
};

test('a good token, bare or as "Bearer <token>", names the caller; a bad one stops the call with 401 before anything runs', async () => {
  for (const authorization of ['s3m_good', 'Bearer s3m_good']) {
    const ctx = newContext({ authorization, resource: 'r', version: 'v0.0.43' }, 'ping', 'read');
    await authenticate(tokens)(ctx, async () => ({ status: 200 }));
    assert.equal(ctx.principal, alice);
  }
  let ran = false;
  const ctx = newContext({ authorization: 's3m_bad', resource: 'r', version: 'v0.0.43' }, 'ping', 'read');
  await assert.rejects(
    authenticate(tokens)(ctx, async () => {
      ran = true;
      return { status: 200 };
    }),
    (e: unknown) => e instanceof GatewayError && e.httpStatus === 401,
  );
  assert.equal(ran, false);
  assert.equal(ctx.principal, undefined);
});
