import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sqliteStore, tempDbFile } from '../../test/support/store.ts';
import { GatewayError } from '../contract/errors.ts';
import { parseDuration } from './duration.ts';
import { TokenRefused, TokenService, tokenFromAuthorizationHeader } from './tokens.ts';

async function service(now: { t: number }) {
  const store = await sqliteStore(tempDbFile('s3m-tok-'));
  return { store, tokens: new TokenService(store, () => now.t) };
}

const rejects401 = (p: Promise<unknown>, pattern: RegExp) =>
  assert.rejects(p, (e: unknown) => e instanceof GatewayError && e.httpStatus === 401 && pattern.test(e.message));

describe('tokens', () => {
  it('carry 256 random bits and are stored only as a hash', async () => {
    const { store, tokens } = await service({ t: 1000 });
    const { token, record } = await tokens.create({ project: 'STF040', user: 'alice', permissions: ['compute-ace'], lifetimeSeconds: null });
    const secret = token.slice('s3m_'.length + 13); // after the 12-char id and its '_'
    assert.equal(Buffer.from(secret, 'base64url').length, 32);
    const dump = JSON.stringify(store.sqlite!.prepare('SELECT * FROM tokens').all());
    assert.ok(!dump.includes(secret), 'the secret must not be stored');
    assert.ok(dump.includes(record.id));
    const p = await tokens.verify(token);
    assert.deepEqual([p.project, p.user, p.permissions], ['STF040', 'alice', ['compute-ace']]);
    await store.close();
  });

  it('two tokens never collide', async () => {
    const { store, tokens } = await service({ t: 1 });
    const a = await tokens.create({ project: 'P', user: 'u', permissions: ['compute-ace'], lifetimeSeconds: null });
    const b = await tokens.create({ project: 'P', user: 'u', permissions: ['compute-ace'], lifetimeSeconds: null });
    assert.notEqual(a.token, b.token);
    assert.notEqual(a.record.id, b.record.id);
    await store.close();
  });

  it('reject missing, malformed, unknown, tampered, expired and revoked tokens with reasons', async () => {
    const now = { t: 1000 };
    const { store, tokens } = await service(now);
    const { token, record } = await tokens.create({ project: 'P', user: 'u', permissions: ['compute-ace'], lifetimeSeconds: 60 });
    await rejects401(tokens.verify(undefined), /required/);
    await rejects401(tokens.verify('hello'), /Malformed/);
    await rejects401(tokens.verify(`s3m_${'0'.repeat(12)}_${'A'.repeat(43)}`), /Unknown/);
    const tampered = token.slice(0, -1) + (token.endsWith('A') ? 'B' : 'A');
    await rejects401(tokens.verify(tampered), /Unknown/);
    now.t = 1059;
    assert.equal((await tokens.verify(token)).tokenId, record.id);
    now.t = 1060;
    await rejects401(tokens.verify(token), /expired/);
    const other = await tokens.create({ project: 'P', user: 'u', permissions: ['compute-ace-readonly'], lifetimeSeconds: null });
    assert.ok(await tokens.revoke(other.record.id));
    assert.equal(await tokens.revoke(other.record.id), false);
    await rejects401(tokens.verify(other.token), /revoked/);
    await store.close();
  });

  it('refuse unknown permissions and odd names', async () => {
    const { store, tokens } = await service({ t: 1 });
    await assert.rejects(tokens.create({ project: 'P', user: 'u', permissions: ['root' as never], lifetimeSeconds: null }), /unknown permission/);
    await assert.rejects(tokens.create({ project: 'P; drop', user: 'u', permissions: ['compute-ace'], lifetimeSeconds: null }), /invalid project/);
    await store.close();
  });

  it('read the header with or without "Bearer"', () => {
    assert.equal(tokenFromAuthorizationHeader('abc'), 'abc');
    assert.equal(tokenFromAuthorizationHeader('Bearer abc'), 'abc');
    assert.equal(tokenFromAuthorizationHeader('bearer   abc '), 'abc');
    assert.equal(tokenFromAuthorizationHeader(''), undefined);
    assert.equal(tokenFromAuthorizationHeader(undefined), undefined);
  });

  it('durations', () => {
    assert.equal(parseDuration('30d'), 30 * 86400);
    assert.equal(parseDuration('90m'), 5400);
    assert.equal(parseDuration('never'), null);
    assert.throws(() => parseDuration('soon'), /not a duration/);
    assert.throws(() => parseDuration('0s'), /positive/);
  });
});

describe('verified-token memory', () => {
  it('sees a revoke made by another connection (the admin CLI) at once', async () => {
    const file = tempDbFile('s3m-tok2-');
    const [serverStore, cliStore] = [await sqliteStore(file), await sqliteStore(file)];
    const server = new TokenService(serverStore, () => 1000);
    const cli = new TokenService(cliStore, () => 1000);
    const { token, record } = await cli.create({ project: 'P', user: 'u', permissions: ['compute-ace'], lifetimeSeconds: null });
    assert.equal((await server.verify(token)).tokenId, record.id);
    assert.equal((await server.verify(token)).tokenId, record.id, 'served from memory');
    await cli.revoke(record.id);
    await rejects401(server.verify(token), /revoked/);
    await serverStore.close();
    await cliStore.close();
  });

  it('a remembered token still expires on time, and a wrong secret for a remembered id is refused', async () => {
    const now = { t: 1000 };
    const { store, tokens } = await service(now);
    const { token } = await tokens.create({ project: 'P', user: 'u', permissions: ['compute-ace'], lifetimeSeconds: 10 });
    await tokens.verify(token);
    await rejects401(tokens.verify(token.slice(0, -1) + (token.endsWith('A') ? 'B' : 'A')), /Unknown/);
    now.t = 1010;
    await rejects401(tokens.verify(token), /expired/);
    await store.close();
  });
});

describe('what a refusal proves', () => {
  const proven = async (p: Promise<unknown>) => {
    try {
      await p;
    } catch (e) {
      assert.ok(e instanceof TokenRefused && e.httpStatus === 401);
      return e.provenTokenId;
    }
    assert.fail('not refused');
  };

  it('names the token only when the presented secret matched it (revoked or expired), never for a guess', async () => {
    const now = { t: 1000 };
    const { store, tokens } = await service(now);
    const real = await tokens.create({ project: 'P', user: 'u', permissions: ['compute-ace'], lifetimeSeconds: 60 });
    const id = real.record.id;
    assert.equal(await proven(tokens.verify(`s3m_${id}_${'A'.repeat(43)}`)), undefined, 'a forged secret for a real id');
    assert.equal(await proven(tokens.verify('garbage')), undefined);
    assert.equal(await proven(tokens.verify(undefined)), undefined);
    await tokens.verify(real.token); // remembered
    assert.equal(await proven(tokens.verify(`s3m_${id}_${'B'.repeat(43)}`)), undefined, 'a forged secret for a remembered id');
    now.t = 1060;
    assert.equal(await proven(tokens.verify(real.token)), id, 'expired, from memory');
    const other = await tokens.create({ project: 'P', user: 'u', permissions: ['compute-ace'], lifetimeSeconds: null });
    await tokens.revoke(other.record.id);
    assert.equal(await proven(tokens.verify(other.token)), other.record.id, 'revoked');
    await store.close();
  });

  it('knownValid: only a token verified before, held in memory and unexpired, with no database work', async () => {
    const now = { t: 1000 };
    const { store, tokens } = await service(now);
    const { token, record } = await tokens.create({ project: 'P', user: 'u', permissions: ['compute-ace'], lifetimeSeconds: 60 });
    assert.equal(tokens.knownValid(token), false, 'never verified');
    await tokens.verify(token);
    assert.equal(tokens.knownValid(token), true);
    assert.equal(tokens.knownValid(`s3m_${record.id}_${'A'.repeat(43)}`), false, 'the id alone is not enough');
    assert.equal(tokens.knownValid(undefined), false);
    assert.equal(tokens.knownValid('garbage'), false);
    await store.close(); // no statement runs: a closed database would throw
    assert.equal(tokens.knownValid(token), true);
    now.t = 1060;
    assert.equal(tokens.knownValid(token), false, 'expired');
  });

  it('knownValid survives another connection’s write (which empties the verified-token memory), and ends with a revoke', async () => {
    const file = tempDbFile('s3m-tok3-');
    const [serverStore, cliStore] = [await sqliteStore(file), await sqliteStore(file)];
    const server = new TokenService(serverStore, () => 1000);
    const cli = new TokenService(cliStore, () => 1000);
    const a = await cli.create({ project: 'P', user: 'u', permissions: ['compute-ace'], lifetimeSeconds: null });
    await server.verify(a.token);
    const b = await cli.create({ project: 'P', user: 'v', permissions: ['compute-ace'], lifetimeSeconds: null }); // another connection writes
    assert.equal(server.knownValid(a.token), true);
    assert.equal(server.knownValid(b.token), false, 'never seen by the server');
    await cli.revoke(a.record.id);
    assert.equal(server.knownValid(a.token), true, 'memory only: the gate lets it on to verify()...');
    await rejects401(server.verify(a.token), /revoked/);
    assert.equal(server.knownValid(a.token), false, '...which finds the revoke, and it is forgotten');
    await server.verify(b.token);
    await server.revoke(b.record.id);
    assert.equal(server.knownValid(b.token), false, 'a revoke by this process forgets at once');
    await serverStore.close();
    await cliStore.close();
  });
});
