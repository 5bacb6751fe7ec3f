import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { openDatabase } from '../store/database.ts';
import { GatewayError } from '../contract/errors.ts';
import { parseDuration } from './duration.ts';
import { TokenRefused, TokenService, tokenFromAuthorizationHeader } from './tokens.ts';

function service(now: { t: number }) {
  const db = openDatabase(join(mkdtempSync(join(tmpdir(), 's3m-tok-')), 's3m.db'));
  return { db, tokens: new TokenService(db, () => now.t) };
}

const rejects401 = (fn: () => unknown, pattern: RegExp) =>
  assert.throws(fn, (e: unknown) => e instanceof GatewayError && e.httpStatus === 401 && pattern.test(e.message));

describe('tokens', () => {
  it('carry 256 random bits and are stored only as a hash', () => {
    const { db, tokens } = service({ t: 1000 });
    const { token, record } = tokens.create({ project: 'STF040', user: 'alice', permissions: ['compute-ace'], lifetimeSeconds: null });
    const secret = token.slice('s3m_'.length + 13); // after the 12-char id and its '_'
    assert.equal(Buffer.from(secret, 'base64url').length, 32);
    const dump = JSON.stringify(db.prepare('SELECT * FROM tokens').all());
    assert.ok(!dump.includes(secret), 'the secret must not be stored');
    assert.ok(dump.includes(record.id));
    const p = tokens.verify(token);
    assert.deepEqual([p.project, p.user, p.permissions], ['STF040', 'alice', ['compute-ace']]);
  });

  it('two tokens never collide', () => {
    const { tokens } = service({ t: 1 });
    const a = tokens.create({ project: 'P', user: 'u', permissions: ['compute-ace'], lifetimeSeconds: null });
    const b = tokens.create({ project: 'P', user: 'u', permissions: ['compute-ace'], lifetimeSeconds: null });
    assert.notEqual(a.token, b.token);
    assert.notEqual(a.record.id, b.record.id);
  });

  it('reject missing, malformed, unknown, tampered, expired and revoked tokens with reasons', () => {
    const now = { t: 1000 };
    const { tokens } = service(now);
    const { token, record } = tokens.create({ project: 'P', user: 'u', permissions: ['compute-ace'], lifetimeSeconds: 60 });
    rejects401(() => tokens.verify(undefined), /required/);
    rejects401(() => tokens.verify('hello'), /Malformed/);
    rejects401(() => tokens.verify(`s3m_${'0'.repeat(12)}_${'A'.repeat(43)}`), /Unknown/);
    const tampered = token.slice(0, -1) + (token.endsWith('A') ? 'B' : 'A');
    rejects401(() => tokens.verify(tampered), /Unknown/);
    now.t = 1059;
    assert.equal(tokens.verify(token).tokenId, record.id);
    now.t = 1060;
    rejects401(() => tokens.verify(token), /expired/);
    const other = tokens.create({ project: 'P', user: 'u', permissions: ['compute-ace-readonly'], lifetimeSeconds: null });
    assert.ok(tokens.revoke(other.record.id));
    assert.equal(tokens.revoke(other.record.id), false);
    rejects401(() => tokens.verify(other.token), /revoked/);
  });

  it('refuse unknown permissions and odd names', () => {
    const { tokens } = service({ t: 1 });
    assert.throws(() => tokens.create({ project: 'P', user: 'u', permissions: ['root' as never], lifetimeSeconds: null }), /unknown permission/);
    assert.throws(() => tokens.create({ project: 'P; drop', user: 'u', permissions: ['compute-ace'], lifetimeSeconds: null }), /invalid project/);
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
  it('sees a revoke made by another connection (the admin CLI) at once', () => {
    const file = join(mkdtempSync(join(tmpdir(), 's3m-tok2-')), 's3m.db');
    const server = new TokenService(openDatabase(file), () => 1000);
    const cli = new TokenService(openDatabase(file), () => 1000);
    const { token, record } = cli.create({ project: 'P', user: 'u', permissions: ['compute-ace'], lifetimeSeconds: null });
    assert.equal(server.verify(token).tokenId, record.id);
    assert.equal(server.verify(token).tokenId, record.id, 'served from memory');
    cli.revoke(record.id);
    rejects401(() => server.verify(token), /revoked/);
  });

  it('a remembered token still expires on time, and a wrong secret for a remembered id is refused', () => {
    const now = { t: 1000 };
    const { tokens } = service(now);
    const { token } = tokens.create({ project: 'P', user: 'u', permissions: ['compute-ace'], lifetimeSeconds: 10 });
    tokens.verify(token);
    rejects401(() => tokens.verify(token.slice(0, -1) + (token.endsWith('A') ? 'B' : 'A')), /Unknown/);
    now.t = 1010;
    rejects401(() => tokens.verify(token), /expired/);
  });
});

describe('what a refusal proves', () => {
  const proven = (fn: () => unknown) => {
    try {
      fn();
    } catch (e) {
      assert.ok(e instanceof TokenRefused && e.httpStatus === 401);
      return e.provenTokenId;
    }
    assert.fail('not refused');
  };

  it('names the token only when the presented secret matched it (revoked or expired), never for a guess', () => {
    const now = { t: 1000 };
    const { tokens } = service(now);
    const real = tokens.create({ project: 'P', user: 'u', permissions: ['compute-ace'], lifetimeSeconds: 60 });
    const id = real.record.id;
    assert.equal(proven(() => tokens.verify(`s3m_${id}_${'A'.repeat(43)}`)), undefined, 'a forged secret for a real id');
    assert.equal(proven(() => tokens.verify('garbage')), undefined);
    assert.equal(proven(() => tokens.verify(undefined)), undefined);
    tokens.verify(real.token); // remembered
    assert.equal(proven(() => tokens.verify(`s3m_${id}_${'B'.repeat(43)}`)), undefined, 'a forged secret for a remembered id');
    now.t = 1060;
    assert.equal(proven(() => tokens.verify(real.token)), id, 'expired, from memory');
    const other = tokens.create({ project: 'P', user: 'u', permissions: ['compute-ace'], lifetimeSeconds: null });
    tokens.revoke(other.record.id);
    assert.equal(proven(() => tokens.verify(other.token)), other.record.id, 'revoked');
  });

  it('knownValid: only a token verified before, held in memory and unexpired, with no database work', () => {
    const now = { t: 1000 };
    const { db, tokens } = service(now);
    const { token, record } = tokens.create({ project: 'P', user: 'u', permissions: ['compute-ace'], lifetimeSeconds: 60 });
    assert.equal(tokens.knownValid(token), false, 'never verified');
    tokens.verify(token);
    assert.equal(tokens.knownValid(token), true);
    assert.equal(tokens.knownValid(`s3m_${record.id}_${'A'.repeat(43)}`), false, 'the id alone is not enough');
    assert.equal(tokens.knownValid(undefined), false);
    assert.equal(tokens.knownValid('garbage'), false);
    db.close(); // no statement runs: a closed database would throw
    assert.equal(tokens.knownValid(token), true);
    now.t = 1060;
    assert.equal(tokens.knownValid(token), false, 'expired');
  });

  it('knownValid survives another connection’s write (which empties the verified-token memory), and ends with a revoke', () => {
    const file = join(mkdtempSync(join(tmpdir(), 's3m-tok3-')), 's3m.db');
    const server = new TokenService(openDatabase(file), () => 1000);
    const cli = new TokenService(openDatabase(file), () => 1000);
    const a = cli.create({ project: 'P', user: 'u', permissions: ['compute-ace'], lifetimeSeconds: null });
    server.verify(a.token);
    const b = cli.create({ project: 'P', user: 'v', permissions: ['compute-ace'], lifetimeSeconds: null }); // another connection writes
    assert.equal(server.knownValid(a.token), true);
    assert.equal(server.knownValid(b.token), false, 'never seen by the server');
    cli.revoke(a.record.id);
    assert.equal(server.knownValid(a.token), true, 'memory only: the gate lets it on to verify()...');
    rejects401(() => server.verify(a.token), /revoked/);
    assert.equal(server.knownValid(a.token), false, '...which finds the revoke, and it is forgotten');
    server.verify(b.token);
    server.revoke(b.record.id);
    assert.equal(server.knownValid(b.token), false, 'a revoke by this process forgets at once');
  });
});
