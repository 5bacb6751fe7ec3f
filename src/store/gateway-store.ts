// The configured store of a gateway or of an admin command: SQLite in the data dir unless the
// config or S3M_DATABASE_URL names a PostgreSQL (src/store/kysely/open-store.ts).
import { dataPaths } from '../config/load.ts';
import type { Config } from '../config/schema.ts';
import { openStore, storeConfig, type Store, type StoreConfig } from './kysely/open-store.ts';

/** Where a store is, for messages: never a URL's user or password. */
export function describeStore(config: StoreConfig): string {
  if (config.type === 'sqlite') return `SQLite ${config.file}`;
  try {
    const u = new URL(config.url);
    return `PostgreSQL ${u.hostname}${u.port ? `:${u.port}` : ''}${u.pathname}`;
  } catch {
    return 'PostgreSQL (its URL does not parse)';
  }
}

export async function openGatewayStore(config: Pick<Config, 'store' | 'dataDir'>, env: NodeJS.ProcessEnv = process.env): Promise<Store> {
  const where = storeConfig(config.store, dataPaths(config.dataDir).database, env);
  try {
    return await openStore(where);
  } catch (err) {
    const from = env.S3M_DATABASE_URL?.trim() ? ' (from S3M_DATABASE_URL)' : where.type === 'postgres' ? ' (from the config’s store)' : '';
    throw new Error(`cannot open the gateway's store, ${describeStore(where)}${from}: ${(err as Error).message}`, { cause: err });
  }
}
