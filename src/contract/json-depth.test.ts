import assert from 'node:assert/strict';
import { it } from 'node:test';
import { GatewayError } from './errors.ts';
import { checkJsonTextDepth, checkJsonValueDepth, exceedsJsonDepth, jsonTextDepth, jsonValueDepth, MAX_JSON_DEPTH } from './json-depth.ts';

const nested = (n: number) => `${'['.repeat(n)}${']'.repeat(n)}`;

it('text depth counts arrays and objects, not brackets inside strings', () => {
  assert.equal(jsonTextDepth('1'), 0);
  assert.equal(jsonTextDepth('"[[[{"'), 0);
  assert.equal(jsonTextDepth('{}'), 1);
  assert.equal(jsonTextDepth('{"a": [1, {"b": []}], "c": {}}'), 4);
  assert.equal(jsonTextDepth('{"s": "a \\" [[[ \\\\", "t": ["]"]}'), 2, 'escaped quotes and backslashes do not end the string early');
  assert.equal(jsonTextDepth(nested(64)), 64);
});

it('text and value depth agree with what JSON.parse builds', () => {
  for (const text of ['[]', '{"job": {"script": "#!/bin/bash", "environment": ["A=1"], "time_limit": {"number": 5}}}', nested(10), '[[1],[[2]],{"x":[[[]]]}]']) {
    assert.equal(jsonValueDepth(JSON.parse(text), 1000), jsonTextDepth(text), text);
  }
});

it('both stop early past the limit and never recurse: 50,000 levels is no problem', () => {
  const text = `{"job": {"comment": ${nested(50_000)}}}`;
  assert.equal(jsonTextDepth(text, 64), 65);
  assert.equal(jsonTextDepth(text), 50_002);
  const value = JSON.parse(text); // JSON.parse itself copes; the walkers after it did not
  assert.equal(jsonValueDepth(value, 64), 65);
  assert.equal(jsonValueDepth(value, 100_000), 50_002);
  assert.ok(exceedsJsonDepth(value));
});

it('a cyclic value cannot make the walk loop', () => {
  const a: unknown[] = [];
  a.push(a);
  assert.equal(jsonValueDepth(a, 10), 11);
});

it('the limit: MAX_JSON_DEPTH levels pass, one more is a parse failure (400, error 9001)', () => {
  assert.equal(MAX_JSON_DEPTH, 64);
  checkJsonTextDepth(nested(MAX_JSON_DEPTH));
  checkJsonValueDepth(JSON.parse(nested(MAX_JSON_DEPTH)));
  for (const check of [() => checkJsonTextDepth(nested(MAX_JSON_DEPTH + 1)), () => checkJsonValueDepth(JSON.parse(nested(MAX_JSON_DEPTH + 1)))]) {
    assert.throws(check, (err: unknown) => {
      assert.ok(err instanceof GatewayError);
      assert.equal(err.kind, 'parsingFailed');
      assert.equal(err.httpStatus, 400);
      assert.equal(err.toSlurmError().error_number, 9001);
      assert.match(err.message, /more than 64 levels deep/);
      return true;
    });
  }
});

it('bytes are values, not containers', () => {
  assert.equal(jsonValueDepth({ b: Buffer.alloc(10_000) }), 1);
});
