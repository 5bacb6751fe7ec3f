// Job events as the SDK sees them (the gateway's GET /s3m/v1/{resource}/job/{id}/events over SSE,
// and s3m.events.v1.JobEvents/WatchJobs over gRPC; format in docs/operations.md), and the small
// Server-Sent Events parser the REST transport reads a fetch() body with. No EventSource: it
// cannot send the Authorization header, and Node 20 has none built in.

// The event format is the gateway's own (src/contract/events.ts): its types are imported, not
// retyped, so the SDK and the server cannot drift apart.
import type { JobChange, JobEvent, JobView } from '../contract/events.ts';

export type { JobEvent };

/** One job as events show it; `previous_*` only on `job` and `end` events. */
export type JobEventJob = JobView & Partial<Pick<JobChange, 'previous_state' | 'previous_reason'>>;

export interface JobEventsOptions {
  /** Resume after this event id (the last one received); none: start with a snapshot. */
  lastEventId?: string;
}

/** One SSE message: what a blank line dispatches. */
export interface SseMessage {
  /** The last `id:` seen so far on the stream (it carries over, as in EventSource). */
  id: string;
  event: string;
  data: string;
  /** `retry:` (ms), when the message block had one. */
  retry?: number;
}

/**
 * Server-Sent Events framing (the WHATWG event-stream rules): lines end in LF, CRLF or CR; `:`
 * starts a comment; `field: value` drops one space after the colon; `data` lines join with LF; a
 * blank line dispatches a message if it has data. Feed it text as it arrives, in any pieces.
 */
export class SseParser {
  private buffer = '';
  private afterCr = false;
  private lastId = '';
  private event = '';
  private data: string[] = [];
  private retry?: number;

  /** Parses `text` (the next piece of the stream) and returns the messages it completed. */
  push(text: string): SseMessage[] {
    const out: SseMessage[] = [];
    // A CRLF split across two pieces: the LF belongs to the line the CR ended.
    if (this.afterCr && text.startsWith('\n')) text = text.slice(1);
    this.afterCr = false;
    this.buffer += text;
    for (;;) {
      const m = /\r\n|\r|\n/.exec(this.buffer);
      if (!m) break;
      // A CR at the very end may be the first half of a CRLF: the line ends either way.
      if (m[0] === '\r' && m.index === this.buffer.length - 1) this.afterCr = true;
      const line = this.buffer.slice(0, m.index);
      this.buffer = this.buffer.slice(m.index + m[0].length);
      const msg = this.line(line);
      if (msg) out.push(msg);
    }
    return out;
  }

  private line(line: string): SseMessage | undefined {
    if (line === '') {
      const data = this.data;
      const event = this.event;
      const retry = this.retry;
      this.data = [];
      this.event = '';
      this.retry = undefined;
      if (data.length === 0) return undefined;
      return { id: this.lastId, event: event || 'message', data: data.join('\n'), ...(retry !== undefined ? { retry } : {}) };
    }
    if (line.startsWith(':')) return undefined;
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    let value = colon < 0 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'data') this.data.push(value);
    else if (field === 'event') this.event = value;
    else if (field === 'id' && !value.includes('\0')) this.lastId = value;
    else if (field === 'retry' && /^\d+$/.test(value)) this.retry = Number(value);
    return undefined;
  }
}

/** The messages of an event-stream body, as they arrive; cancels the body when the caller stops early. */
export async function* sseMessages(body: ReadableStream<Uint8Array>): AsyncGenerator<SseMessage> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  const parser = new SseParser();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      yield* parser.push(decoder.decode(value, { stream: true }));
    }
  } finally {
    reader.cancel().catch(() => undefined);
  }
}

/** The job a message of a one-job stream is about (a snapshot lists it, or not yet). */
export function eventJob(ev: JobEvent, jobId: number | string): JobEventJob | undefined {
  if (ev.type === 'snapshot') return ev.jobs?.find((j) => String(j.job_id) === String(jobId));
  return ev.job;
}
