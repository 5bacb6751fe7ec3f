import assert from 'node:assert/strict';
import { test } from 'node:test';
import { batchScriptProblem } from './script-checks.ts';

test("sbatch's script checks: empty, whitespace, no #!, NUL, DOS line breaks; a proper script passes", () => {
  assert.equal(batchScriptProblem(''), 'Batch script is empty!');
  assert.equal(batchScriptProblem(' \n\t'), 'Batch script contains only whitespace!');
  assert.match(batchScriptProblem('echo hi\n') ?? '', /^This does not look like a batch script\. The first line must start with #!/);
  assert.match(batchScriptProblem('\n#!/bin/sh\n') ?? '', /does not look like a batch script/);
  assert.match(batchScriptProblem('#!/bin/sh\n\0') ?? '', /NULL character/);
  assert.match(batchScriptProblem('#!/bin/sh\r\ntrue\r\n') ?? '', /DOS line breaks/);
  assert.equal(batchScriptProblem('#!/bin/sh\ntrue\n'), undefined);
});
