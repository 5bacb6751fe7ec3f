// The SDK over gRPC (GrpcTransport on slurm.v0043.SlurmIndirect) against the real gateway: every
// operation answers with the same bodies as REST, a job runs to COMPLETED, failures are the same
// typed errors with the same HTTP statuses and SLURM errors[], and submits are idempotent over
// both transports (an explicit key, and the SDK's own key when an answer is lost).
import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ConnectionError, GrpcTransport, RestTransport, S3mClient, S3mError, SlurmApiError, type Transport } from '../../src/client/index.ts';
import type { ServiceDefinition } from '@grpc/grpc-js';
import { loadSync } from '@grpc/proto-loader';
import { protoShape } from '../../src/contract/grpc/json-proto.ts';
import { LOADER_OPTIONS } from '../../src/contract/grpc/loader-options.ts';
import { protoFile } from '../../src/contract/grpc/service.ts';
import type { ApiVersion } from '../../src/contract/model.ts';
import { OPERATIONS, type OperationName } from '../../src/contract/operations.ts';
import { specOperation } from '../../src/contract/validate.ts';
import { startGateway, testConfig, untilLine, waitFor, type TestGateway } from './harness.ts';
import { allVersionsConfig, GRPC_VERSIONS, serviceOf } from './grpc-harness.ts';

let gw: TestGateway;
let token: string;
let readonlyToken: string;
const clients: S3mClient<'v0.0.43'>[] = [];

/**
 * A client of `version` (default v0.0.43). Typed as v0.0.43 whatever the version: the fields the
 * tests read (job_id, job_state, name, pings[].responding, ...) are the same in every version.
 */
const make = (transport: 'rest' | 'grpc' | Transport, extra: { token?: string; resource?: string; version?: ApiVersion } = {}) => {
  const c = new S3mClient<'v0.0.43'>({ url: gw.url, token: extra.token ?? token, resource: extra.resource ?? 'defiant', version: extra.version as 'v0.0.43' | undefined, transport, retry: { retries: 3, baseDelayMs: 20, maxDelayMs: 100 } });
  clients.push(c);
  return c;
};
const job = (name: string, script = '#!/bin/bash\necho hello from grpc') => ({ name, current_working_directory: gw.dir, environment: ['PATH=/usr/bin:/bin'], time_limit: { set: true, number: 5 }, script });
/** A reply without what differs per connection: meta.client.source (REST: the address; gRPC: the peer, address:port). */
const comparable = (body: any) => {
  const copy = structuredClone(body);
  if (copy?.meta?.client) copy.meta.client.source = '<client>';
  for (const p of copy?.pings ?? []) delete p.latency; // measured per call
  return copy;
};
/**
 * A REST body as the SDK decodes it from the version's gRPC message: shaped for the message
 * (src/contract/grpc/json-proto.ts: keys the version's message lacks are left out, as while the
 * core hands v0.0.43 bodies to v0.0.44/45), encoded, and decoded with the SDK's loader options
 * (an empty repeated field the body did not have decodes as [], as proto3 cannot tell them apart).
 */
const asMessage = (version: ApiVersion, op: OperationName, body: unknown) => {
  const service = loadSync(protoFile(version), { ...LOADER_OPTIONS, arrays: true })[serviceOf(version)] as unknown as ServiceDefinition;
  const method = service[OPERATIONS[op].rpc];
  const shaped = protoShape(version, specOperation(version, op).responses['200'].content['application/json'].schema.$ref, body);
  return method.responseDeserialize(method.responseSerialize(shaped));
};

before(async () => {
  // Time limits are real minutes here: job() asks for 5, and the job that loops until the test
  // signals it must not reach its limit first, however slow the machine is.
  gw = await startGateway({ config: allVersionsConfig({ minuteSeconds: 60 }) });
  token = await gw.token('STF040', 'alice', 'compute-ace');
  readonlyToken = await gw.token('STF040', 'bob', 'compute-ace-readonly');
});
after(async () => {
  await Promise.all(clients.map((c) => c.close()));
  await gw?.cleanup();
});

describe('the SDK over gRPC', () => {
  for (const version of GRPC_VERSIONS) {
    it(`${version}: every read operation answers with the body REST answers`, async () => {
      const rest = make('rest', { version });
      const grpc = make('grpc', { version });
      assert.equal(grpc.transport.kind, 'grpc');
      for (const op of ['ping', 'partitions', 'nodes', 'reservations'] as const) {
        const [a, b] = await Promise.all([rest[op](), grpc[op]()]);
        assert.deepEqual(comparable(b), comparable(asMessage(version, op, a)), op);
        // v0.0.43 is the backends' own version: its body arrives whole, nothing left out.
        if (version === 'v0.0.43') assert.deepEqual(comparable(b), comparable(a), op);
      }
      const ping = await grpc.ping();
      assert.equal(ping.pings?.[0].responding, true);
      assert.deepEqual(ping.errors, []); // empty repeated fields decode as [] as in REST's JSON
      assert.ok((await grpc.partitions()).partitions?.some((p) => p.name === 'debug'));
      assert.equal((await grpc.nodes()).nodes?.length, 2);
      assert.equal((await grpc.reservations()).reservations?.[0].name, 'd-maint');
      assert.ok((await grpc.diag()).statistics);
      assert.ok(Array.isArray((await grpc.jobs()).jobs));
    });

    it(`${version}: submit → waitForJob to COMPLETED → job, jobs → cancel of the finished job (2021)`, async () => {
      const grpc = make('grpc', { version });
      const reply = await grpc.submit(job(`grpc-sdk-${version}`));
      assert.equal(typeof reply.job_id, 'number');
      const states: string[] = [];
      const done = await grpc.waitForJob(reply.job_id!, { intervalMs: 100, onChange: (j) => states.push(j.job_state!.join('+')), signal: AbortSignal.timeout(60_000) });
      assert.deepEqual(done.job_state, ['COMPLETED']);
      assert.equal(states.at(-1), 'COMPLETED');
      assert.equal(done.exit_code?.return_code?.number, 0);
      assert.equal(done.account, 'stf040');
      const one = await grpc.job(reply.job_id!);
      const viaRest = await make('rest', { version }).job(reply.job_id!);
      assert.deepEqual(comparable(one), comparable(asMessage(version, 'job', viaRest)));
      if (version === 'v0.0.43') assert.deepEqual(comparable(one), comparable(viaRest));
      assert.ok((await grpc.jobs()).jobs?.some((j) => j.job_id === reply.job_id));
      await assert.rejects(grpc.cancel(reply.job_id!), (e: unknown) => e instanceof SlurmApiError && e.status === 200 && e.errorNumbers[0] === 2021);
    });
  }

  it('cancel with a signal reaches a running job', async () => {
    const grpc = make('grpc');
    const { job_id } = await grpc.submit(job('trap', '#!/bin/bash\ntrap "exit 9" USR1\necho ready\nwhile true; do sleep 0.1; done\n'));
    await waitFor('job running', async () => ((await grpc.job(job_id!)).jobs?.[0].job_state?.[0] === 'RUNNING' ? true : undefined));
    // RUNNING is not "past the trap line": until the script says so, USR1 would simply kill bash.
    await untilLine(join(gw.dir, `slurm-${job_id}.out`), /^ready$/);
    const body = await grpc.cancel(job_id!, { signal: 'USR1' });
    assert.deepEqual(body.status ?? [], []);
    const done = await grpc.waitForJob(job_id!, { intervalMs: 100, signal: AbortSignal.timeout(60_000) });
    assert.equal(done.exit_code?.return_code?.number, 9);
  });

  it('introspect() goes over REST to the same URL; without a URL it says why it cannot', async () => {
    const info = await make('grpc').introspect();
    assert.equal(info.project, 'STF040');
    assert.equal(info.user, 'alice');
    const bare = make(new GrpcTransport({ target: new URL(gw.url).host, token }));
    await assert.rejects(bare.introspect(), (e: unknown) => e instanceof S3mError && /no gRPC method.*give GrpcTransport the gateway's url/.test(e.message));
    assert.equal((await bare.ping()).pings?.[0].pinged, 'UP');
  });
});

describe('errors over gRPC are the SDK errors REST gives', () => {
  it('unknown job: SlurmApiError 404 with SLURM error 2017 and the reply body', async () => {
    for (const transport of ['grpc', 'rest'] as const) {
      await assert.rejects(make(transport).job(424242), (e: unknown) => {
        assert.ok(e instanceof SlurmApiError, transport);
        assert.equal(e.status, 404);
        assert.deepEqual(e.errorNumbers, [2017]);
        assert.equal(e.message, 'Unable to query JobId=424242: Invalid job id specified (error 2017)');
        assert.deepEqual((e.body as any).jobs, []);
        assert.equal(e.operation, 'job');
        return true;
      });
    }
  });

  it('read-only token submits: 403 (2002); bad token: 401 (1007); bad partition: 422 (2000); unknown resource, or a version it does not serve: 404', async () => {
    await assert.rejects(make('grpc', { token: readonlyToken }).submit(job('ro')), (e: unknown) => e instanceof SlurmApiError && e.status === 403 && e.errorNumbers[0] === 2002 && !e.retryable);
    await assert.rejects(make('grpc', { token: 's3m_nope_nope' }).ping(), (e: unknown) => e instanceof SlurmApiError && e.status === 401 && e.errorNumbers[0] === 1007);
    await assert.rejects(make('grpc').submit({ ...job('bad'), partition: 'no-such' }), (e: unknown) => e instanceof SlurmApiError && e.status === 422 && e.errorNumbers[0] === 2000);
    await assert.rejects(make('grpc', { resource: 'atlantis' }).ping(), (e: unknown) => e instanceof SlurmApiError && e.status === 404 && e.errorNumbers[0] === 9200);
    // quokka lists v0.0.43 only: its v0.0.45 service is refused as an unknown resource is.
    await assert.rejects(make('grpc', { resource: 'quokka', version: 'v0.0.45' }).ping(), (e: unknown) => e instanceof SlurmApiError && e.status === 404 && e.errorNumbers[0] === 9200 && /does not serve API version v0.0.45/.test(e.message));
  });

  it('v0.0.42 is REST only: the client refuses a gRPC transport for it', () => {
    assert.throws(() => new S3mClient({ url: gw.url, token, resource: 'defiant', version: 'v0.0.42', transport: 'grpc' }), /carries API versions v0.0.43, v0.0.44, v0.0.45 only, not v0.0.42: use the REST transport/);
  });

  it('connection refused: a ConnectionError that was not sent, so even a submit is retried', async () => {
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((r) => closed.close(() => r()));
    const attempts: string[] = [];
    const c = new S3mClient({ url: `http://127.0.0.1:${port}`, token, resource: 'defiant', transport: 'grpc', autoIdempotencyKey: false, retry: { retries: 2, baseDelayMs: 1, onRetry: (i) => attempts.push(i.operation) } });
    clients.push(c);
    await assert.rejects(c.submit(job('nowhere')), (e: unknown) => e instanceof ConnectionError && e.code === 'ECONNREFUSED' && !e.requestMayHaveBeenSent);
    assert.deepEqual(attempts, ['submit', 'submit']);
  });

  it('rate limit: 429 with Retry-After; a message over bodyLimit: 413', async () => {
    const small = await startGateway({ config: testConfig({ bodyLimit: 4096 }).replace(/rateLimits: .*\n/, 'rateLimits: { compute-ace: { ratePerSecond: 0.1, burst: 3 } }\n') });
    try {
      const t = await small.token('STF040', 'carol', 'compute-ace');
      const c = new S3mClient({ url: small.url, token: t, resource: 'defiant', transport: 'grpc', retry: { retries: 0 } });
      clients.push(c);
      await assert.rejects(c.submit(job('big', `#!/bin/bash\n${'#'.repeat(8000)}\n`)), (e: unknown) => e instanceof SlurmApiError && e.status === 413 && !e.retryable);
      let err: unknown;
      for (let i = 0; i < 5 && !err; i++) err = await c.ping().then(() => undefined, (e) => e);
      assert.ok(err instanceof SlurmApiError, String(err));
      assert.equal(err.status, 429);
      assert.equal(err.errorNumbers[0], 11);
      assert.ok(err.retryable && err.retryAfterMs! >= 1000, `retryAfterMs ${err.retryAfterMs}`);
    } finally {
      await small.cleanup();
    }
  });
});

describe('idempotent submits', () => {
  for (const transport of ['rest', 'grpc'] as const) {
    it(`${transport}: the same key and body give the same job; another body with that key is refused (422)`, async () => {
      const c = make(transport);
      const key = `cli-sdk-${transport}-${Date.now()}`;
      const first = await c.submit(job(`idem-${transport}`), { idempotencyKey: key });
      const again = await c.submit(job(`idem-${transport}`), { idempotencyKey: key });
      assert.equal(again.job_id, first.job_id);
      await assert.rejects(c.submit(job(`other-${transport}`), { idempotencyKey: key }), (e: unknown) => e instanceof SlurmApiError && e.status === 422 && /already used with a different request body/.test(e.message));
      // Without a key of the caller's, each call has its own: two calls, two jobs.
      const [a, b] = await Promise.all([c.submit(job('auto')), c.submit(job('auto'))]);
      assert.notEqual(a.job_id, b.job_id);
    });

    it(`${transport}: a submit whose answer was lost is retried with the SDK's key and makes one job`, async () => {
      const inner = transport === 'rest' ? new RestTransport({ url: gw.url, token }) : new GrpcTransport({ url: gw.url, token });
      const keys: (string | undefined)[] = [];
      // The request reaches the gateway, the answer is lost on the way back.
      const lossy: Transport = Object.assign(Object.create(inner) as Transport, {
        kind: inner.kind,
        async submit(call: Parameters<Transport['submit']>[0], request: Parameters<Transport['submit']>[1]) {
          keys.push(call.idempotencyKey);
          const reply = await inner.submit(call, request);
          if (keys.length === 1) throw new ConnectionError('answer lost', { code: 'ECONNRESET', requestMayHaveBeenSent: true });
          return reply;
        },
      });
      const c = make(lossy);
      const before = (await c.jobs()).jobs?.length ?? 0;
      const reply = await c.submit(job(`lost-${transport}`));
      assert.equal(keys.length, 2);
      assert.match(keys[0]!, /^[0-9a-f-]{36}$/);
      assert.equal(keys[1], keys[0]);
      const mine = (await c.jobs()).jobs?.filter((j) => j.name === `lost-${transport}`) ?? [];
      assert.deepEqual(mine.map((j) => j.job_id), [reply.job_id]);
      assert.equal((await c.jobs()).jobs?.length, before + 1);
      await (inner as Transport).close?.();
    });
  }

  it('a key used over REST is the same key over gRPC (same token, resource, version and body)', async () => {
    const key = `cross-${Date.now()}`;
    const viaRest = await make('rest').submit(job('cross'), { idempotencyKey: key });
    const viaGrpc = await make('grpc').submit(job('cross'), { idempotencyKey: key });
    assert.equal(viaGrpc.job_id, viaRest.job_id);
  });
});
