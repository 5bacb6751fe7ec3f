// Job event ids: numbered per subscription, opaque about everything else.
//
// A stream numbers its own events 1, 2, 3, ... (a stream resumed with Last-Event-ID goes on from
// the number it had), so no gap shows that another project's jobs changed meanwhile. To resume,
// an id must also say where in the resource's event sequence the stream was: that position is in
// the id too, but encrypted, so that it tells the client nothing (not how many events the
// resource has had, nor how many since its last one).
//
// An id reads `<32 hex digits>-<n>`: `n` is the stream's own number of the event, the hex digits
// one AES-128 block (a random key per resource watcher, made when the gateway starts) holding the
// position (48 bits), `n` (32 bits), 16 random bits (two ids with the same position and number
// still differ) and 32 zero bits that an id made with another key (another resource, a previous
// gateway process) or a made-up one fails, but for a chance of 2^-32; such an id is not resumable,
// and the stream starts over with a snapshot.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

export interface EventPosition {
  /** Position in the resource's event sequence: the events after it are what the stream missed. */
  pos: number;
  /** The stream's own number of the event (a resumed stream goes on from it). */
  n: number;
}

const ID_RE = /^([0-9a-f]{32})-(\d{1,10})$/;
const MAX_POS = 2 ** 48 - 1;
const MAX_N = 2 ** 32 - 1;

export class EventIds {
  constructor(private readonly key: Buffer = randomBytes(16)) {
    if (key.length !== 16) throw new Error('an event id key is 16 bytes (AES-128)');
  }

  encode(pos: number, n: number): string {
    if (!Number.isSafeInteger(pos) || pos < 0 || pos > MAX_POS) throw new RangeError(`event position out of range: ${pos}`);
    if (!Number.isSafeInteger(n) || n < 0 || n > MAX_N) throw new RangeError(`event number out of range: ${n}`);
    const block = Buffer.alloc(16);
    block.writeUIntBE(pos, 0, 6);
    block.writeUInt32BE(n, 6);
    randomBytes(2).copy(block, 10);
    // bytes 12..15 stay zero: the check
    const cipher = createCipheriv('aes-128-ecb', this.key, null).setAutoPadding(false);
    const sealed = Buffer.concat([cipher.update(block), cipher.final()]);
    return `${sealed.toString('hex')}-${n}`;
  }

  /** The position and number an id of this key names; undefined for anything else. */
  decode(id: string | undefined): EventPosition | undefined {
    const m = ID_RE.exec(id?.trim() ?? '');
    if (!m) return undefined;
    const decipher = createDecipheriv('aes-128-ecb', this.key, null).setAutoPadding(false);
    const block = Buffer.concat([decipher.update(Buffer.from(m[1], 'hex')), decipher.final()]);
    if (block.readUInt32BE(12) !== 0) return undefined;
    const n = block.readUInt32BE(6);
    if (String(n) !== m[2]) return undefined;
    return { pos: block.readUIntBE(0, 6), n };
  }
}
