// Terminal output for the client commands: aligned tables like squeue/sinfo, colour only on a
// TTY (and never with NO_COLOR), JSON printed as received.

export interface Out {
  color: boolean;
  tty: boolean;
  write(text: string): void;
  error(text: string): void;
}

export function terminal(): Out {
  const tty = process.stdout.isTTY === true;
  const color = (tty && !process.env.NO_COLOR && process.env.TERM !== 'dumb') || (process.env.FORCE_COLOR !== undefined && process.env.FORCE_COLOR !== '0');
  return { color, tty, write: (t) => process.stdout.write(t), error: (t) => process.stderr.write(t) };
}

const CODES = { red: 31, green: 32, yellow: 33, blue: 34, magenta: 35, cyan: 36, dim: 2, bold: 1 } as const;
export type Colour = keyof typeof CODES;
export const paint = (out: Out, c: Colour | undefined, text: string) => (out.color && c ? `\x1b[${CODES[c]}m${text}\x1b[0m` : text);

/** squeue-like colours for job, node and partition states. */
export function stateColour(state: string): Colour | undefined {
  const s = state.split(/[+,]/)[0];
  if (['COMPLETED', 'IDLE', 'UP'].includes(s)) return 'green';
  if (['RUNNING', 'ALLOCATED', 'MIXED', 'ACTIVE'].includes(s)) return 'cyan';
  if (['PENDING', 'COMPLETING', 'RESERVED', 'INACTIVE'].includes(s)) return 'yellow';
  if (['FAILED', 'TIMEOUT', 'NODE_FAIL', 'OUT_OF_MEMORY', 'BOOT_FAIL', 'DEADLINE', 'DOWN', 'DRAIN', 'CANCELLED'].includes(s)) return 'red';
  return undefined;
}

export interface Column<R> {
  head: string;
  get: (row: R) => string;
  colour?: (value: string) => Colour | undefined;
  /** Right-align (numbers). */
  right?: boolean;
}

/** Rows padded to the widest cell of each column; colour is applied after padding so widths stay right. */
export function table<R>(out: Out, columns: Column<R>[], rows: R[]): string {
  const cells = rows.map((r) => columns.map((c) => c.get(r)));
  const widths = columns.map((c, i) => Math.max(c.head.length, ...cells.map((row) => row[i].length)));
  const line = (values: string[], head: boolean) =>
    values
      .map((v, i) => {
        const padded = columns[i].right ? v.padStart(widths[i]) : v.padEnd(widths[i]);
        return head ? paint(out, 'bold', padded) : paint(out, columns[i].colour?.(v), padded);
      })
      .join('  ')
      .trimEnd();
  return [line(columns.map((c) => c.head), true), ...cells.map((row) => line(row, false))].join('\n') + '\n';
}

/** "Key   value" lines, keys aligned (like scontrol show, one field a line). */
export function keyValues(out: Out, pairs: [string, string, Colour?][]): string {
  const width = Math.max(...pairs.map(([k]) => k.length));
  return pairs.map(([k, v, c]) => `${paint(out, 'bold', k.padEnd(width))}  ${paint(out, c, v)}`.trimEnd()).join('\n') + '\n';
}

export const printJson = (out: Out, body: unknown) => out.write(`${JSON.stringify(body, null, 2)}\n`);
