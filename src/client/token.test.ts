import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { TokenError } from './errors.ts';
import { resolveToken } from './token.ts';

describe('token sources', () => {
  const dir = mkdtempSync(join(tmpdir(), 's3m-token-'));
  const file = join(dir, 'h.env');
  writeFileSync(file, '# a comment\nAuthorization: Bearer s3m_a_b\n');
  writeFileSync(join(dir, '.env'), 'authorization:s3m_dot_env\n');
  writeFileSync(join(dir, 'other.env'), 'S3M_TOKEN=s3m_secret_value\n');

  it('--token-file first, then S3M_TOKEN, then ./.env', () => {
    assert.deepEqual(resolveToken({ tokenFile: file, env: { S3M_TOKEN: 'x' }, cwd: dir }), { authorization: 'Bearer s3m_a_b', source: file });
    assert.deepEqual(resolveToken({ env: { S3M_TOKEN: ' s3m_env ' }, cwd: dir }), { authorization: 's3m_env', source: 'S3M_TOKEN' });
    assert.equal(resolveToken({ env: {}, cwd: dir }).authorization, 's3m_dot_env');
  });
  it('clear errors that never quote the file', () => {
    assert.throws(() => resolveToken({ env: {}, cwd: tmpdir() + '/nonexistent-s3m' }), (e: Error) => e instanceof TokenError && /no token/.test(e.message));
    assert.throws(() => resolveToken({ tokenFile: join(dir, 'other.env') }), (e: Error) => /no "Authorization: <token>" line/.test(e.message) && !e.message.includes('secret'));
    assert.throws(() => resolveToken({ tokenFile: join(dir, 'missing') }), /cannot read token file .*ENOENT/);
  });
});
