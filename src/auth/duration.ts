// "30d", "12h", "90m", "45s" or "never" → seconds (null = never expires).
const UNIT_SECONDS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86400, w: 604800 };

export function parseDuration(text: string): number | null {
  const t = text.trim().toLowerCase();
  if (t === 'never' || t === 'none') return null;
  const m = /^(\d+)\s*([smhdw])$/.exec(t);
  if (!m) throw new Error(`not a duration: "${text}" (use for example 30d, 12h, 90m, 45s or never)`);
  const seconds = Number(m[1]) * UNIT_SECONDS[m[2]];
  if (seconds <= 0) throw new Error(`duration must be positive: "${text}"`);
  return seconds;
}
