import { AppConfig, ConfigError, loadConfig } from '@park/platform/config';
import { locateDatabase, migrate, PrismaClient } from '@park/platform/database';
import { installJobQueue } from '@park/platform/jobs';
import { DEFAULT_STAKEHOLDERS, DEMO_ADMIN, seedBookingLoad, seedPark } from '@park/seed';
import { PrismaPg } from '@prisma/adapter-pg';
import { parseArgs } from 'node:util';
import { MIGRATIONS_DIR } from './paths';
import { refuseUnsupportedNode } from '../node-runtime';

const USAGE = `npm run db:seed [-- --stakeholders N] [-- --bookings N] [-- --no-demo]

The park's hubs and its first admin (SEED_ADMIN_EMAIL / SEED_ADMIN_PASSWORD, else the demo admin),
plus, outside production, the demo park: two staff per hub and N stakeholders (default
${DEFAULT_STAKEHOLDERS}) with their people, memberships, spaces and bookings. Deterministic and
idempotent. --bookings N adds N one-hour bookings in load-test rooms, for benchmarks.`;

async function main(): Promise<void> {
  refuseUnsupportedNode();
  const { values } = parseArgs({
    options: {
      stakeholders: { type: 'string' },
      bookings: { type: 'string' },
      'no-demo': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) return console.log(USAGE);
  const stakeholders = Number(values.stakeholders ?? DEFAULT_STAKEHOLDERS);
  const bookings = Number(values.bookings ?? 0);
  for (const [flag, value] of [
    ['--stakeholders', stakeholders],
    ['--bookings', bookings],
  ] as const) {
    if (!Number.isInteger(value) || value < 0 || value > 5_000_000) {
      throw new ConfigError([`${flag}: must be a whole number from 0 to 5000000`]);
    }
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
    await installJobQueue(database.url);
    const started = Date.now();
    const summary = await seedPark(prisma, {
      admin: email && password ? { email, password } : DEMO_ADMIN,
      demo: !config.isProduction && !values['no-demo'],
      stakeholders,
      log: console.log,
    });
    if (bookings > 0) await seedBookingLoad(prisma, bookings, console.log);
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
