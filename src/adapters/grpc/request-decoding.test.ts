import assert from 'node:assert/strict';
import { test } from 'node:test';
import { GatewayError } from '../../contract/errors.ts';
import { GRPC_VERSIONS } from '../../contract/grpc/service.ts';
import { loadVersionDefinition } from './definition.ts';
import { loadEventsDefinition } from './events.ts';
import { nestedGroups } from '../../../test/support/protobuf-nesting.ts';
import { checkRequestMessage, UndecodableRequest, withDecodingErrorsAnswered } from './request-decoding.ts';

const isParseFailure = (pattern: RegExp) => (err: unknown) => {
  assert.ok(err instanceof GatewayError);
  assert.equal(err.kind, 'parsingFailed');
  assert.equal(err.entry.grpcCode, 3, 'INVALID_ARGUMENT');
  assert.match(err.message, pattern);
  return true;
};

test('every request deserializer answers instead of throwing; what decodes is unchanged', () => {
  const services = [...GRPC_VERSIONS.map((v) => loadVersionDefinition(v).service), loadEventsDefinition().service];
  for (const service of services) {
    const safe = withDecodingErrorsAnswered(service);
    assert.deepEqual(Object.keys(safe), Object.keys(service));
    for (const [name, method] of Object.entries(safe)) {
      assert.throws(() => service[name].requestDeserialize(nestedGroups(5000)), /nesting depth/, `${name}: protobufjs refuses deep groups`);
      const bad = method.requestDeserialize(nestedGroups(5000));
      assert.ok(bad instanceof UndecodableRequest, name);
      assert.throws(() => checkRequestMessage(bad), isParseFailure(/cannot be decoded \(maximum nesting depth exceeded\)/));
      assert.ok(method.requestDeserialize(Buffer.from([(15 << 3) | 7])) instanceof UndecodableRequest, `${name}: an invalid wire type`);
      assert.equal(method.responseSerialize, service[name].responseSerialize);
    }
  }
  for (const version of GRPC_VERSIONS) {
    const submit = withDecodingErrorsAnswered(loadVersionDefinition(version).service).PostJobSubmit;
    const body = { job: { script: '#!/bin/sh', environment: ['A=1'], time_limit: { number: 5, set: true } } };
    const decoded = submit.requestDeserialize(submit.requestSerialize(body));
    assert.deepEqual(decoded, body, version);
    checkRequestMessage(decoded);
  }
});

test('a decoded message nested deeper than a REST body may be is refused like one', () => {
  let deep: unknown = 'x';
  for (let i = 0; i < 65; i++) deep = [deep];
  assert.throws(() => checkRequestMessage({ job: deep }), isParseFailure(/the request message nests arrays and objects more than 64 levels deep/));
});
