import { AppConfig, ConfigError, loadConfig } from '@park/platform/config';
import { locateDatabase, migrate } from '@park/platform/database';
import { installJobQueue } from '@park/platform/jobs';
import { MIGRATIONS_DIR } from './paths';
import { refuseUnsupportedNode } from '../node-runtime';

/**
 * `npm run db:migrate`: applies pending migrations to DATABASE_URL (or the embedded database),
 * then installs or upgrades the job queue's own schema.
 */
async function main(): Promise<void> {
  refuseUnsupportedNode();
  const database = await locateDatabase(new AppConfig(loadConfig()), console.log);
  try {
    const result = await migrate(database.url, { migrationsDir: MIGRATIONS_DIR, log: console.log });
    await installJobQueue(database.url);
    console.log(
      `migrations: ${result.applied.length} applied, ${result.alreadyApplied} already applied; job queue schema up to date`,
    );
  } finally {
    await database.embedded?.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
