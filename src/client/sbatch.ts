// sbatch's handling of a batch script, for `s3m submit` and SDK users: #SBATCH directives, the
// option values they set, and the job description (slurmrestd's job_desc_msg) they make.
import { basename, resolve } from 'node:path';
import { exportEnvironment } from './export-env.ts';
import { findLongOption, findShortOption, type SbatchKey, type SbatchOption, type SbatchOrigins, type SbatchValues } from './sbatch-options.ts';
import { parseTimeLimit } from './slurm-time.ts';
import type { Model } from './types.ts';

type JobDescription = Model<'v0.0.43'>['JobDescription'];

/** An option value that cannot be used (a bad --time, a script with DOS line breaks...). */
export class SbatchError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SbatchError';
  }
}

export interface ParsedScript {
  values: SbatchValues;
  origins: SbatchOrigins;
  /** "job.sh:4: unknown #SBATCH option --gres=gpu:1 (ignored)". */
  warnings: string[];
}

/** Splits a directive's text like a shell would for quoting; a word starting with # ends the line (a comment). */
export function splitDirective(text: string): string[] {
  const words: string[] = [];
  let word: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (/\s/.test(ch)) {
      if (word !== undefined) words.push(word);
      word = undefined;
    } else if (ch === '#' && word === undefined) {
      break;
    } else if (ch === '"' || ch === "'") {
      const close = text.indexOf(ch, i + 1);
      const end = close < 0 ? text.length : close;
      word = (word ?? '') + text.slice(i + 1, end);
      i = end;
    } else {
      word = (word ?? '') + ch;
    }
  }
  if (word !== undefined) words.push(word);
  return words;
}

/**
 * Reads option words (`--time=10`, `--time 10`, `-t10`, `-t 10`, `-H`) into values. Returns the
 * words it could not read, with the reason.
 */
export function parseOptionWords(words: string[]): { values: SbatchValues; problems: string[] } {
  const values: SbatchValues = {};
  const problems: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    let opt: SbatchOption | undefined;
    let inline: string | undefined;
    if (w.startsWith('--')) {
      const eq = w.indexOf('=');
      const name = eq >= 0 ? w.slice(2, eq) : w.slice(2);
      inline = eq >= 0 ? w.slice(eq + 1) : undefined;
      opt = findLongOption(name);
    } else if (/^-[A-Za-z]/.test(w)) {
      opt = findShortOption(w[1]);
      inline = w.length > 2 ? w.slice(2).replace(/^=/, '') : undefined;
    }
    if (!opt) {
      problems.push(`unknown option ${w}`);
      continue;
    }
    if (!opt.arg) {
      if (inline !== undefined) problems.push(`option --${opt.long} takes no value (${w})`);
      else values[opt.key as SbatchKey] = true;
      continue;
    }
    const value = inline ?? words[++i];
    if (value === undefined) problems.push(`option --${opt.long} needs a value`);
    else values[opt.key as SbatchKey] = value;
  }
  return { values, problems };
}

/**
 * The #SBATCH directives of a script, as sbatch reads them: only lines starting with "#SBATCH"
 * before the first line that is neither blank nor a comment. Later directives, unknown options
 * and malformed ones become warnings naming the line, never silent drops.
 */
export function parseSbatchScript(script: string, fileName = 'script'): ParsedScript {
  if (script.includes('\r\n')) {
    // sbatch refuses these too: bash would read "\r" as part of every command.
    throw new SbatchError(`${fileName}: the script contains DOS line breaks (\\r\\n) instead of UNIX line breaks (\\n); convert it with dos2unix`);
  }
  const values: SbatchValues = {};
  const origins: SbatchOrigins = {};
  const warnings: string[] = [];
  let inHeader = true;
  script.split('\n').forEach((line, index) => {
    const where = `${fileName}:${index + 1}`;
    const trimmed = line.trim();
    if (inHeader && trimmed !== '' && !trimmed.startsWith('#')) inHeader = false;
    if (!line.startsWith('#SBATCH')) return;
    if (!inHeader) {
      warnings.push(`${where}: #SBATCH after the first command is ignored (as sbatch does): ${trimmed}`);
      return;
    }
    const rest = line.slice('#SBATCH'.length);
    if (rest !== '' && !/^\s/.test(rest)) {
      warnings.push(`${where}: not a directive (no space after #SBATCH), ignored: ${trimmed}`);
      return;
    }
    const parsed = parseOptionWords(splitDirective(rest));
    for (const p of parsed.problems) warnings.push(`${where}: ${p} in "${trimmed}" (ignored)`);
    for (const [k, v] of Object.entries(parsed.values)) {
      values[k as SbatchKey] = v; // a later directive overrides an earlier one, as in sbatch
      origins[k as SbatchKey] = where;
    }
  });
  return { values, origins, warnings };
}

const MB_PER: Record<string, number> = { K: 1 / 1024, M: 1, G: 1024, T: 1024 * 1024 };

/** --mem / --mem-per-cpu: an integer with an optional K/M/G/T suffix (default M), in MB rounded up. */
export function parseMemory(text: string): number {
  const m = /^\s*(\d+)\s*([KMGT])?B?\s*$/i.exec(text);
  if (!m) throw new Error(`Invalid memory size "${text}": use an integer with an optional K, M, G or T suffix (default M)`);
  return Math.ceil(Number(m[1]) * MB_PER[(m[2] ?? 'M').toUpperCase()]);
}

type MailType = NonNullable<JobDescription['mail_type']>[number];
// sbatch's --mail-type names → slurmrestd's mail_type flags.
const MAIL_TYPES: Record<string, MailType[]> = {
  NONE: [],
  BEGIN: ['BEGIN'],
  END: ['END'],
  FAIL: ['FAIL'],
  REQUEUE: ['REQUEUE'],
  INVALID_DEPEND: ['INVALID_DEPENDENCY'],
  STAGE_OUT: ['STAGE_OUT'],
  ARRAY_TASKS: ['ARRAY_TASKS'],
  TIME_LIMIT: ['TIME=100%'],
  TIME_LIMIT_90: ['TIME=90%'],
  TIME_LIMIT_80: ['TIME=80%'],
  TIME_LIMIT_50: ['TIME=50%'],
  ALL: ['BEGIN', 'END', 'FAIL', 'INVALID_DEPENDENCY', 'REQUEUE', 'STAGE_OUT'],
};

export function parseMailType(text: string): MailType[] {
  const out = new Set<MailType>();
  for (const part of text.split(',').map((s) => s.trim().toUpperCase()).filter(Boolean)) {
    const flags = MAIL_TYPES[part];
    if (!flags) throw new Error(`Invalid --mail-type "${part}": use ${Object.keys(MAIL_TYPES).join(', ')}`);
    flags.forEach((f) => out.add(f));
  }
  return [...out];
}

function positiveInt(text: string, what: string): number {
  if (!/^\s*\d+\s*$/.test(text) || Number(text) < 1) throw new Error(`Invalid ${what} "${text}": must be a positive integer`);
  return Number(text);
}

export interface BuildContext {
  script: string;
  /** For the default job name (sbatch uses the script's file name; "sbatch" for stdin). */
  scriptName?: string;
  /** The submitting directory (default process.cwd()): the default working directory, and the base of a relative --chdir. */
  cwd?: string;
  /** The submitting environment (default process.env), for --export. */
  env?: NodeJS.ProcessEnv;
  origins?: SbatchOrigins;
}

/**
 * The job description sbatch would send for these option values. Throws SbatchError naming
 * where a bad value came from ("job.sh:3: Invalid time limit ...").
 */
export function buildJobDescription(values: SbatchValues, ctx: BuildContext): JobDescription {
  const origins = ctx.origins ?? {};
  const cwd = ctx.cwd ?? process.cwd();
  const env = ctx.env ?? process.env;
  const convert = <T>(key: SbatchKey, fn: (v: string) => T): T | undefined => {
    const v = values[key];
    if (v === undefined || v === true) return undefined;
    try {
      return fn(v);
    } catch (err) {
      throw new SbatchError(`${origins[key] ?? `--${key}`}: ${(err as Error).message}`);
    }
  };
  const str = (key: SbatchKey) => convert(key, (v) => v);

  const job: JobDescription = {
    script: ctx.script,
    name: str('jobName') ?? (ctx.scriptName ? basename(ctx.scriptName) : 'sbatch'),
    current_working_directory: resolve(cwd, str('chdir') ?? '.'),
    environment: exportEnvironment(str('export'), env),
  };
  const set = <K extends keyof JobDescription>(k: K, v: JobDescription[K] | undefined) => {
    if (v !== undefined) job[k] = v;
  };
  set('account', str('account'));
  set('partition', str('partition'));
  const nodes = convert('nodes', (v) => {
    const m = /^\s*(\d+)\s*(?:-\s*(\d+)\s*)?$/.exec(v);
    if (!m || Number(m[1]) < 1 || (m[2] !== undefined && Number(m[2]) < Number(m[1]))) throw new Error(`Invalid node count "${v}": use N or MIN-MAX`);
    return { min: Number(m[1]), max: Number(m[2] ?? m[1]) };
  });
  if (nodes) {
    job.minimum_nodes = nodes.min;
    job.maximum_nodes = nodes.max;
  }
  set('tasks', convert('ntasks', (v) => positiveInt(v, 'task count')));
  set('tasks_per_node', convert('ntasksPerNode', (v) => positiveInt(v, 'tasks per node')));
  set('cpus_per_task', convert('cpusPerTask', (v) => positiveInt(v, 'cpus per task')));
  const time = convert('time', parseTimeLimit);
  if (time !== undefined) job.time_limit = time === 'INFINITE' ? { set: false, infinite: true } : { set: true, number: time };
  set('standard_output', str('output'));
  set('standard_error', str('error'));
  set('standard_input', str('input'));
  if (values.hold === true) job.hold = true;
  const mem = convert('mem', parseMemory);
  if (mem !== undefined) job.memory_per_node = { set: true, number: mem };
  const memCpu = convert('memPerCpu', parseMemory);
  if (memCpu !== undefined) {
    if (mem !== undefined) throw new SbatchError(`${origins.memPerCpu ?? '--mem-per-cpu'}: --mem and --mem-per-cpu are mutually exclusive`);
    job.memory_per_cpu = { set: true, number: memCpu };
  }
  set('qos', str('qos'));
  set('reservation', str('reservation'));
  set('mail_type', convert('mailType', parseMailType));
  set('mail_user', str('mailUser'));
  set('comment', str('comment'));
  if (values.requeue === true) job.requeue = true;
  if (values.noRequeue === true) job.requeue = false;
  return job;
}

/** Overlays option layers, later ones winning (script, then SBATCH_* variables, then the command line). */
export function mergeValues(...layers: { values: SbatchValues; origins: SbatchOrigins }[]): { values: SbatchValues; origins: SbatchOrigins } {
  const values: SbatchValues = {};
  const origins: SbatchOrigins = {};
  for (const layer of layers) {
    for (const [k, v] of Object.entries(layer.values)) {
      if (v === undefined) continue;
      values[k as SbatchKey] = v;
      origins[k as SbatchKey] = layer.origins[k as SbatchKey] ?? `--${k}`;
    }
    // --requeue and --no-requeue: the last layer that says either wins.
    if (layer.values.requeue) delete values.noRequeue;
    if (layer.values.noRequeue) delete values.requeue;
  }
  return { values, origins };
}
