// How the REST transport reads job events: an event-stream body as the gateway frames it
// (eventsource-parser does the framing; what is tested here is what the SDK makes of it).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { eventJob, sseMessages, type JobEvent, type SseMessage } from './events.ts';

const gateway = ': s3m job events\nretry: 2000\n\nid: b-0\nevent: snapshot\ndata: {"id":"b-0","type":"snapshot","jobs":[]}\n\n: keep-alive\n\nid: b-1\nevent: job\ndata: {"id":"b-1","type":"job"}\n\n';

/** A body stream that delivers `text` in pieces of `size` bytes. */
function body(text: string, size: number): ReadableStream<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  return new ReadableStream<Uint8Array>({
    start(c) {
      for (let i = 0; i < bytes.length; i += size) c.enqueue(bytes.slice(i, i + size));
      c.close();
    },
  });
}

async function all(stream: ReadableStream<Uint8Array>): Promise<SseMessage[]> {
  const out: SseMessage[] = [];
  for await (const m of sseMessages(stream)) out.push(m);
  return out;
}

describe('sseMessages', () => {
  it("the gateway's stream: comments, keep-alives and retry dispatch nothing; id, event and data per message, however it is cut", async () => {
    const expected = [
      { id: 'b-0', event: 'snapshot', data: '{"id":"b-0","type":"snapshot","jobs":[]}', retry: 2000 },
      { id: 'b-1', event: 'job', data: '{"id":"b-1","type":"job"}', retry: 2000 },
    ];
    for (const text of [gateway, gateway.replaceAll('\n', '\r\n')]) {
      for (const size of [1, 7, text.length]) assert.deepEqual(await all(body(text, size)), expected, `pieces of ${size}`);
    }
  });

  it('multi-line data, no space after the colon, the id carried over, an unnamed event is "message", a trailing message without its blank line dropped', async () => {
    assert.deepEqual(await all(body('id:7\ndata:a\ndata: b\n\ndata\n\nevent: x\ndata: c\n\nevent: y\ndata: d', 3)), [
      { id: '7', event: 'message', data: 'a\nb' },
      { id: '7', event: 'message', data: '' },
      { id: '7', event: 'x', data: 'c' },
    ]);
  });

  it('reads a body stream across chunk boundaries (UTF-8 split too) and cancels it when the reader stops', async () => {
    const bytes = new TextEncoder().encode('data: {"reason_text":"naïve — ok"}\n\ndata: 2\n\ndata: 3\n\n');
    let cancelled = false;
    const body = new ReadableStream<Uint8Array>({
      start(c) {
        for (let i = 0; i < bytes.length; i += 5) c.enqueue(bytes.slice(i, i + 5));
      },
      cancel() {
        cancelled = true;
      },
    });
    const seen: string[] = [];
    for await (const m of sseMessages(body)) {
      seen.push(m.data);
      if (seen.length === 2) break;
    }
    assert.deepEqual(seen, ['{"reason_text":"naïve — ok"}', '2']);
    assert.equal(cancelled, true);
  });
});

describe('eventJob', () => {
  it("a snapshot's entry for the job, or a job/end event's job", () => {
    const j = { job_id: 4, name: '', account: 'A', user_name: 'u', partition: 'p', state: 'RUNNING', state_flags: [], reason: 'None', reason_text: '', exit_code: null };
    const snap: JobEvent = { id: 'b-1', type: 'snapshot', resource: 'r', time: '', jobs: [{ ...j, job_id: 3 }, j] };
    assert.equal(eventJob(snap, '4'), snap.jobs![1]);
    assert.equal(eventJob({ ...snap, jobs: [] }, 4), undefined);
    const ended = { ...j, previous_state: 'PENDING', previous_reason: 'None' }; // job/end events carry what changed
    assert.equal(eventJob({ id: 'b-2', type: 'end', resource: 'r', time: '', job: ended }, 4), ended);
  });
});
