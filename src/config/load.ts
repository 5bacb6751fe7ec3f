// Loads the one config file (YAML or JSON) and the environment overrides. This is the only module
// that knows file and environment variable names (documented in the README's config table).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { packageFile } from '../contract/package-files.ts';
import { configSchema, type Config } from './schema.ts';

/** The bundled demo configuration (resources defiant, wombat, quokka on the local backend). */
export const DEMO_CONFIG_FILE = packageFile('config/demo.yaml');

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

export interface LoadOptions {
  /** Config file path; default S3M_CONFIG, else the bundled demo config. */
  file?: string;
  env?: NodeJS.ProcessEnv;
}

export interface LoadedConfig extends Config {
  /** The file the config came from (absolute). */
  source: string;
}

export function formatIssuePath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, p) => (typeof p === 'number' ? `${acc}[${p}]` : acc ? `${acc}.${String(p)}` : String(p)), '');
}

/** Parse and validate config text; errors name the file and every offending field. */
export function parseConfig(text: string, source: string): Config {
  let raw: unknown;
  try {
    raw = source.endsWith('.json') ? JSON.parse(text) : parseYaml(text);
  } catch (err) {
    throw new ConfigError(`${source}: not valid ${source.endsWith('.json') ? 'JSON' : 'YAML'}: ${(err as Error).message}`);
  }
  const result = configSchema.safeParse(raw ?? {});
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${formatIssuePath(i.path) || '(top level)'}: ${i.message}`);
    throw new ConfigError(`${source}: invalid configuration\n${lines.join('\n')}`);
  }
  return result.data;
}

export function loadConfig(opts: LoadOptions = {}): LoadedConfig {
  const env = opts.env ?? process.env;
  const file = resolve(opts.file ?? env.S3M_CONFIG ?? DEMO_CONFIG_FILE);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new ConfigError(`cannot read config file ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  const cfg = parseConfig(text, file);
  if (env.S3M_HOST) cfg.listen.host = env.S3M_HOST;
  if (env.S3M_PORT !== undefined && env.S3M_PORT !== '') {
    const port = Number(env.S3M_PORT);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new ConfigError(`S3M_PORT: not a port number: "${env.S3M_PORT}"`);
    cfg.listen.port = port;
  }
  if (env.S3M_DATA_DIR) cfg.dataDir = env.S3M_DATA_DIR;
  if (env.S3M_LOG_LEVEL) {
    const lvl = configSchema.shape.logLevel.safeParse(env.S3M_LOG_LEVEL);
    if (!lvl.success) throw new ConfigError(`S3M_LOG_LEVEL: must be one of fatal, error, warn, info, debug, trace, silent`);
    cfg.logLevel = lvl.data;
  }
  // A relative data dir is relative to where the gateway was started (like ./.s3m in the README).
  cfg.dataDir = isAbsolute(cfg.dataDir) ? cfg.dataDir : resolve(process.cwd(), cfg.dataDir);
  return { ...cfg, source: file };
}

/**
 * Where the gateway's files live. `instance` names this gateway's data dir in places shared by
 * every gateway on the host (the spool under /var/spool, the jobs' cgroups), so that two gateways
 * never touch each other's jobs and a restarted one finds its own.
 */
export function dataPaths(dataDir: string, spoolDir?: string) {
  const instance = createHash('sha256').update(resolve(dataDir)).digest('hex').slice(0, 12);
  const spool = spoolDir ?? (process.getuid?.() === 0 ? join('/var/spool/s3m', instance) : join(dataDir, 'spool'));
  return { database: join(dataDir, 's3m.db'), spool: resolve(spool), instance };
}
