import { AppConfig, ConfigError, loadConfig } from '@park/platform/config';
import { locateDatabase, migrate, PrismaClient } from '@park/platform/database';
import { DEFAULT_STAKEHOLDERS, DEMO_ADMIN, seedPark } from '@park/seed';
import { PrismaPg } from '@prisma/adapter-pg';
import { parseArgs } from 'node:util';
import { MIGRATIONS_DIR } from './paths';

const USAGE = `npm run db:seed [-- --stakeholders N] [-- --no-demo]

The park's hubs and its first admin (SEED_ADMIN_EMAIL / SEED_ADMIN_PASSWORD, else the demo admin),
plus, outside production, the demo park: two staff per hub and N stakeholders (default
${DEFAULT_STAKEHOLDERS}) with their people and memberships. Deterministic and idempotent.`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      stakeholders: { type: 'string' },
      'no-demo': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) return console.log(USAGE);
  const stakeholders = Number(values.stakeholders ?? DEFAULT_STAKEHOLDERS);
  if (!Number.isInteger(stakeholders) || stakeholders < 0 || stakeholders > 1_000_000) {
    throw new ConfigError(['--stakeholders: must be a whole number from 0 to 1000000']);
  }

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
    const started = Date.now();
    const summary = await seedPark(prisma, {
      admin: email && password ? { email, password } : DEMO_ADMIN,
      demo: !config.isProduction && !values['no-demo'],
      stakeholders,
      log: console.log,
    });
    console.log(
      `seed done in ${((Date.now() - started) / 1000).toFixed(1)} s: ` +
        `admin ${summary.adminCreated ? 'created' : 'unchanged'}`,
    );
  } finally {
    await prisma.$disconnect();
    await database.embedded?.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
