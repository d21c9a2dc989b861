import { StakeholderOrder, StakeholderRepository } from '@park/directory';
import { AppConfig, loadConfig } from '@park/platform/config';
import { locateDatabase, PrismaService } from '@park/platform/database';
import { HUBS } from '@park/seed';
import { Client } from 'pg';

/**
 * `npm run db:explain`: runs every filter and order the directory offers through the real
 * repository, then EXPLAINs (ANALYZE) each SQL statement it sent and fails when a stakeholder or
 * membership lookup falls back to a sequential scan. Meant for a scale seed
 * (`npm run db:seed -- --stakeholders 100000`); on a small database the planner rightly scans.
 */
interface Captured {
  query: string;
  params: string;
}

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  'Actual Total Time'?: number;
  Plans?: PlanNode[];
}

const WATCHED = new Set(['stakeholders', 'memberships']);

const CASES: [string, Parameters<StakeholderRepository['page']>[0]][] = [
  ['page by name', { filter: {}, orderBy: StakeholderOrder.NAME, limit: 51 }],
  ['page by newest', { filter: {}, orderBy: StakeholderOrder.NEWEST, limit: 51 }],
  ['next page by name', { filter: {}, orderBy: StakeholderOrder.NAME, after: ['M'], limit: 51 }],
  [
    'next page by newest',
    {
      filter: {},
      orderBy: StakeholderOrder.NEWEST,
      after: ['2025-01-01T00:00:00.000Z', 'ffffffff-ffff-4fff-bfff-ffffffffffff'],
      limit: 51,
    },
  ],
  [
    'kind',
    { filter: { kinds: ['RESEARCH_INSTITUTE'] }, orderBy: StakeholderOrder.NAME, limit: 51 },
  ],
  [
    'policy area',
    { filter: { policyAreas: ['HOUSING'] }, orderBy: StakeholderOrder.NAME, limit: 51 },
  ],
  ['hub', { filter: { hubId: HUBS[0].id }, orderBy: StakeholderOrder.NAME, limit: 51 }],
  ['search English', { filter: { search: 'climate' }, orderBy: StakeholderOrder.NAME, limit: 51 }],
  [
    'search Korean',
    { filter: { search: '사회적협동조합' }, orderBy: StakeholderOrder.NAME, limit: 51 },
  ],
];

function walk(node: PlanNode, visit: (node: PlanNode) => void): void {
  visit(node);
  node.Plans?.forEach((child) => walk(child, visit));
}

async function main(): Promise<void> {
  const config = new AppConfig(loadConfig({ ...process.env, LOG_LEVEL: 'silent' }));
  const database = await locateDatabase(config, () => undefined);
  const prisma = new PrismaService({ url: database.url, poolSize: 2 });
  const captured: Captured[] = [];
  (prisma as unknown as { $on(e: 'query', f: (event: Captured) => void): void }).$on(
    'query',
    (event) => captured.push({ query: event.query, params: event.params }),
  );
  const repository = new StakeholderRepository(prisma);
  const client = new Client({ connectionString: database.url });
  await client.connect();
  let failures = 0;
  try {
    const [{ count }] = (await client.query('SELECT count(*)::int AS count FROM stakeholders'))
      .rows;
    console.log(`stakeholders: ${count}\n`);
    for (const [label, query] of CASES) {
      captured.length = 0;
      await repository.page(query);
      await repository.count(query.filter);
      for (const [index, statement] of captured.entries()) {
        const plan = await client.query(
          `EXPLAIN (ANALYZE, FORMAT JSON) ${statement.query}`,
          JSON.parse(statement.params),
        );
        const root = plan.rows[0]['QUERY PLAN'][0].Plan as PlanNode;
        const used: string[] = [];
        const scans: string[] = [];
        walk(root, (node) => {
          if (node['Index Name']) used.push(node['Index Name']);
          if (node['Node Type'] === 'Seq Scan' && WATCHED.has(node['Relation Name'] ?? '')) {
            scans.push(node['Relation Name'] as string);
          }
        });
        // Counting a whole unfiltered table is a full scan by nature, indexed or not.
        const fullCount = index === 1 && Object.keys(query.filter).length === 0;
        const verdict = !scans.length
          ? 'ok'
          : fullCount
            ? 'full'
            : `SEQ SCAN of ${scans.join(', ')}`;
        if (scans.length && !fullCount) failures += 1;
        const what = index === 0 ? 'page ' : 'count';
        const time = root['Actual Total Time']?.toFixed(1);
        console.log(
          `${label.padEnd(20)} ${what} ${time?.padStart(7)} ms  ${verdict.padEnd(4)}  ${[...new Set(used)].join(', ') || '-'}`,
        );
      }
    }
  } finally {
    await client.end();
    await prisma.$disconnect();
    await database.embedded?.stop();
  }
  if (failures) {
    console.error(`\n${failures} statement(s) scanned a table sequentially`);
    process.exit(1);
  }
}

void main();
