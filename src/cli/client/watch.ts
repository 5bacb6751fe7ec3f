// `s3m watch ID` (and `submit --wait`): follow a job until it ends, then exit with its exit
// status. On a TTY a live line with a spinner and the running time; otherwise one plain line per
// change, so logs and CI output stay readable.
import type { S3mClient } from '../../client/client.ts';
import { baseState, elapsedSeconds, jobExitCode } from '../../client/job-state.ts';
import { formatElapsed } from '../../client/slurm-time.ts';
import type { JobInfo } from '../../contract/model.ts';
import { exitCodeText } from './render.ts';
import { paint, stateColour, type Out } from './output.ts';

const SPINNER = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];
const clock = () => new Date().toTimeString().slice(0, 8);

function describe(out: Out, j: JobInfo): string {
  const state = (j.job_state ?? []).join('+') || 'UNKNOWN';
  const reason = j.state_reason && j.state_reason !== 'None' ? ` (${j.state_reason})` : '';
  const nodes = j.nodes ? ` on ${j.nodes}` : '';
  return `job ${j.job_id} ${paint(out, stateColour(state), state)}${reason}${nodes}`;
}

/**
 * Follows the job through the SDK's waitForJob: the gateway's job event stream when it has one
 * (a GET of the job at each change), polling otherwise, or always with `poll`.
 */
export async function watchJob(out: Out, client: S3mClient, jobId: string, opts: { json?: boolean; intervalMs?: number; poll?: boolean }): Promise<number> {
  const controller = new AbortController();
  const onSigint = () => controller.abort(Object.assign(new Error('interrupted'), { name: 'AbortError' }));
  process.once('SIGINT', onSigint);
  const live = out.tty && !opts.json;
  let current: JobInfo | undefined;
  let frame = 0;
  const draw = () => {
    if (!current) return;
    const elapsed = formatElapsed(elapsedSeconds(current));
    out.write(`\r\x1b[2K${paint(out, 'cyan', SPINNER[frame++ % SPINNER.length])} ${describe(out, current)}  ${elapsed}`);
  };
  const ticker = live ? setInterval(draw, 100) : undefined;
  const clearLive = () => live && out.write('\r\x1b[2K');
  try {
    const job = await client.waitForJob(jobId, {
      signal: controller.signal,
      intervalMs: opts.intervalMs,
      events: !opts.poll,
      onChange: (j) => {
        current = j;
        if (opts.json) return out.write(`${JSON.stringify(j)}\n`);
        clearLive();
        out.write(`${clock()} ${describe(out, j)}  ${formatElapsed(elapsedSeconds(j))}\n`);
      },
      onPoll: (j) => {
        current = j;
      },
    });
    clearLive();
    const code = jobExitCode(job);
    if (!opts.json) {
      const colour = code === 0 ? 'green' : 'red';
      out.write(`job ${job.job_id} ${paint(out, stateColour(baseState(job)), baseState(job))} after ${formatElapsed(elapsedSeconds(job))}, exit code ${exitCodeText(job)} → ${paint(out, colour, `exit status ${code}`)}\n`);
    }
    return code;
  } catch (err) {
    clearLive();
    if (controller.signal.aborted) {
      out.error(`s3m: stopped watching job ${jobId}; it goes on (cancel it with: s3m cancel ${jobId})\n`);
      return 130;
    }
    throw err;
  } finally {
    if (ticker) clearInterval(ticker);
    process.removeListener('SIGINT', onSigint);
  }
}
