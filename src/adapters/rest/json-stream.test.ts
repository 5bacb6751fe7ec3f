import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { jsonStream, STREAM_MIN_ITEMS, worthStreaming } from './json-stream.ts';

async function text(body: Record<string, unknown>): Promise<{ text: string; chunks: number }> {
  let out = '';
  let chunks = 0;
  for await (const c of jsonStream(body)) {
    out += String(c);
    chunks++;
  }
  return { text: out, chunks };
}

describe('streamed JSON bodies', () => {
  test('the same text as JSON.stringify, key order, omitted values and nulls in lists included', async () => {
    const jobs = Array.from({ length: STREAM_MIN_ITEMS + 130 }, (_, i) => ({ job_id: i, name: `j"${i}\u00e9`, nested: { a: [1, undefined, 'x'] }, gone: undefined }));
    (jobs as unknown[])[5] = undefined;
    const body = { meta: { plugin: { type: 'x' } }, skipped: undefined, jobs, last_update: { number: 3 }, warnings: [], errors: [{ e: 1 }] };
    assert.equal(worthStreaming(body), true);
    const r = await text(body);
    assert.equal(r.text, JSON.stringify(body));
    assert.ok(r.chunks > 10, 'sent in many chunks');
  });

  test('short lists are not streamed; a body whose long list comes first or last', async () => {
    assert.equal(worthStreaming({ jobs: [1, 2, 3] }), false);
    assert.equal(worthStreaming([1, 2]), false);
    assert.equal(worthStreaming(null), false);
    const long = Array.from({ length: STREAM_MIN_ITEMS }, (_, i) => i);
    for (const body of [{ jobs: long }, { a: 1, jobs: long }, { jobs: long, b: 'x' }, { jobs: long, more: long }]) {
      assert.equal((await text(body)).text, JSON.stringify(body));
    }
  });
});
