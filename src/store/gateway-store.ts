// The configured store of a gateway or of an admin command: SQLite in the data dir unless the
// config or S3M_DATABASE_URL names a PostgreSQL (src/store/kysely/open-store.ts).
import { dataPaths } from '../config/load.ts';
import type { Config } from '../config/schema.ts';
import { openStore, storeConfig, type Store } from './kysely/open-store.ts';

export function openGatewayStore(config: Pick<Config, 'store' | 'dataDir'>, env: NodeJS.ProcessEnv = process.env): Promise<Store> {
  return openStore(storeConfig(config.store, dataPaths(config.dataDir).database, env));
}
