import { runMigrations } from 'graphile-worker';

/**
 * Installs or upgrades the queue's own schema (`graphile_worker`) with the library's migrator:
 * run after ours by `npm run db:migrate`, at start (MIGRATE_ON_START) and on the tests'
 * template. Idempotent, and serialised by the library when several instances start at once.
 */
export async function installJobQueue(databaseUrl: string): Promise<void> {
  await runMigrations({ connectionString: databaseUrl, maxPoolSize: 1, logger: undefined });
}
