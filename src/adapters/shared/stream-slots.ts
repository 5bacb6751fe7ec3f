// Concurrent job-event streams per token, counted across both doors: SSE (GET .../events, REST)
// and gRPC s3m.events.v1.JobEvents/WatchJobs draw from the same StreamSlots. A stream takes a
// slot once its call passed the token, permission and resource rules, and gives it back when it
// ends, however it ends (job finished, client gone, gateway closing, slow client cut off).
import { GatewayError } from '../../contract/errors.ts';

export interface StreamSlot {
  /** Give the slot back; later calls do nothing. */
  release(): void;
}

export class StreamSlots {
  private readonly open = new Map<string, number>();

  /** `maxPerKey`: how many streams one key (a token id) may hold at once. */
  constructor(readonly maxPerKey: number) {
    if (!Number.isInteger(maxPerKey) || maxPerKey < 1) throw new RangeError(`maxPerKey must be a positive integer, got ${maxPerKey}`);
  }

  /**
   * A slot for `key`, or a 429 (RESOURCE_EXHAUSTED over gRPC) in SLURM's error shape when the key
   * holds maxPerKey already. `who` names the key in the error (never a secret).
   */
  acquire(key: string, who = key): StreamSlot {
    const n = this.open.get(key) ?? 0;
    if (n >= this.maxPerKey) {
      throw new GatewayError(
        'tooManyStreams',
        `${who} already has ${n} open job-event streams (SSE and gRPC WatchJobs together), the most one token may have (events.maxStreamsPerToken); close one first`,
      );
    }
    this.open.set(key, n + 1);
    let released = false;
    return {
      release: () => {
        if (released) return;
        released = true;
        const left = (this.open.get(key) ?? 1) - 1;
        if (left > 0) this.open.set(key, left);
        else this.open.delete(key);
      },
    };
  }

  /** Streams `key` holds now. */
  count(key: string): number {
    return this.open.get(key) ?? 0;
  }

  /** Streams held now, all keys together. */
  total(): number {
    let sum = 0;
    for (const n of this.open.values()) sum += n;
    return sum;
  }
}
