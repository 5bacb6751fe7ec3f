// The slice of pino's Logger the slurmrestd backend uses (a pino child logger fits).
import type { Logger } from 'pino';

export type Log = Pick<Logger, 'debug' | 'info' | 'warn' | 'error'>;

const noop = () => {};
export const silentLog: Log = { debug: noop, info: noop, warn: noop, error: noop };
