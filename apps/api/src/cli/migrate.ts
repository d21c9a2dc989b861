import { AppConfig, ConfigError, loadConfig } from '@park/platform/config';
import { locateDatabase, migrate } from '@park/platform/database';
import { MIGRATIONS_DIR } from './paths';
import { refuseUnsupportedNode } from '../node-runtime';

/** `npm run db:migrate`: applies pending migrations to DATABASE_URL (or the embedded database). */
async function main(): Promise<void> {
  refuseUnsupportedNode();
  const database = await locateDatabase(new AppConfig(loadConfig()), console.log);
  try {
    const result = await migrate(database.url, { migrationsDir: MIGRATIONS_DIR, log: console.log });
    console.log(
      `migrations: ${result.applied.length} applied, ${result.alreadyApplied} already applied`,
    );
  } finally {
    await database.embedded?.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
