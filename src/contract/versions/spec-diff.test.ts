// The differences between the vendored documents are computed, and each has a documented handling
// (handled.ts); a new vendored spec with a difference nobody handled fails here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { API_VERSIONS } from '../model.ts';
import { HANDLED_DIFFERENCES, specDifferences } from './index.ts';
import { VERSION_RULES } from './rules.ts';

const NEIGHBOURS = API_VERSIONS.slice(1).map((newer, i) => [API_VERSIONS[i]!, newer] as const);
const pairName = (older: string, newer: string) => `${older.slice(-2)}-${newer.slice(-2)}`;
const key = (pair: string, direction: string, where: string, kind: string, detail: string) => `${pair} ${direction} ${where} | ${kind} | ${detail}`;

test('every difference between neighbouring documents is listed with its handling, and nothing else is', () => {
  const computed = NEIGHBOURS.flatMap(([a, b]) => specDifferences(a, b).map((d) => key(pairName(a, b), d.direction, d.where, d.kind, d.detail))).sort();
  const documented = HANDLED_DIFFERENCES.map(([pair, direction, where, kind, detail]) => key(pair, direction, where, kind, detail)).sort();
  assert.deepEqual(computed, documented);
});

test('a pair of versions further apart differs only where some neighbouring pair does', () => {
  const known = new Set(HANDLED_DIFFERENCES.map(([, direction, where, , detail]) => `${direction} ${where}`));
  const values = new Set(HANDLED_DIFFERENCES.flatMap(([, direction, where, , detail]) => detail.split(', ').map((v) => `${direction} ${where} ${v}`)));
  for (const [i, older] of API_VERSIONS.entries()) {
    for (const newer of API_VERSIONS.slice(i + 2)) {
      for (const d of specDifferences(older, newer)) {
        assert.ok(known.has(`${d.direction} ${d.where}`), `${older}/${newer}: ${d.where} ${d.kind} ${d.detail}`);
        if (d.kind.startsWith('field') || d.kind.startsWith('enum')) {
          for (const v of d.detail.split(', ')) assert.ok(values.has(`${d.direction} ${d.where} ${v}`), `${older}/${newer}: ${d.where} ${v}`);
        }
      }
    }
  }
});

test('what the schemas cannot convert by themselves (types, renamed values) is handled by a rule of that component', () => {
  const needsRule = HANDLED_DIFFERENCES.filter(([, , , kind, detail]) => ['type', 'format', 'shape', 'required'].includes(kind) || detail.split(', ').length > 8);
  assert.ok(needsRule.length >= 4, 'task_binding and select_type need rules');
  for (const [pair, direction, where, kind, , handling] of needsRule) {
    const component = where.split('/')[0]!;
    assert.match(handling, /^rule /, `${pair} ${direction} ${where} ${kind}`);
    assert.ok(VERSION_RULES.some((r) => r.component === component), `no rule for ${component}`);
  }
});

test('the operations reaching each difference', () => {
  const ops = (older: (typeof API_VERSIONS)[number], newer: (typeof API_VERSIONS)[number], where: string) =>
    [...new Set(specDifferences(older, newer).filter((d) => d.where === where).flatMap((d) => d.operations))].sort();
  assert.deepEqual(ops('v0.0.42', 'v0.0.43', 'job_info'), ['job', 'jobs']);
  assert.deepEqual(ops('v0.0.42', 'v0.0.43', 'node'), ['nodes']);
  assert.deepEqual(ops('v0.0.44', 'v0.0.45', 'controller_ping'), ['ping']);
  assert.deepEqual(ops('v0.0.44', 'v0.0.45', 'stats_msg'), ['diag']);
  assert.deepEqual(ops('v0.0.42', 'v0.0.43', 'job_desc_msg/flags[]'), ['submit']);
});
