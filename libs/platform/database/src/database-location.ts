import { AppConfig } from '@park/platform/config';
import path from 'node:path';
import { EmbeddedPostgres } from './embedded/embedded-postgres';

export interface DatabaseLocation {
  url: string;
  embedded?: EmbeddedPostgres;
}

// Protects a cluster bound to 127.0.0.1 on a developer's machine; production uses DATABASE_URL.
const EMBEDDED_PASSWORD = 'park-commons-local';
const EMBEDDED_DATABASE = 'park_commons';

/** DATABASE_URL when set; otherwise an embedded PostgreSQL started here, with its data in EMBEDDED_PG_DIR. */
export async function locateDatabase(
  config: AppConfig,
  log: (message: string) => void,
): Promise<DatabaseLocation> {
  const configured = config.get('DATABASE_URL');
  if (configured) return { url: configured };

  const embedded = new EmbeddedPostgres({
    dataDir: path.resolve(config.get('EMBEDDED_PG_DIR')),
    port: config.get('EMBEDDED_PG_PORT'),
    password: EMBEDDED_PASSWORD,
    log,
  });
  await embedded.start();
  await embedded.ensureDatabase(EMBEDDED_DATABASE);
  const url = new URL(embedded.url);
  url.pathname = `/${EMBEDDED_DATABASE}`;
  return { url: url.toString(), embedded };
}
