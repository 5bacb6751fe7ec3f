// Parsing of DELETE's `signal` query the way scancel accepts it: a name with or without the SIG
// prefix (case-insensitive) or a number.
import { constants } from 'node:os';

const BY_NAME = constants.signals as Record<string, number>;
const BY_NUMBER = new Map(Object.entries(BY_NAME).map(([name, n]) => [n, name]));

export const DEFAULT_SIGNAL = BY_NAME.SIGTERM;

/** The signal number for `text`, or undefined when it names no signal of this system. */
export function parseSignal(text: string): number | undefined {
  const t = text.trim();
  if (/^\d+$/.test(t)) {
    const n = Number(t);
    return BY_NUMBER.has(n) ? n : undefined;
  }
  const upper = t.toUpperCase();
  const name = upper.startsWith('SIG') ? upper : `SIG${upper}`;
  return Object.hasOwn(BY_NAME, name) ? BY_NAME[name] : undefined;
}

/** "SIGTERM" → "TERM", the short name slurmrestd prints in exit_code.signal.name. */
export function signalShortName(n: number): string {
  return (BY_NUMBER.get(n) ?? `SIG${n}`).replace(/^SIG/, '');
}
