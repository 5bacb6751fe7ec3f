// The client commands: `s3m ping|partitions|nodes|reservations|diag|jobs|job|submit|cancel|
// watch|whoami`, each a thin layer over the SDK (src/client/) and the renderers.
import type { Command } from 'commander';
import type { S3mClient } from '../../client/client.ts';
import type { CancelFlag } from '../../client/types.ts';
import { action, clientOptions, makeClient, type ClientFlags } from '../client/common.ts';
import { printJson, keyValues, type Out } from '../client/output.ts';
import { diagText, jobDetails, jobsTable, nodesTable, partitionsTable, pingTable, reservationsTable } from '../client/render.ts';
import { addSbatchOptions, submitCommand, type SubmitFlags } from '../client/submit.ts';
import { watchJob } from '../client/watch.ts';
import { SlurmApiError } from '../../client/errors.ts';

const ENV_HELP = `
Environment: S3M_URL (gateway, default http://127.0.0.1:8080), S3M_RESOURCE (resource),
S3M_TOKEN (token), S3M_TRANSPORT (rest or grpc), S3M_API_VERSION (v0.0.42 to v0.0.45; default v0.0.43).
Without S3M_TOKEN or --token-file, the token is read from ./.env, the one-line
"Authorization: <token>" file that curl -H @.env reads.`;

/** The gateway's own warnings (source "s3m": a deprecated API version) go to stderr; SLURM's chatter ("Zero jobs to dump") does not. */
function gatewayWarnings(out: Out, body: unknown): void {
  const warnings = (body as { warnings?: { description?: string; source?: string }[] } | undefined)?.warnings;
  for (const w of Array.isArray(warnings) ? warnings : []) if (w.source === 's3m' && w.description) out.error(`s3m: warning: ${w.description}\n`);
}

const examples = (...lines: string[]) => `\nExamples:\n${lines.map((l) => `  $ ${l}`).join('\n')}\n${ENV_HELP}`;

/** A read command: GET, then the table or the body unchanged. */
function readCommand<T>(program: Command, name: string, description: string, get: (c: S3mClient) => Promise<T>, render: (out: Out, body: T) => string) {
  const example = `s3m ${name} --resource defiant`;
  clientOptions(program.command(name).description(description))
    .addHelpText('after', examples(example, `${example} --json`))
    .action(
      action(async (out, flags: ClientFlags) => {
        const body = await get(makeClient(flags));
        gatewayWarnings(out, body);
        if (flags.json) printJson(out, body);
        else out.write(render(out, body));
      }),
    );
}

export function registerClient(program: Command): void {
  readCommand(program, 'ping', "is the resource's slurmctld up? (GET .../ping)", (c) => c.ping(), (out, b) => pingTable(out, b.pings ?? []));
  readCommand(program, 'partitions', 'partitions, like sinfo (GET .../partitions)', (c) => c.partitions(), (out, b) => partitionsTable(out, b.partitions ?? []));
  readCommand(program, 'nodes', 'nodes, like sinfo -N (GET .../nodes)', (c) => c.nodes(), (out, b) => nodesTable(out, b.nodes ?? []));
  readCommand(program, 'reservations', 'reservations, like sinfo -T (GET .../reservations)', (c) => c.reservations(), (out, b) => reservationsTable(out, b.reservations ?? []));
  readCommand(program, 'diag', 'scheduler statistics, like sdiag (GET .../diag)', (c) => c.diag(), (out, b) => diagText(out, b.statistics ?? {}));
  readCommand(program, 'jobs', "your project's jobs, like squeue (GET .../jobs)", (c) => c.jobs(), (out, b) => jobsTable(out, b.jobs ?? []));

  clientOptions(program.command('job <id>').description('one job in detail, like scontrol show job (GET .../job/ID)'))
    .addHelpText('after', examples('s3m job 42 --resource defiant', 's3m job 42 --json | jq .jobs[0].job_state'))
    .action(
      action(async (out, id: string, flags: ClientFlags) => {
        const body = await makeClient(flags).job(id);
        gatewayWarnings(out, body);
        if (flags.json) printJson(out, body);
        else for (const j of body.jobs ?? []) out.write(jobDetails(out, j));
      }),
    );

  const submit = clientOptions(program.command('submit <script>').description('submit a batch script, like sbatch: reads its #SBATCH directives (POST .../job/submit)'));
  addSbatchOptions(submit);
  submit
    .option('--parsable', 'print only the job id')
    .option('-W, --wait', 'wait for the job to end (as `s3m watch`) and exit with its exit status')
    .option('--dry-run', 'print the job description that would be sent, and send nothing')
    .addHelpText(
      'after',
      examples(
        's3m submit job.sh --resource defiant',
        's3m submit -p debug -t 5 -J quick job.sh      # command line overrides #SBATCH lines',
        'id=$(s3m submit --parsable job.sh) && s3m watch $id',
        'echo -e \'#!/bin/bash\\nhostname\' | s3m submit -',
      ) +
        '\nOption precedence (as sbatch): #SBATCH lines, then SBATCH_* variables, then the command line.\n' +
        '--export defaults to ALL: the whole current environment goes with the job, except S3M_TOKEN.\n' +
        'The working directory defaults to the current directory; it must exist on the cluster.\n',
    )
    .action(action((out, script: string, flags: SubmitFlags) => submitCommand(out, script, flags)));

  clientOptions(program.command('cancel <ids...>').description('cancel or signal jobs, like scancel (DELETE .../job/ID)'))
    .option('-s, --signal <signal>', 'send this signal (INT, SIGUSR1, 10...) instead of cancelling')
    .option('-f, --flags <flags>', 'comma-separated slurmrestd flags, e.g. BATCH_JOB,FULL_JOB')
    .addHelpText('after', examples('s3m cancel 42 --resource defiant', 's3m cancel 42 --signal USR1', 's3m cancel 42 43 44'))
    .action(
      action(async (out, ids: string[], flags: ClientFlags & { signal?: string; flags?: string }) => {
        const client = makeClient(flags);
        const cancelFlags = flags.flags?.split(',').map((f) => f.trim().toUpperCase()).filter(Boolean) as CancelFlag[] | undefined;
        let failed = 0;
        for (const id of ids) {
          try {
            const body = await client.cancel(id, { signal: flags.signal, flags: cancelFlags });
            if (flags.json) printJson(out, body);
          } catch (err) {
            // scancel goes on with the other ids and exits non-zero at the end.
            if (!(err instanceof SlurmApiError) || ids.length === 1) throw err;
            if (flags.json && err.body !== undefined) printJson(out, err.body);
            out.error(`s3m: error: ${err.message}\n`);
            failed++;
          }
        }
        return failed ? 1 : 0;
      }),
    );

  clientOptions(program.command('watch <id>').description("follow a job until it ends (the gateway's job events, else polling); exit with its exit status (signal n: 128+n)"))
    .option('--interval <ms>', 'first poll interval in milliseconds (when polling)', '500')
    .option('--poll', "poll GET .../job/ID instead of following the gateway's job event stream")
    .addHelpText('after', examples('s3m watch 42 --resource defiant', 's3m watch 42 && echo succeeded', 's3m watch 42 --json   # one JSON job record a line, at each change', 's3m watch 42 --poll   # no event stream: GET the job every interval'))
    .action(action((out, id: string, flags: ClientFlags & { interval: string; poll?: boolean }) => watchJob(out, makeClient(flags), id, { json: flags.json, intervalMs: Number(flags.interval), poll: flags.poll })));

  clientOptions(program.command('whoami').description("the token's project, user, permissions and expiry (GET /olcf/v1/token/ctls/introspect)"), { resource: false })
    .addHelpText('after', examples('s3m whoami', 's3m whoami --token-file ~/stf040.env --json'))
    .action(
      action(async (out, flags: ClientFlags) => {
        const info = await makeClient(flags, false).introspect();
        if (flags.json) return printJson(out, info);
        out.write(keyValues(out, [['Project', info.project], ['User', info.user], ['Permissions', info.permissions.join(', ')], ['TokenId', info.tokenId], ['Created', info.createdAt], ['Expires', info.expiresAt ?? 'never']]));
      }),
    );
}
