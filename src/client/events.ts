// Job events as the SDK sees them (the gateway's GET /s3m/v1/{resource}/job/{id}/events over SSE,
// and s3m.events.v1.JobEvents/WatchJobs over gRPC; format in docs/operations.md), and how the REST
// transport reads a fetch() body as Server-Sent Events: eventsource-parser for the framing. No
// EventSource: it cannot send the Authorization header, and Node 20 has none built in.

// The event format is the gateway's own (src/contract/events.ts): its types are imported, not
// retyped, so the SDK and the server cannot drift apart.
import { createParser } from 'eventsource-parser';
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
  /** `event:`, or "message" when the message names none (as in EventSource). */
  event: string;
  data: string;
  /** The last `retry:` (ms) seen so far on the stream, if any (EventSource's reconnection time). */
  retry?: number;
}

/**
 * Server-Sent Events framing by eventsource-parser (the WHATWG event-stream rules: LF, CRLF or CR
 * line ends, in pieces split anywhere; `:` comments and keep-alives; multi-line data; unknown
 * fields ignored), with what EventSource adds on top: the id and the retry carry over from message
 * to message, and an unnamed event is "message". Feed it text as it arrives; `onMessage` is called
 * for each message a blank line completes. Unlike EventSource, an `id:` in a block without data is
 * not kept (eventsource-parser drops the block whole); the gateway sends every id with its data,
 * and the SDK resumes from the id inside the event's JSON anyway.
 */
export function createSseParser(onMessage: (message: SseMessage) => void): { feed(text: string): void } {
  let lastId = '';
  let retry: number | undefined;
  const parser = createParser({
    onEvent: (m) => {
      if (m.id !== undefined) lastId = m.id;
      onMessage({ id: lastId, event: m.event ?? 'message', data: m.data, ...(retry !== undefined ? { retry } : {}) });
    },
    onRetry: (ms) => (retry = ms),
  });
  return { feed: (text) => parser.feed(text) };
}

/** The messages of an event-stream body, as they arrive; cancels the body when the caller stops early. */
export async function* sseMessages(body: ReadableStream<Uint8Array>): AsyncGenerator<SseMessage> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  const ready: SseMessage[] = [];
  const parser = createSseParser((m) => ready.push(m));
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      parser.feed(decoder.decode(value, { stream: true }));
      yield* ready.splice(0);
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
