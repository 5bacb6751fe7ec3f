// Test helper: a ComputeService over FakeBackend (test/support/fake-backend.ts) with fake tokens,
// for tests of the rules through the service itself, in process, with no server.
import assert from 'node:assert/strict';
import type { Principal } from '../../src/auth/principal.ts';
import { TokenRefused, type TokenService } from '../../src/auth/tokens.ts';
import type { ResourceConfig } from '../../src/config/schema.ts';
import { GatewayError, type SlurmErrorKind } from '../../src/contract/errors.ts';
import { ComputeService, type Call, type ServiceOptions } from '../../src/core/service.ts';
import { FakeBackend } from './fake-backend.ts';

/** Tokens (the secret is the Authorization header's value) and whom they stand for. */
export const PRINCIPALS = {
  'tok-a': { tokenId: 'aaaaaaaaaaaa', user: 'alice', project: 'PROJA', permissions: ['compute-ace'], expiresAt: null },
  'tok-b': { tokenId: 'bbbbbbbbbbbb', user: 'bob', project: 'PROJB', permissions: ['compute-ace'], expiresAt: null },
  /** Read-only, of PROJA. */
  'tok-ro': { tokenId: 'rrrrrrrrrrrr', user: 'rita', project: 'PROJA', permissions: ['compute-ace-readonly'], expiresAt: null },
  /** A project without jobs. */
  'tok-c': { tokenId: 'cccccccccccc', user: 'carol', project: 'PROJC', permissions: ['compute-ace'], expiresAt: null },
} satisfies Record<string, Principal>;
export type TokenName = keyof typeof PRINCIPALS;

/** A TokenService that knows PRINCIPALS' tokens and refuses anything else with a 401, like the real one. */
export function fakeTokens(): TokenService & { verified: string[] } {
  const verified: string[] = [];
  return {
    verified,
    verify(presented: string | undefined): Principal {
      if (!presented) throw new TokenRefused('Authentication required: send your project token in the Authorization header');
      verified.push(presented);
      const p = (PRINCIPALS as Record<string, Principal>)[presented];
      if (!p) throw new TokenRefused('Unknown access token');
      return p;
    },
  } as unknown as TokenService & { verified: string[] };
}

export const RESOURCE = 'fake';

export interface Setup {
  service: ComputeService;
  backend: FakeBackend;
  tokens: ReturnType<typeof fakeTokens>;
  /** A call on RESOURCE (v0.0.43 unless `extra` says otherwise) with `token` as its Authorization header. */
  call(token: TokenName | undefined, extra?: Partial<Call>): Call;
}

export function serviceOverFake(opts: ServiceOptions = {}, versions: ResourceConfig['versions'] = ['v0.0.43', 'v0.0.42'], backend = new FakeBackend()): Setup {
  const tokens = fakeTokens();
  const config = { versions } as ResourceConfig;
  const service = new ComputeService([{ name: RESOURCE, config, backend }], tokens, opts);
  const call = (token: TokenName | undefined, extra: Partial<Call> = {}): Call => ({
    authorization: token,
    resource: RESOURCE,
    version: 'v0.0.43',
    clientSource: '10.0.0.7:40001',
    clientAddress: '10.0.0.7',
    requestId: 'req-1',
    ...extra,
  });
  return { service, backend, tokens, call };
}

/** Awaits `p` and checks it failed with a GatewayError of `kind` and `status`; returns the error. */
export async function refused(p: Promise<unknown>, kind: SlurmErrorKind, status: number, message?: RegExp): Promise<GatewayError> {
  let error: unknown;
  try {
    await p;
  } catch (err) {
    error = err;
  }
  assert.ok(error instanceof GatewayError, `expected a ${status} ${kind}, got ${error === undefined ? 'a reply' : String(error)}`);
  assert.equal(error.kind, kind, error.message);
  assert.equal(error.httpStatus, status, error.message);
  if (message) assert.match(error.message, message);
  return error;
}
