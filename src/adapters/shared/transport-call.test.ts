import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { transportCall, type TransportFacts } from './transport-call.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const headers = (h: Record<string, string>): TransportFacts['header'] => (name) => h[name];

describe('transportCall', () => {
  it('REST: the headers, the address as source and address, and the request id Fastify chose', () => {
    const call = transportCall({
      api: 'rest',
      header: headers({ authorization: 'Bearer abc', 'idempotency-key': 'k-1', 'x-request-id': 'ignored', 'x-s3m-explain': 'x, Reasons' }),
      peer: '10.1.2.3',
      address: '10.1.2.3',
      resource: 'defiant',
      version: 'v0.0.43',
      requestId: 'req-7',
    });
    assert.deepEqual(call, {
      authorization: 'Bearer abc',
      resource: 'defiant',
      version: 'v0.0.43',
      clientSource: '10.1.2.3',
      clientAddress: '10.1.2.3',
      requestId: 'req-7',
      api: 'rest',
      idempotencyKey: 'k-1',
      explainReasons: true,
    });
  });

  it('REST: an IPv6 address is kept whole (it is not a peer with a port)', () => {
    const call = transportCall({ api: 'rest', header: headers({}), peer: '::1', address: '::1', resource: '', version: '', requestId: 'r' });
    assert.equal(call.clientAddress, '::1');
  });

  it('REST: explainReasons only for the word "reasons"; an empty Idempotency-Key is passed on for the core to refuse', () => {
    const facts = (h: Record<string, string>) => transportCall({ api: 'rest', header: headers(h), peer: 'a', address: 'a', resource: 'r', version: 'v', requestId: 'x' });
    assert.equal(facts({ 'x-s3m-explain': 'noreasons' }).explainReasons, false);
    assert.equal(facts({}).explainReasons, false);
    assert.equal(facts({ 'x-s3m-explain': 'reasons' }).explainReasons, true);
    assert.equal(facts({ 'idempotency-key': '' }).idempotencyKey, '');
    assert.ok(!('idempotencyKey' in facts({})));
  });

  it('gRPC: the address is read from the peer; the request id from x-request-id, or a fresh one', () => {
    const call = transportCall({ api: 'grpc', header: headers({ authorization: 'abc', 'x-request-id': 'trace-1' }), peer: '[2001:db8::1]:5678', resource: 'wombat', version: 'v0.0.43' });
    assert.deepEqual(call, { authorization: 'abc', resource: 'wombat', version: 'v0.0.43', clientSource: '[2001:db8::1]:5678', clientAddress: '2001:db8::1', requestId: 'trace-1', api: 'grpc' });
    const fresh = transportCall({ api: 'grpc', header: headers({ 'x-request-id': 'not ok' }), peer: '127.0.0.1:40000', resource: '', version: '' });
    assert.match(fresh.requestId, UUID);
    assert.equal(fresh.clientAddress, '127.0.0.1');
    assert.equal(fresh.authorization, undefined);
    assert.ok(!('explainReasons' in fresh), 'the proto has no field for the reason text');
  });
});
