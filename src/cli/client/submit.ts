// `s3m submit SCRIPT`: sbatch over the gateway. Option precedence is sbatch's: #SBATCH lines,
// then SBATCH_* variables, then the command line.
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { buildJobDescription, mergeValues, parseSbatchScript, SbatchError } from '../../client/sbatch.ts';
import { batchScriptProblem } from '../../client/script-checks.ts';
import { SBATCH_OPTIONS, sbatchEnvValues, type SbatchKey, type SbatchOrigins, type SbatchValues } from '../../client/sbatch-options.ts';
import { makeClient, type ClientFlags } from './common.ts';
import { printJson, type Out } from './output.ts';
import { watchJob } from './watch.ts';

/** Registers every sbatch option of the table on the command. */
export function addSbatchOptions(cmd: Command): void {
  for (const o of SBATCH_OPTIONS) {
    const flags = `${'short' in o ? `-${o.short}, ` : ''}--${o.long}${'arg' in o ? ` <${o.arg}>` : ''}`;
    cmd.option(flags, o.help);
  }
}

/** The sbatch values given on the command line (commander's attribute names are the table's keys). */
function commandLineValues(opts: Record<string, unknown>): { values: SbatchValues; origins: SbatchOrigins } {
  const values: SbatchValues = {};
  const origins: SbatchOrigins = {};
  for (const o of SBATCH_OPTIONS) {
    let v = opts[o.key];
    // commander folds --no-requeue into requeue=false.
    if (o.key === 'noRequeue') v = opts.requeue === false ? true : undefined;
    if (o.key === 'requeue' && v === false) v = undefined;
    if (v === undefined || v === false) continue;
    values[o.key as SbatchKey] = v === true ? true : String(v);
    origins[o.key as SbatchKey] = `--${o.long}`;
  }
  return { values, origins };
}

function readScript(path: string): { text: string; name: string | undefined } {
  try {
    // "-" reads standard input, and the job is named "sbatch", as sbatch does.
    return path === '-' ? { text: readFileSync(0, 'utf8'), name: undefined } : { text: readFileSync(path, 'utf8'), name: path };
  } catch (err) {
    throw new SbatchError(`cannot read batch script ${path}: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (err as Error).message}`);
  }
}

export interface SubmitFlags extends ClientFlags {
  parsable?: boolean;
  wait?: boolean;
  dryRun?: boolean;
  [k: string]: unknown;
}

export async function submitCommand(out: Out, scriptPath: string, flags: SubmitFlags): Promise<number> {
  const { text, name } = readScript(scriptPath);
  const problem = batchScriptProblem(text);
  if (problem) throw new SbatchError(problem);
  const parsed = parseSbatchScript(text, name ?? 'stdin');
  for (const w of parsed.warnings) out.error(`s3m: warning: ${w}\n`);
  const merged = mergeValues(parsed, sbatchEnvValues(process.env), commandLineValues(flags));
  const job = buildJobDescription(merged.values, { script: text, scriptName: name, origins: merged.origins });
  if (flags.dryRun) {
    printJson(out, { job });
    return 0;
  }
  const client = makeClient(flags);
  const reply = await client.submit(job);
  for (const w of reply.warnings ?? []) if (w.description) out.error(`s3m: warning: ${w.description}\n`);
  if (flags.json) printJson(out, reply);
  else if (flags.parsable) out.write(`${reply.job_id}\n`);
  else out.write(`Submitted batch job ${reply.job_id}\n`);
  if (!flags.wait) return 0;
  return watchJob(out, client, String(reply.job_id), { json: flags.json });
}
