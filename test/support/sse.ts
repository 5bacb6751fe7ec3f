// Event streams as the end-to-end tests read them: curl -sN on the SSE endpoint, and its text
// parsed as the SDK parses it (createSseParser: complete messages only, data as JSON).
import { spawn } from 'node:child_process';
import { createSseParser, type SseMessage } from '../../src/client/events.ts';

export interface SseEvent {
  id: string;
  event: string;
  data: any;
}

export function parseSse(text: string): SseEvent[] {
  const messages: SseMessage[] = [];
  createSseParser((m) => messages.push(m)).feed(text);
  return messages.map((m) => ({ id: m.id, event: m.event, data: JSON.parse(m.data) }));
}

/** `curl -sN` on an event stream; `events()` parses what arrived so far; `stop()` resolves once curl has exited. */
export function curlStream(url: string, headers: string[]) {
  const proc = spawn('curl', ['-sN', ...headers.flatMap((h) => ['-H', h]), url], { stdio: ['ignore', 'pipe', 'pipe'] });
  let text = '';
  proc.stdout.on('data', (c: Buffer) => (text += c.toString()));
  const exited = new Promise<number | null>((r) => proc.once('exit', (code) => r(code)));
  return {
    proc,
    exited,
    text: () => text,
    events: () => parseSse(text),
    stop: async () => {
      proc.kill('SIGTERM');
      await exited;
    },
  };
}
