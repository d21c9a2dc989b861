import { AppConfig, ConfigError, loadConfig } from '@park/platform/config';
import { locateDatabase, migrate, PrismaClient } from '@park/platform/database';
import { DEMO_ADMIN, seedPark } from '@park/seed';
import { PrismaPg } from '@prisma/adapter-pg';
import { MIGRATIONS_DIR } from './paths';

/**
 * `npm run db:seed`: the first park admin from SEED_ADMIN_EMAIL / SEED_ADMIN_PASSWORD (the demo
 * admin outside production). Idempotent; prints what it did.
 */
async function main(): Promise<void> {
  const config = new AppConfig(loadConfig());
  const email = config.get('SEED_ADMIN_EMAIL');
  const password = config.get('SEED_ADMIN_PASSWORD');
  if (!email && config.isProduction) {
    throw new ConfigError(['SEED_ADMIN_EMAIL: is required to seed a production database']);
  }
  const database = await locateDatabase(config, console.log);
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: database.url }) });
  try {
    await migrate(database.url, { migrationsDir: MIGRATIONS_DIR, log: console.log });
    const admin = email && password ? { email, password } : DEMO_ADMIN;
    const summary = await seedPark(prisma, { admin, log: console.log });
    console.log(`seed done: admin ${summary.adminCreated ? 'created' : 'unchanged'}`);
  } finally {
    await prisma.$disconnect();
    await database.embedded?.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
