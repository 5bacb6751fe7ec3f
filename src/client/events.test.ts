// The SSE parser the REST transport reads job events with: the gateway's framing, and the
// event-stream rules it must not trip on (pieces split anywhere, CRLF/CR, comments, multi-line data).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { eventJob, SseParser, sseMessages, type JobEvent } from './events.ts';

const gateway = ': s3m job events\nretry: 2000\n\nid: b-0\nevent: snapshot\ndata: {"id":"b-0","type":"snapshot","jobs":[]}\n\n: keep-alive\n\nid: b-1\nevent: job\ndata: {"id":"b-1","type":"job"}\n\n';

describe('SseParser', () => {
  it("the gateway's stream: comments and retry dispatch nothing; id, event and data per message", () => {
    const msgs = new SseParser().push(gateway);
    assert.deepEqual(msgs, [
      { id: 'b-0', event: 'snapshot', data: '{"id":"b-0","type":"snapshot","jobs":[]}' },
      { id: 'b-1', event: 'job', data: '{"id":"b-1","type":"job"}' },
    ]);
  });

  it('gives the same messages however the text is cut, and with CRLF or CR line ends', () => {
    const whole = new SseParser().push(gateway);
    for (const text of [gateway, gateway.replaceAll('\n', '\r\n'), gateway.replaceAll('\n', '\r')]) {
      for (let cut = 1; cut < text.length; cut += 7) {
        const p = new SseParser();
        const msgs = [...p.push(text.slice(0, cut)), ...p.push(text.slice(cut))];
        assert.deepEqual(msgs, whole, `cut at ${cut} of ${JSON.stringify(text.slice(0, 20))}`);
      }
      const p = new SseParser();
      assert.deepEqual(text.split('').flatMap((c) => p.push(c)), whole, 'one character at a time');
    }
  });

  it('multi-line data, no space after the colon, the id carried over, a trailing message without its blank line kept back', () => {
    const p = new SseParser();
    assert.deepEqual(p.push('id:7\ndata:a\ndata: b\n\ndata\n\nevent: x\ndata: c'), [
      { id: '7', event: 'message', data: 'a\nb' },
      { id: '7', event: 'message', data: '' },
    ]);
    assert.deepEqual(p.push('\n\n'), [{ id: '7', event: 'x', data: 'c' }]);
  });

  it('retry is reported with its message', () => {
    assert.deepEqual(new SseParser().push('retry: 1500\ndata: x\n\n'), [{ id: '', event: 'message', data: 'x', retry: 1500 }]);
  });
});

describe('sseMessages', () => {
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
