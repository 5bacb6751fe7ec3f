// Polls each resource's jobs list (as its monitor user, through the same read cache as every
// call) so that every finished job's final record is kept before slurmctld forgets it, even when
// no one happens to be reading. The interval must stay well under the clusters' MinJobAge.
import type { Logger } from 'pino';
import type { BackendContext, SlurmBackend } from '../../backends/backend.ts';
import type { JobHistory } from './job-history.ts';

export interface RecordedResource {
  name: string;
  backend: SlurmBackend;
  monitorUser: string;
}

export class HistoryRecorder {
  private timer?: NodeJS.Timeout;
  private failures = 0;
  private polls = 0;

  constructor(
    private readonly resources: readonly RecordedResource[],
    private readonly history: JobHistory,
    private readonly opts: { intervalMs: number; logger?: Logger },
  ) {}

  start(): void {
    this.schedule(0);
  }

  stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private schedule(ms: number): void {
    this.timer = setTimeout(() => void this.pollAll(), ms);
    this.timer.unref();
  }

  private async pollAll(): Promise<void> {
    const started = Date.now();
    this.polls++;
    await Promise.all(this.resources.map((r) => this.poll(r)));
    if (this.timer) this.schedule(Math.max(0, this.opts.intervalMs - (Date.now() - started)));
  }

  private async poll(r: RecordedResource): Promise<void> {
    const ctx: BackendContext = { user: r.monitorUser, project: '', clientSource: 'gateway:history', requestId: `history-${r.name}-${this.polls}` };
    try {
      const reply = await r.backend.jobs(ctx);
      if (reply.status !== 200 || !Array.isArray(reply.body.jobs)) throw new Error(`jobs answered HTTP ${reply.status}`);
      this.history.observe(r.name, reply.body.jobs);
    } catch (err) {
      // The first failure and then every 60th: a long outage does not flood the log.
      if (this.failures++ % 60 === 0) this.opts.logger?.warn({ resource: r.name, err: (err as Error).message }, 'job history: jobs poll failed');
    }
  }
}
