// What every client command shares: the gateway URL, resource and token options, building the
// SDK client from them, and turning failures into SLURM's error descriptions and an exit status.
import { Option, type Command } from 'commander';
import { DEFAULT_URL, S3mClient } from '../../client/client.ts';
import { GRPC_VERSIONS } from '../../contract/grpc/service.ts';
import { DEFAULT_API_VERSION, type ApiVersion } from '../../client/types.ts';
import { API_VERSIONS as ALL_API_VERSIONS, isApiVersion } from '../../contract/model.ts';
import { ConnectionError, S3mError, SlurmApiError, TokenError } from '../../client/errors.ts';
import { SbatchError } from '../../client/sbatch.ts';
import { resolveToken } from '../../client/token.ts';
import { httpFetch } from '../../client/http-fetch.ts';
import { paint, printJson, terminal, type Out } from './output.ts';

export interface ClientFlags {
  url?: string;
  resource?: string;
  tokenFile?: string;
  token?: string;
  json?: boolean;
  transport?: string;
  apiVersion?: string;
}

export const TRANSPORTS = ['rest', 'grpc'] as const;
/** Every version the gateway can serve, the default first. */
export const API_VERSIONS: readonly ApiVersion[] = [DEFAULT_API_VERSION, ...ALL_API_VERSIONS.filter((v) => v !== DEFAULT_API_VERSION).reverse()];

/** Adds --url, --resource, --token-file and --json (and the refusal of --token) to a command. */
export function clientOptions(cmd: Command, opts: { resource?: boolean; json?: boolean } = {}): Command {
  cmd.option('--url <url>', `gateway URL (default $S3M_URL or ${DEFAULT_URL})`);
  if (opts.resource !== false) cmd.option('--resource <name>', 'resource (cluster) name (default $S3M_RESOURCE)');
  cmd.option('--token-file <file>', 'header file with the line "Authorization: <token>" (default: $S3M_TOKEN, else ./.env)');
  cmd.option('--transport <rest|grpc>', 'REST, or gRPC (slurm.v0043.SlurmIndirect ..., one service per API version, on the same port) (default $S3M_TRANSPORT or rest)');
  if (opts.resource !== false) cmd.option('--api-version <version>', `slurmrestd API version: ${API_VERSIONS.join(', ')} (what the resource serves; v0.0.42 is REST only) (default $S3M_API_VERSION or ${DEFAULT_API_VERSION})`);
  // Accepted only to refuse it with an explanation: a token in argv leaks through ps and history.
  cmd.addOption(new Option('--token <token>').hideHelp());
  if (opts.json !== false) cmd.option('--json', "print the gateway's JSON body unchanged");
  return cmd;
}

export class UsageError extends Error {}

export function makeClient(flags: ClientFlags, needResource = true): S3mClient {
  if (flags.token !== undefined) {
    throw new UsageError('tokens are not accepted as command-line arguments (they show in ps and in shell history): use S3M_TOKEN, ./.env or --token-file FILE');
  }
  const resource = flags.resource ?? process.env.S3M_RESOURCE ?? '';
  if (needResource && !resource) throw new UsageError('no resource: use --resource NAME or set S3M_RESOURCE');
  const url = flags.url ?? process.env.S3M_URL ?? DEFAULT_URL;
  const transport = (flags.transport ?? process.env.S3M_TRANSPORT ?? 'rest').toLowerCase();
  if (!(TRANSPORTS as readonly string[]).includes(transport)) throw new UsageError(`unknown transport "${transport}": use --transport rest or --transport grpc (or S3M_TRANSPORT)`);
  const version = flags.apiVersion ?? process.env.S3M_API_VERSION ?? DEFAULT_API_VERSION;
  if (!isApiVersion(version)) throw new UsageError(`unknown API version "${version}": use one of ${API_VERSIONS.join(', ')}`);
  if (transport === 'grpc' && !(GRPC_VERSIONS as readonly string[]).includes(version)) {
    throw new UsageError(`the gRPC services serve API versions ${GRPC_VERSIONS.join(', ')} only (slurm.v0043.SlurmIndirect, ...): use --transport rest for ${version}`);
  }
  const { authorization } = resolveToken({ tokenFile: flags.tokenFile });
  // The renderers read fields every version shares, so a client of any version is used through the
  // v0.0.43 types (other versions' bodies are shown as they come).
  // node:http rather than global fetch: a command makes a call or two, and loading fetch (undici)
  // would cost more than the call (src/client/http-fetch.ts).
  const client = new S3mClient<ApiVersion>({ url, token: authorization, resource: resource || '-', transport: transport as 'rest' | 'grpc', version: version as ApiVersion, fetch: httpFetch }) as unknown as S3mClient;
  opened.push(client);
  return client;
}

/** Clients made for the running command, closed when it ends (a gRPC channel would keep the process alive). */
const opened: S3mClient[] = [];

/** Prints an error the way the user needs it, and returns the exit status. */
export function reportError(out: Out, err: unknown, flags: ClientFlags): number {
  const prefix = paint(out, 'red', 's3m: error:');
  if (err instanceof SlurmApiError) {
    if (flags.json && err.body !== undefined) printJson(out, err.body);
    const lines = err.errors.length ? err.message.split('\n') : [err.message];
    for (const l of lines) out.error(`${prefix} ${l}\n`);
    for (const w of err.warnings) if (w.description) out.error(`s3m: warning: ${w.description}\n`);
    if (err.status === 401) out.error('s3m: hint: check the token (s3m whoami); tokens come from --token-file, S3M_TOKEN or ./.env\n');
    return 1;
  }
  if (err instanceof ConnectionError) {
    out.error(`${prefix} cannot reach the gateway: ${err.message}${err.code === 'ECONNREFUSED' ? ' (is it running? see --url / S3M_URL)' : ''}\n`);
    return 1;
  }
  if (err instanceof TokenError || err instanceof UsageError || err instanceof SbatchError || err instanceof S3mError) {
    out.error(`${prefix} ${err.message}\n`);
    return err instanceof UsageError ? 2 : 1;
  }
  if (err instanceof Error && err.name === 'AbortError') return 130;
  out.error(`${prefix} ${err instanceof Error ? err.message : String(err)}\n`);
  return 1;
}

/** Wraps a command action: runs it, reports failures, sets the exit status. */
export function action<A extends unknown[]>(fn: (out: Out, ...args: A) => Promise<unknown>) {
  return async (...args: A) => {
    const out = terminal();
    // commander passes (...positionals, options, command): the options object is second to last.
    const flags = (args[args.length - 2] ?? {}) as ClientFlags;
    let code: number;
    try {
      const result = await fn(out, ...args);
      code = typeof result === 'number' ? result : 0;
    } catch (err) {
      code = reportError(out, err, flags);
    }
    await Promise.all(opened.splice(0).map((c) => c.close().catch(() => undefined)));
    process.exitCode = code;
  };
}
