// SLURM's time notations: sbatch's --time input, squeue's elapsed-time output.

/** A --time value in minutes, or 'INFINITE' for UNLIMITED/INFINITE. */
export type TimeLimit = number | 'INFINITE';

/**
 * Parses every format sbatch accepts for --time: "M", "M:S", "H:M:S", "D-H", "D-H:M", "D-H:M:S",
 * and UNLIMITED/INFINITE. Seconds round up to the next minute, as slurm's time_str2mins does
 * ("0:30" asks for 1 minute). "0" means no limit to slurmctld and is returned as 0.
 * Throws on anything else, with the value in the message.
 */
export function parseTimeLimit(text: string): TimeLimit {
  const t = text.trim();
  if (/^(unlimited|infinite)$/i.test(t)) return 'INFINITE';
  const m = /^(?:(\d+)-)?(\d+)(?::(\d+))?(?::(\d+))?$/.exec(t);
  if (!m) throw new Error(`Invalid time limit "${text}": use minutes, M:S, H:M:S, D-H, D-H:M or D-H:M:S`);
  const [, d, a, b, c] = m;
  let days = 0, hours = 0, minutes = 0, seconds = 0;
  if (d !== undefined) {
    // D-H, D-H:M, D-H:M:S
    days = Number(d);
    hours = Number(a);
    minutes = b !== undefined ? Number(b) : 0;
    seconds = c !== undefined ? Number(c) : 0;
  } else if (c !== undefined) {
    [hours, minutes, seconds] = [Number(a), Number(b), Number(c)]; // H:M:S
  } else if (b !== undefined) {
    [minutes, seconds] = [Number(a), Number(b)]; // M:S
  } else {
    minutes = Number(a); // M
  }
  const total = ((days * 24 + hours) * 60 + minutes) * 60 + seconds;
  return Math.ceil(total / 60);
}

/** squeue's TIME column: "0:05", "12:34", "1:02:03", "2-03:04:05". */
export function formatElapsed(totalSeconds: number): string {
  const s = Math.max(0, Math.floor(totalSeconds));
  const days = Math.floor(s / 86400);
  const h = Math.floor((s % 86400) / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = String(s % 60).padStart(2, '0');
  if (days > 0) return `${days}-${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:${sec}`;
  if (h > 0) return `${h}:${String(m).padStart(2, '0')}:${sec}`;
  return `${m}:${sec}`;
}

/** squeue's TIME_LIMIT column for a limit in minutes (undefined = not set). */
export function formatTimeLimit(minutes: number | undefined, infinite = false): string {
  if (infinite) return 'UNLIMITED';
  if (minutes === undefined) return 'N/A';
  return formatElapsed(minutes * 60);
}
