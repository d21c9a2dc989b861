import { EmbeddedPostgres, migrate, PrismaClient } from '@park/platform/database';
import { installJobQueue } from '@park/platform/jobs';
import { DEMO_ADMIN, seedBookingLoad, seedPark } from '@park/seed';
import { PrismaPg } from '@prisma/adapter-pg';
import { chmod, mkdir } from 'node:fs/promises';
import path from 'node:path';

export interface BenchDatabase {
  url: string;
  stop(): Promise<void>;
}

/**
 * A benchmark database for one scale, kept in .data/bench-<scale> between runs (seeding 100k
 * stakeholders and a million bookings takes minutes): embedded PostgreSQL with
 * pg_stat_statements loaded, migrated, and seeded once. Uses BENCH_DATABASE_URL instead if set.
 */
export async function benchDatabase(
  scale: number,
  log: (message: string) => void,
): Promise<BenchDatabase> {
  let url = process.env.BENCH_DATABASE_URL;
  let embedded: EmbeddedPostgres | undefined;
  if (!url) {
    const dir = path.resolve('.data', `bench-${scale}`);
    await mkdir(dir, { recursive: true });
    await chmod(dir, 0o755); // as root, the server runs as the postgres OS user
    embedded = new EmbeddedPostgres({
      dataDir: path.join(dir, 'pg'),
      // One port per scale: 300 (smoke), 10,000 and 100,000 never collide.
      port: 54400 + (Math.round(Math.log10(scale) * 10) % 100),
      password: 'park-bench',
      settings: ['shared_preload_libraries=pg_stat_statements', 'max_connections=200'],
      log,
    });
    await embedded.start();
    await embedded.ensureDatabase('park_bench');
    url = embedded.url.replace(/\/postgres$/, '/park_bench');
  }
  await migrate(url, { migrationsDir: path.resolve('prisma/migrations'), log });
  await installJobQueue(url);
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 4 }) });
  try {
    await prisma.$executeRawUnsafe('CREATE EXTENSION IF NOT EXISTS pg_stat_statements');
    const stakeholders = await prisma.stakeholder.count();
    if (stakeholders < scale) {
      log(`seeding ${scale} stakeholders and ${scale * 10} bookings (once per scale)`);
      await seedPark(prisma, { admin: DEMO_ADMIN, demo: true, stakeholders: scale, log });
      await seedBookingLoad(prisma, scale * 10, log);
    }
  } finally {
    await prisma.$disconnect();
  }
  return { url, stop: async () => embedded?.stop() };
}
