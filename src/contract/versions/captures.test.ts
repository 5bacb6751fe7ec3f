// The version matrix in process, against the recorded captures (test/fixtures/slurmrestd/versions/:
// the same objects rendered by one real slurmrestd 26.05.5 in v0.0.42..v0.0.45, back to back).
// For every ordered pair (A, B) and every captured reply of one of the nine gateway operations,
// translateReply(A's capture → B) must equal B's capture under the live matrix's rules
// (test/support/version-matrix.ts: EXCLUSIONS, comparable, plus CAPTURE_EXCLUSIONS, each with its
// reason). The notes (what the client is told in warnings[]) must name every field the gateway
// cannot show as slurmrestd does, and only such fields. Requests: the captured job_desc bodies
// translated for a cluster of another version.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { captures, fixture, type Capture } from '../../../test/support/version-captures.ts';
import {
  CAPTURE_EXCLUSIONS,
  comparable,
  differences,
  EXCLUSIONS,
  excludedFor,
  explain,
  rank,
  VERSIONS,
  warningDifferences,
  type Version,
} from '../../../test/support/version-matrix.ts';
import { unknownJobFields, validateJobSubmitRequest } from '../validate.ts';
import { replyWarnings, requestWarnings, translateReply, translateSubmit, WARNING_SOURCE } from './index.ts';

/**
 * Captured calls that are not compared, and why. Every other capture of the recording is a reply
 * of one of the nine operations, mapped to its operation and status by INDEX.md.
 */
const NOT_COMPARED: Record<string, string> = {
  'partition_batch-cpu.json': 'GET partition/{name} is not one of the nine gateway operations',
  'POST_job_submit_newer_fields.json':
    "the same request means something else to each version (v0.0.42..44 ignore v0.0.45's fields with a warning, v0.0.45 warns about power_flags): what a client is told comes from the request's translation, tested below",
  'POST_job_submit_step_id.json': 'the same request is a new job for v0.0.42/43 (200) and a refused job id for v0.0.44/45 (404): tested below as a request',
};

const ALL = captures('versions/');
const nameOf = (c: Capture) => c.file.split('/').pop()!;
/** Captured replies of the nine operations, by file name, by version. */
const REPLIES = new Map<string, Map<Version, Capture>>();
for (const c of ALL) {
  if (!c.op || NOT_COMPARED[nameOf(c)]) continue;
  const byVersion = REPLIES.get(nameOf(c)) ?? new Map<Version, Capture>();
  byVersion.set(c.version as Version, c);
  REPLIES.set(nameOf(c), byVersion);
}

const ALL_EXCLUSIONS = [...EXCLUSIONS, ...CAPTURE_EXCLUSIONS];
const sorted = (s: Set<string>) => [...s].sort();

/** The captures of one pair: A's and B's reply of the same call, with A's translated to B. */
function* pairs(a: Version, b: Version) {
  for (const [name, byVersion] of REPLIES) {
    const from = byVersion.get(a);
    const to = byVersion.get(b);
    if (!from || !to) continue;
    const source = fixture(from.file);
    const before = JSON.stringify(source);
    const translated = translateReply(from.op!, from.status, source, a, b);
    yield { name, from, to, source, before, translated, expected: fixture(to.file) };
  }
}

describe('captures: translateReply(A capture → B) equals the B capture, for every pair of v0.0.42..v0.0.45', () => {
  it('maps every captured file to an operation and status, and leaves out only what NOT_COMPARED says', () => {
    for (const c of ALL) assert.ok(c.op || NOT_COMPARED[nameOf(c)], `${c.file} (${c.method} ${c.rest}) is no gateway operation and not listed`);
    const ops = new Set([...REPLIES.values()].flatMap((m) => [...m.values()].map((c) => `${c.op} ${c.status}`)));
    for (const want of ['ping 200', 'partitions 200', 'nodes 200', 'reservations 200', 'diag 200', 'job 200', 'job 404', 'submit 200', 'submit 404', 'submit 422', 'cancel 200']) {
      assert.ok(ops.has(want), `no capture of ${want}`);
    }
    // The same call has the same operation and status in every version it was captured in.
    for (const [name, byVersion] of REPLIES) assert.equal(new Set([...byVersion.values()].map((c) => `${c.op} ${c.status}`)).size, 1, name);
  });

  for (const a of VERSIONS) {
    for (const b of VERSIONS) {
      it(`${a} → ${b}`, () => {
        const excluded = excludedFor(a, b, ALL_EXCLUSIONS);
        const failures: string[] = [];
        let compared = 0;
        for (const { name, source, before, translated, expected } of pairs(a, b)) {
          compared++;
          if (JSON.stringify(source) !== before) failures.push(`${name}: the input was modified`);
          const got = comparable(translated.body, a, b);
          const want = comparable(expected, a, b);
          // slurmrestd's own warnings all carried over (the reply's translation adds none of its own).
          for (const m of warningDifferences(got, want).missing) failures.push(`${name}: /warnings: slurmrestd's warning ${m} missing`);
          delete got.warnings;
          delete want.warnings;
          failures.push(...differences(got, want, excluded).map((d) => `${name}: ${explain(d, 'translation', `${b} capture`)}`));
        }
        assert.ok(compared >= (a === b ? 20 : 19), `only ${compared} captures compared`);
        if (failures.length) assert.fail(`${a} → ${b}: ${failures.length} difference(s) from the ${b} captures:\n  ${failures.sort().join('\n  ')}`);
      });
    }
  }
});

// ---- notes: what the client is told ------------------------------------------------------------

/** The component a list of a reply holds, as notes name it. */
const COMPONENT: Record<string, string> = { jobs: 'job_info', nodes: 'node', partitions: 'partition_info', reservations: 'reservation_info', pings: 'controller_ping' };

/** A body path (/jobs/0/step_id/sluid) as the component-anchored path notes use (job_info/step_id/sluid). */
function notePath(path: string): string | undefined {
  const m = /^\/([a-z_]+)\/\d+\/(.+)$/.exec(path);
  if (m && COMPONENT[m[1]]) return `${COMPONENT[m[1]]}/${m[2]}`;
  if (path.startsWith('/statistics/')) return `stats_msg/${path.slice('/statistics/'.length)}`;
  return undefined;
}

/**
 * Differences a B client sees and is not told about, each with why: the value shown is the best
 * the A body gives and is right in the common case (documented in rules.ts and EXCLUSIONS).
 */
const SHOWN_WITHOUT_NOTE: Array<{ path: RegExp; when: (a: Version, b: Version) => boolean; why: string }> = [
  {
    path: /^\/jobs\/\d+\/(standard_(output|error|input)|stdin_expanded)$/,
    when: (a, b) => a === 'v0.0.42' && rank(b) >= 1,
    why: 'v0.0.42 has the expanded paths only: v0.0.43+ standard_* show them in place of the submitted pattern (rules.ts streamsFrom42)',
  },
];

/** The value at a "component/path" note in any member of a body's list for that component. */
function presentIn(body: any, note: string): boolean {
  const [component, ...rest] = note.split(' ')[0].split('/');
  const list = component === 'stats_msg' ? [body?.statistics] : (body?.[Object.keys(COMPONENT).find((k) => COMPONENT[k] === component) ?? ''] ?? []);
  return list.some((item: any) => {
    let v = item;
    for (const k of rest) v = v && typeof v === 'object' ? (Object.hasOwn(v, k) ? v[k] : undefined) : undefined;
    return v !== undefined;
  });
}

describe('captures: the notes name what the client cannot be shown as slurmrestd shows it, and nothing else', () => {
  it('a pair of the same version has no notes and no warnings, for every capture', () => {
    for (const v of VERSIONS) {
      for (const { name, source, translated } of pairs(v, v)) {
        assert.deepEqual([sorted(translated.notes.lost), sorted(translated.notes.empty)], [[], []], `${v} ${name}`);
        assert.equal(translated.body, source, `${v} ${name}: passed through`);
        assert.deepEqual(replyWarnings(translated.notes, v, v), []);
      }
    }
  });

  it('every difference from the B capture (beyond volatile values) is named in the notes', () => {
    // Only the volatile exclusions: every other difference is one the client must be told about.
    const volatile = ALL_EXCLUSIONS.filter((e) => e.valuesOnly);
    const failures: string[] = [];
    for (const a of VERSIONS) {
      for (const b of VERSIONS) {
        const excluded = excludedFor(a, b, volatile);
        for (const { name, translated, expected } of pairs(a, b)) {
          const noted = [...translated.notes.lost, ...translated.notes.empty];
          const got = comparable(translated.body, a, b);
          const want = comparable(expected, a, b);
          delete got.warnings;
          delete want.warnings;
          for (const d of differences(got, want, excluded)) {
            if (SHOWN_WITHOUT_NOTE.some((s) => s.when(a, b) && s.path.test(d.path))) continue;
            const at = notePath(d.path);
            if (!at || !noted.some((n) => at === n || at.startsWith(`${n}/`))) failures.push(`${a} → ${b} ${name}: ${explain(d, 'translation', `${b} capture`)} (notes: ${noted.join(', ') || 'none'})`);
          }
        }
      }
    }
    if (failures.length) assert.fail(`${failures.length} difference(s) the client is not told about:\n  ${failures.sort().join('\n  ')}`);
  });

  it('every note names a real field: a lost one is in the A capture and not in the B capture, an empty one is in the B capture', () => {
    const failures: string[] = [];
    for (const a of VERSIONS) {
      for (const b of VERSIONS) {
        for (const { name, source, translated, expected } of pairs(a, b)) {
          for (const n of translated.notes.lost) if (!presentIn(source, n) || presentIn(expected, n)) failures.push(`${a} → ${b} ${name}: lost ${n}`);
          for (const n of translated.notes.empty) if (!presentIn(expected, n)) failures.push(`${a} → ${b} ${name}: empty ${n}`);
        }
      }
    }
    if (failures.length) assert.fail(`${failures.length} note(s) naming no field of the captures:\n  ${failures.sort().join('\n  ')}`);
  });

  const reply = (name: string, a: Version, b: Version) => {
    const c = REPLIES.get(name)!.get(a)!;
    const t = translateReply(c.op!, c.status, fixture(c.file), a, b);
    return { notes: { lost: sorted(t.notes.lost), empty: sorted(t.notes.empty) }, warnings: replyWarnings(t.notes, a, b) };
  };

  it("45 → 43 partitions: a partition's flags and preempt_mode are lost, and the warning says so", () => {
    const { notes, warnings } = reply('partitions.json', 'v0.0.45', 'v0.0.43');
    assert.deepEqual(notes, { lost: ['partition_info/flags', 'partition_info/preempt_mode'], empty: [] });
    assert.deepEqual(warnings, [
      {
        description: 'The cluster answered in v0.0.45; v0.0.43 has no place for partition_info/flags, partition_info/preempt_mode, which are not shown: ask in v0.0.45 to see them',
        source: WARNING_SOURCE,
      },
    ]);
  });

  it("43 → 45 nodes: a node's suspend_time is shown empty, and the warning says so", () => {
    const { notes, warnings } = reply('nodes.json', 'v0.0.43', 'v0.0.45');
    assert.deepEqual(notes, { lost: [], empty: ['node/suspend_time'] });
    assert.deepEqual(warnings, [{ description: 'The cluster answered in v0.0.43, which has no node/suspend_time: shown empty', source: WARNING_SOURCE }]);
  });

  it('ping: nothing to tell between any two versions (45 status ↔ ≤44 pinged/mode are derived from each other)', () => {
    for (const a of VERSIONS) for (const b of VERSIONS) assert.deepEqual(reply('ping.json', a, b), { notes: { lost: [], empty: [] }, warnings: [] }, `${a} → ${b}`);
  });

  it('43 → 44 jobs: the sluid and submit_line are shown empty; 44 → 43: nothing lost (step_id is the job itself)', () => {
    for (const name of [...REPLIES.keys()].filter((n) => n.startsWith('job_'))) {
      assert.deepEqual(reply(name, 'v0.0.43', 'v0.0.44').notes, { lost: [], empty: ['job_info/step_id/sluid', 'job_info/submit_line'] }, name);
      assert.deepEqual(reply(name, 'v0.0.44', 'v0.0.43').notes, { lost: [], empty: [] }, name);
    }
  });

  it("45 → 44 the v0.0.45-submitted job: container_type and memory_update_* are lost; 44 → 45 shows them empty", () => {
    assert.deepEqual(reply('job_newer_fields_v45.json', 'v0.0.45', 'v0.0.44').notes, {
      lost: ['job_info/container_type', 'job_info/memory_update_delay', 'job_info/memory_update_margin'],
      empty: ['job_info/shared'],
    });
    assert.deepEqual(reply('job_newer_fields_v45.json', 'v0.0.44', 'v0.0.45').notes, {
      lost: [],
      empty: ['job_info/container_type', 'job_info/memory_update_delay', 'job_info/memory_update_margin'],
    });
  });

  it('errors, submit and cancel replies: nothing to tell between any two versions', () => {
    for (const name of ['error_unknown_job.json', 'error_missing_script.json', 'error_unknown_job_delete.json', 'POST_job_submit.json', 'POST_job_submit_job_id.json', 'DELETE_job_pending.json']) {
      for (const a of VERSIONS) for (const b of VERSIONS) assert.deepEqual(reply(name, a, b), { notes: { lost: [], empty: [] }, warnings: [] }, `${a} → ${b} ${name}`);
    }
  });
});

// ---- requests ----------------------------------------------------------------------------------

const request = (name: string) => fixture(`versions/requests/${name}.request.json`);
const V45_ONLY = ['container_type', 'cores_per_socket', 'memory_update_delay', 'memory_update_margin'];

describe('captures: the recorded job submit requests, translated for a cluster of another version', () => {
  it("a v0.0.45 job_desc's cores_per_socket, container_type and memory_update_* are not sent to a v0.0.43 cluster, and the warning names each", () => {
    const body = request('POST_job_submit_newer_fields');
    delete body.job.power_flags; // not a v0.0.45 field (a v0.0.45 slurmrestd warns "Ignoring unknown field" for it)
    assert.deepEqual(validateJobSubmitRequest('v0.0.45', body).errors, []);
    const { body: sent, notes } = translateSubmit(body, 'v0.0.45', 'v0.0.43') as { body: any; notes: any };
    for (const f of V45_ONLY) assert.ok(!(f in sent.job), `${f} sent`);
    assert.deepEqual(Object.keys(sent.job), Object.keys(body.job).filter((k) => !V45_ONLY.includes(k)), 'the rest, in the client order');
    assert.deepEqual(validateJobSubmitRequest('v0.0.43', sent).errors, []);
    assert.deepEqual(unknownJobFields('v0.0.43', sent.job), [], 'the cluster has nothing to warn about');
    const warnings = requestWarnings(notes, 'v0.0.45', 'v0.0.43');
    assert.equal(warnings.length, 1);
    assert.equal(warnings[0].source, WARNING_SOURCE);
    assert.equal(
      warnings[0].description,
      'The cluster is spoken to in v0.0.43, which cannot express job_desc_msg/container_type, job_desc_msg/cores_per_socket, job_desc_msg/memory_update_delay, job_desc_msg/memory_update_margin of this v0.0.45 request: not sent',
    );
  });

  it("a v0.0.44+ request's step_id.job_id becomes job_id for a ≤v0.0.43 cluster, whose answer is the one v0.0.44+ slurmrestd gives", () => {
    const body = request('POST_job_submit_step_id');
    for (const client of ['v0.0.44', 'v0.0.45'] as const) {
      for (const cluster of ['v0.0.42', 'v0.0.43'] as const) {
        const { body: sent, notes } = translateSubmit(body, client, cluster) as { body: any; notes: any };
        assert.equal(sent.job.job_id, 66, `${client} → ${cluster}`);
        assert.ok(!('step_id' in sent.job), `${client} → ${cluster}: step_id is not a ≤v0.0.43 field`);
        assert.deepEqual(requestWarnings(notes, client, cluster), [], `${client} → ${cluster}: nothing lost`);
        // What the cluster answers to {job_id: 66} (captured: 404, 2017), rendered for the client,
        // is what the client's own slurmrestd answered to step_id (404, 2017).
        const answered = translateReply('submit', 404, fixture(`versions/${cluster}/POST_job_submit_job_id.json`), cluster, client).body;
        const own = fixture(`versions/${client}/POST_job_submit_step_id.json`);
        const d = differences(answered, own, excludedFor(cluster, client, ALL_EXCLUSIONS)).map((x) => explain(x, 'translation', `${client} capture`));
        assert.deepEqual(d, [], `${client} → ${cluster}`);
      }
    }
    // The job_id request and the step_id one are the same job_desc but for those fields.
    const { job_id: _id, ...withoutId } = request('POST_job_submit_job_id').job;
    const { step_id: _step, ...withoutStep } = body.job;
    assert.deepEqual({ ...withoutId, name: 'x' }, { ...withoutStep, name: 'x' });
  });

  it('power_flags of a ≤v0.0.44 request is not sent to a v0.0.45 cluster and, being empty, is not warned about', () => {
    const body = request('POST_job_submit_newer_fields');
    for (const f of V45_ONLY) delete body.job[f];
    assert.deepEqual(body.job.power_flags, []);
    for (const client of ['v0.0.42', 'v0.0.43', 'v0.0.44'] as const) {
      const { body: sent, notes } = translateSubmit(body, client, 'v0.0.45') as { body: any; notes: any };
      assert.ok(!('power_flags' in sent.job), `${client}: power_flags sent (v0.0.45 would warn "Ignoring unknown field", which the client's own slurmrestd never does)`);
      assert.deepEqual(requestWarnings(notes, client, 'v0.0.45'), [], client);
      assert.deepEqual(unknownJobFields('v0.0.45', sent.job), [], client);
      // The client's own slurmrestd took it without a word (captured).
      assert.deepEqual(fixture(`versions/${client}/POST_job_submit_newer_fields.json`).warnings.filter((w: any) => w.source === '#/job/power_flags/'), []);
    }
  });

  it("v0.0.45's own fields from a ≤v0.0.44 client are not sent to a v0.0.45 cluster, with the warnings the client's own slurmrestd gave (captured)", () => {
    const body = request('POST_job_submit_newer_fields');
    delete body.job.power_flags;
    for (const client of ['v0.0.42', 'v0.0.43', 'v0.0.44'] as const) {
      const { body: sent, ignored } = translateSubmit(body, client, 'v0.0.45') as { body: any; ignored?: unknown[] };
      for (const f of V45_ONLY) assert.ok(!(f in sent.job), `${client}: ${f} sent (the v0.0.45 cluster would apply it; the client's own slurmrestd ignores it)`);
      const own = fixture(`versions/${client}/POST_job_submit_newer_fields.json`).warnings.filter((w: any) => /^#\/job\//.test(w.source));
      assert.deepEqual(ignored, own, client);
    }
    // The other way, a v0.0.45 client's power_flags (which v0.0.45 ignores with a warning) is not sent to an older cluster that would take it.
    const { body: sent, ignored } = translateSubmit({ job: { ...request('POST_job_submit').job, power_flags: [] } }, 'v0.0.45', 'v0.0.43') as { body: any; ignored?: any[] };
    assert.ok(!('power_flags' in sent.job));
    assert.deepEqual(ignored, fixture('versions/v0.0.45/POST_job_submit_newer_fields.json').warnings.filter((w: any) => w.source === '#/job/power_flags/'));
  });

  it('fields neither version knows are sent as they are, for the cluster to warn "Ignoring unknown field" as slurmrestd does', () => {
    for (const a of VERSIONS) {
      for (const b of VERSIONS) {
        const body = request('POST_job_submit');
        body.job.gpus_per_dog = 3;
        body.job.nested_thing = { x: [1] };
        const { body: sent, notes } = translateSubmit(body, a, b) as { body: any; notes: any };
        assert.equal(sent.job.gpus_per_dog, 3, `${a} → ${b}`);
        assert.deepEqual(sent.job.nested_thing, { x: [1] }, `${a} → ${b}`);
        assert.deepEqual(requestWarnings(notes, a, b), [], `${a} → ${b}`);
        assert.deepEqual(
          unknownJobFields(b, sent.job).map((u) => u.description),
          ['Ignoring unknown field "gpus_per_dog" of type 64 bit integer in DATA_PARSER_JOB_DESC_MSG', 'Ignoring unknown field "nested_thing" of type dictionary in DATA_PARSER_JOB_DESC_MSG'],
          `${a} → ${b}`,
        );
        // The captured plain submit goes through unchanged between any two versions.
        assert.deepEqual(translateSubmit(request('POST_job_submit'), a, b).body, request('POST_job_submit'), `${a} → ${b}`);
      }
    }
  });
});
