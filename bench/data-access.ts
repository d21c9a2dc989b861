import { PrismaClient } from '@park/platform/database';
import { PrismaPg } from '@prisma/adapter-pg';
import { parseArgs } from 'node:util';
import { Pool } from 'pg';
import { benchDatabase } from './bench-database';

/**
 * `npm run bench:data-access [-- --scale 10000]`: the CPU one read costs the API's process through
 * Prisma's `findMany`, Prisma's `$queryRaw` and plain `pg`, for the directory's members query
 * (50 stakeholders, ~100 rows). Why PrismaService.rows exists: see bench/README.md.
 */
const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: '10000' },
    runs: { type: 'string', default: '400' },
  },
});

const MEMBERS = `SELECT id, stakeholder_id AS "stakeholderId", user_id AS "userId", role::text AS role,
  created_at AS "createdAt" FROM stakeholder_members WHERE stakeholder_id = ANY($1::uuid[])
  ORDER BY stakeholder_members.role, created_at, id`;

async function cost(run: () => Promise<unknown[]>, times: number) {
  for (let i = 0; i < 50; i += 1) await run(); // warm: plans, JIT
  const cpu = process.cpuUsage();
  const started = performance.now();
  let rows = 0;
  for (let i = 0; i < times; i += 1) rows = (await run()).length;
  const used = process.cpuUsage(cpu);
  return {
    wallMs: (performance.now() - started) / times,
    cpuMs: (used.user + used.system) / 1000 / times,
    rows,
  };
}

async function main(): Promise<void> {
  const database = await benchDatabase(Number(values.scale), (m) => console.log(`[bench] ${m}`));
  const pool = new Pool({ connectionString: database.url, max: 4 });
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
  try {
    const ids: string[] = (
      await pool.query('SELECT id FROM stakeholders ORDER BY name LIMIT 50')
    ).rows.map((row) => row.id);
    const ways: Record<string, () => Promise<unknown[]>> = {
      'Prisma findMany': () =>
        prisma.stakeholderMember.findMany({
          where: { stakeholderId: { in: ids } },
          orderBy: [{ role: 'asc' }, { createdAt: 'asc' }, { id: 'asc' }],
        }),
      'Prisma $queryRaw': () =>
        prisma.$queryRaw<
          unknown[]
        >`SELECT id, stakeholder_id AS "stakeholderId", user_id AS "userId",
          role::text AS role, created_at AS "createdAt" FROM stakeholder_members
          WHERE stakeholder_id = ANY(${ids}::uuid[]) ORDER BY stakeholder_members.role, created_at, id`,
      'plain pg': async () => (await pool.query(MEMBERS, [ids])).rows,
    };
    console.log('| read | rows | wall ms | API process CPU ms |\n| --- | ---: | ---: | ---: |');
    for (const [name, run] of Object.entries(ways)) {
      const { wallMs, cpuMs, rows } = await cost(run, Number(values.runs));
      console.log(`| ${name} | ${rows} | ${wallMs.toFixed(2)} | ${cpuMs.toFixed(2)} |`);
    }
  } finally {
    await prisma.$disconnect();
    await pool.end();
    await database.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
