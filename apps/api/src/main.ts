import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { AppConfig, ConfigError, loadConfig } from '@park/platform/config';
import { locateDatabase, migrate, PrismaClient } from '@park/platform/database';
import { installJobQueue } from '@park/platform/jobs';
import { PrismaPg } from '@prisma/adapter-pg';
import { DEMO_ADMIN, isEmptyPark, seedPark } from '@park/seed';
import { createApi } from './create-api';
import { MIGRATIONS_DIR } from './cli/paths';
import { refuseUnsupportedNode } from './node-runtime';
import { drainAndClose } from './shutdown';

const logger = new Logger('Bootstrap');

async function bootstrap(): Promise<void> {
  refuseUnsupportedNode();
  const values = loadConfig();
  const config = new AppConfig(values);
  const database = await locateDatabase(config, (message) => logger.log(message));

  if (config.get('MIGRATE_ON_START')) {
    const { applied } = await migrate(database.url, {
      migrationsDir: MIGRATIONS_DIR,
      log: (message) => logger.log(message),
    });
    await installJobQueue(database.url);
    logger.log(`database schema up to date (${applied.length} migration(s) applied now)`);
  }
  if (config.get('SEED_ON_EMPTY')) await seedIfEmpty(database.url, config);

  const app = await createApi(values, database.url);
  await app.listen(config.get('PORT'), config.get('HOST'));
  logger.log(
    `Park Commons API on http://localhost:${config.get('PORT')}/graphql (Node.js ${process.version})`,
  );

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.log(`${signal}: draining in-flight requests`);
    await drainAndClose(app, {
      readyDelayMs: config.get('SHUTDOWN_READY_DELAY_MS'),
      graceMs: config.get('SHUTDOWN_GRACE_MS'),
      log: (message) => logger.log(message),
    });
    await database.embedded?.stop();
    logger.log('stopped cleanly');
    process.exit(0);
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));
}

async function seedIfEmpty(url: string, config: AppConfig): Promise<void> {
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 2 }) });
  try {
    if (!(await isEmptyPark(prisma))) return;
    const email = config.get('SEED_ADMIN_EMAIL');
    const password = config.get('SEED_ADMIN_PASSWORD');
    const admin = email && password ? { email, password } : DEMO_ADMIN;
    logger.log('empty database: seeding the demo park');
    await seedPark(prisma, { admin, demo: true, log: (message) => logger.log(message) });
  } finally {
    await prisma.$disconnect();
  }
}

bootstrap().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(error.message);
  } else {
    logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  }
  process.exit(1);
});
