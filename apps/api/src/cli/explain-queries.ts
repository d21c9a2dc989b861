import { StakeholderOrder, StakeholderRepository } from '@park/directory';
import {
  DirectoryMembershipFacts,
  MembershipLoaders,
  MembershipRepository,
} from '@park/membership';
import { AppConfig, loadConfig } from '@park/platform/config';
import { locateDatabase, PrismaService, SentStatement } from '@park/platform/database';
import { HUBS, LOAD_ROOM_PREFIX } from '@park/seed';
import { BookingRepository, CalendarFeedRepository } from '@park/spaces';
import { Client } from 'pg';
import { refuseUnsupportedNode } from '../node-runtime';

/**
 * `npm run db:explain`: runs every directory filter and order and the booking queries
 * (availability, calendars, my bookings, quotas, the no-show sweep, the calendar feeds) through the real
 * repositories, then EXPLAINs (ANALYZE) each SQL statement they sent, and fails when one scans a
 * big table sequentially. Meant for a scale seed
 * (`npm run db:seed -- --stakeholders 100000 --bookings 1000000`); on a small database the
 * planner rightly scans.
 */
interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  'Actual Total Time'?: number;
  Plans?: PlanNode[];
}

interface Case {
  label: string;
  run: () => Promise<unknown>;
  /** Counting a whole unfiltered table is a full scan by nature, indexed or not. */
  fullCount?: boolean;
}

const WATCHED = new Set(['stakeholders', 'memberships', 'bookings']);
const DAY_MS = 24 * 60 * 60 * 1000;

function walk(node: PlanNode, visit: (node: PlanNode) => void): void {
  visit(node);
  node.Plans?.forEach((child) => walk(child, visit));
}

function directoryCases(stakeholders: StakeholderRepository): Case[] {
  const NAME = StakeholderOrder.NAME;
  const pages: [string, Parameters<StakeholderRepository['page']>[0]][] = [
    ['page by name', { filter: {}, orderBy: NAME, limit: 51 }],
    ['page by newest', { filter: {}, orderBy: StakeholderOrder.NEWEST, limit: 51 }],
    ['next page by name', { filter: {}, orderBy: NAME, after: ['M'], limit: 51 }],
    ['kind', { filter: { kinds: ['RESEARCH_INSTITUTE'] }, orderBy: NAME, limit: 51 }],
    ['policy area', { filter: { policyAreas: ['HOUSING'] }, orderBy: NAME, limit: 51 }],
    ['hub', { filter: { hubId: HUBS[0].id }, orderBy: NAME, limit: 51 }],
    ['search English', { filter: { search: 'climate' }, orderBy: NAME, limit: 51 }],
    ['search Korean', { filter: { search: '사회적협동조합' }, orderBy: NAME, limit: 51 }],
  ];
  return pages.flatMap(([label, query]) => [
    { label: `${label}: page`, run: () => stakeholders.page(query) },
    {
      label: `${label}: count`,
      run: () => stakeholders.count(query.filter),
      fullCount: Object.keys(query.filter).length === 0,
    },
  ]);
}

async function bookingCases(
  client: Client,
  bookings: BookingRepository,
  feeds: CalendarFeedRepository,
): Promise<Case[]> {
  const busiest = await client.query(
    `SELECT s.id, s.hub_id, b.booker_id, b.stakeholder_id FROM spaces s
     JOIN bookings b ON b.space_id = s.id
     WHERE s.name LIKE $1 || ' %' LIMIT 1`,
    [LOAD_ROOM_PREFIX],
  );
  if (!busiest.rowCount) return [];
  const { id, hub_id, booker_id, stakeholder_id } = busiest.rows[0];
  const from = new Date();
  const month = new Date(from.getTime() + 31 * DAY_MS);
  return [
    { label: 'availability (31 days)', run: () => bookings.blocking(id, from, month) },
    {
      label: 'space calendar (month, first page)',
      run: () =>
        bookings.page({ spaceId: id, startsFrom: from, startsBefore: month }, undefined, 21),
    },
    {
      label: 'my bookings (month, first page)',
      run: () =>
        bookings.page(
          { bookerId: booker_id, startsFrom: from, startsBefore: month },
          undefined,
          21,
        ),
    },
    {
      label: 'my upcoming bookings (first page)',
      run: () => bookings.page({ bookerId: booker_id, endsAfter: from }, undefined, 21),
    },
    {
      label: 'hub booking queue: PENDING (first page)',
      run: () => bookings.page({ hubId: hub_id, status: 'PENDING' }, undefined, 21),
    },
    {
      label: 'weekly quota hours',
      run: () =>
        bookings.weeklyHours([
          { stakeholderId: stakeholder_id ?? booker_id, hubId: hub_id, weekStart: from },
        ]),
    },
    {
      label: 'no-show sweep batch',
      run: () => bookings.overdue(new Date(from.getTime() - 15 * 60_000), 100),
    },
    { label: 'space feed: ETag', run: () => feeds.spaceState(id, from) },
    { label: 'space feed: busy', run: () => feeds.spaceBusy(id, from) },
    { label: 'my feed: ETag', run: () => feeds.personalState(booker_id, from) },
    { label: 'my feed: bookings', run: () => feeds.personalBookings(booker_id, from) },
    { label: 'my feed: events', run: () => feeds.personalEvents(booker_id, from) },
    { label: 'hub feed: ETag', run: () => feeds.hubState(hub_id, from) },
    { label: 'hub feed: events', run: () => feeds.hubEvents(hub_id, from) },
  ];
}

/** The directory's questions about memberships, answered as the app wires them. */
function membershipFacts(prisma: PrismaService): DirectoryMembershipFacts {
  const memberships = new MembershipRepository(prisma);
  return new DirectoryMembershipFacts(new MembershipLoaders(memberships), memberships);
}

async function main(): Promise<void> {
  refuseUnsupportedNode();
  const config = new AppConfig(loadConfig({ ...process.env, LOG_LEVEL: 'silent' }));
  const database = await locateDatabase(config, () => undefined);
  const prisma = new PrismaService({ url: database.url, poolSize: 2 });
  const captured: SentStatement[] = [];
  prisma.onStatement((statement) => captured.push(statement));
  const client = new Client({ connectionString: database.url });
  await client.connect();
  let failures = 0;
  try {
    const sizes = await client.query(
      `SELECT (SELECT count(*) FROM stakeholders)::int AS stakeholders, (SELECT count(*) FROM bookings)::int AS bookings`,
    );
    console.log(
      `stakeholders: ${sizes.rows[0].stakeholders}, bookings: ${sizes.rows[0].bookings}\n`,
    );
    const cases = [
      ...directoryCases(new StakeholderRepository(prisma, membershipFacts(prisma))),
      ...(await bookingCases(
        client,
        new BookingRepository(prisma),
        new CalendarFeedRepository(prisma),
      )),
    ];
    for (const { label, run, fullCount } of cases) {
      captured.length = 0;
      await run();
      for (const statement of captured) {
        const plan = await client.query(
          `EXPLAIN (ANALYZE, FORMAT JSON) ${statement.query}`,
          JSON.parse(statement.params),
        );
        const root = plan.rows[0]['QUERY PLAN'][0].Plan as PlanNode;
        const used = new Set<string>();
        const scans: string[] = [];
        walk(root, (node) => {
          if (node['Index Name']) used.add(node['Index Name']);
          if (node['Node Type'] === 'Seq Scan' && WATCHED.has(node['Relation Name'] ?? '')) {
            scans.push(node['Relation Name'] as string);
          }
        });
        const verdict = !scans.length
          ? 'ok'
          : fullCount
            ? 'full'
            : `SEQ SCAN of ${scans.join(', ')}`;
        if (scans.length && !fullCount) failures += 1;
        const time = root['Actual Total Time']?.toFixed(1).padStart(7);
        console.log(
          `${label.padEnd(28)} ${time} ms  ${verdict.padEnd(4)}  ${[...used].join(', ') || '-'}`,
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
