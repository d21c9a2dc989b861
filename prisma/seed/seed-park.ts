import { hashPassword } from '@park/identity';
import { PrismaClient, UserRole } from '@park/platform/database';
import { bulkInsert, Column } from './bulk-insert';
import { seedId } from './deterministic';
import { seedSpaces } from './seed-spaces';
import { DEMO_PASSWORD, HUB_STAFF, HUBS } from './park-people';
import {
  commentColumns,
  commentsOf,
  dataSharingColumns,
  partnershipColumns,
  seedPartnerships,
  withTerms,
} from './partnership-catalogue';
import { seedProjects } from './project-catalogue';
import { seedProjectTables } from './seed-projects';
import { SeedStakeholder, seedStakeholder } from './stakeholder-catalogue';

export const DEFAULT_STAKEHOLDERS = 264;

export interface SeedOptions {
  admin: { email: string; password: string; displayName?: string };
  /** Demo staff, people and stakeholders besides the hubs and the admin (never in production). */
  demo: boolean;
  /** How many demo stakeholders (default 264; benchmarks use 10,000–100,000). */
  stakeholders?: number;
  log: (message: string) => void;
}

export interface SeedSummary {
  adminCreated: boolean;
  /** Rows inserted by this run, per table (0 everywhere on a second run). */
  inserted: Record<string, number>;
}

interface SeedUser {
  id: string;
  email: string;
  displayName: string;
}

const now = () => new Date();

/** Deterministic and idempotent: every row has a fixed id, and existing rows are left alone. */
export async function seedPark(prisma: PrismaClient, options: SeedOptions): Promise<SeedSummary> {
  const adminCreated = await seedAdmin(prisma, options);
  const inserted: Record<string, number> = {
    hubs: await bulkInsert(prisma, 'hubs', hubColumns, HUBS),
  };
  if (options.demo) Object.assign(inserted, await seedDemoPark(prisma, options.stakeholders));
  options.log(
    `seeded: ${Object.entries(inserted)
      .map(([table, rows]) => `${table} +${rows}`)
      .join(', ')}`,
  );
  return { adminCreated, inserted };
}

async function seedDemoPark(
  prisma: PrismaClient,
  count = DEFAULT_STAKEHOLDERS,
): Promise<Record<string, number>> {
  // One hash for every demo account: hashing 200,000 passwords would take hours.
  const demoHash = await hashPassword(DEMO_PASSWORD);
  const taken = new Set<string>();
  const stakeholders = Array.from({ length: count }, (_, index) => seedStakeholder(index, taken));
  const users: SeedUser[] = [
    ...HUB_STAFF.map((post) => post.user),
    ...stakeholders.flatMap((stakeholder) =>
      stakeholder.members.map(({ userId, email, displayName }) => ({
        id: userId,
        email,
        displayName,
      })),
    ),
  ];
  const memberships = stakeholders.flatMap((s) =>
    s.memberships.map((m) => ({
      ...m,
      stakeholderId: s.id,
      appliedById: s.members[0].userId,
      at: s.createdAt,
    })),
  );
  const partnerships = seedPartnerships(stakeholders);
  const projects = seedProjects(stakeholders);
  return {
    users: await bulkInsert(prisma, 'users', userColumns(demoHash), users),
    hub_staff: await bulkInsert(prisma, 'hub_staff', staffColumns, HUB_STAFF),
    stakeholders: await bulkInsert(prisma, 'stakeholders', stakeholderColumns, stakeholders),
    stakeholder_members: await bulkInsert(
      prisma,
      'stakeholder_members',
      memberColumns,
      stakeholders.flatMap((s) =>
        s.members.map((member) => ({ ...member, stakeholderId: s.id, at: s.createdAt })),
      ),
    ),
    memberships: await bulkInsert(prisma, 'memberships', membershipColumns, memberships),
    partnerships: await bulkInsert(prisma, 'partnerships', partnershipColumns, partnerships),
    partnership_data_sharing: await bulkInsert(
      prisma,
      'partnership_data_sharing',
      dataSharingColumns,
      partnerships.filter(withTerms),
    ),
    partnership_comments: await bulkInsert(
      prisma,
      'partnership_comments',
      commentColumns,
      partnerships.flatMap(commentsOf),
    ),
    ...(await seedSpaces(prisma, stakeholders, new Date())),
    ...(await seedProjectTables(prisma, projects)),
    workflow_events: await bulkInsert(prisma, 'workflow_events', eventColumns, [
      ...memberships.flatMap(membershipHistory),
      ...partnerships.flatMap((partnership) => partnership.history),
      ...projects.history,
    ]),
  };
}

async function seedAdmin(prisma: PrismaClient, options: SeedOptions): Promise<boolean> {
  const email = options.admin.email.trim().toLowerCase();
  const existing = await prisma.user.findUnique({ where: { email } });
  if (existing) {
    if (existing.role !== UserRole.PARK_ADMIN) {
      await prisma.user.update({ where: { email }, data: { role: UserRole.PARK_ADMIN } });
      options.log(`park admin ${email}: existing account promoted to PARK_ADMIN`);
    } else {
      options.log(`park admin ${email}: already present, unchanged`);
    }
    return false;
  }
  await prisma.user.create({
    data: {
      email,
      passwordHash: await hashPassword(options.admin.password),
      displayName: options.admin.displayName ?? 'Park Admin',
      role: UserRole.PARK_ADMIN,
      emailVerifiedAt: new Date(),
    },
  });
  options.log(`park admin ${email}: created`);
  return true;
}

/** True when the database has never been seeded (no users at all). */
export async function isEmptyPark(prisma: PrismaClient): Promise<boolean> {
  return (await prisma.user.count()) === 0;
}

const hubColumns: Column<(typeof HUBS)[number]>[] = [
  { name: 'id', type: 'uuid', value: (hub) => hub.id },
  { name: 'slug', type: 'text', value: (hub) => hub.slug },
  { name: 'name', type: 'text', value: (hub) => hub.name },
  { name: 'name_ko', type: 'text', value: (hub) => hub.nameKo },
  { name: 'kind', type: '"HubKind"', value: (hub) => hub.kind },
  { name: 'description', type: 'text', value: (hub) => hub.description },
  { name: 'updated_at', type: 'timestamptz', value: now },
];

const userColumns = (passwordHash: string): Column<SeedUser>[] => [
  { name: 'id', type: 'uuid', value: (user) => user.id },
  { name: 'email', type: 'citext', value: (user) => user.email },
  { name: 'password_hash', type: 'text', value: () => passwordHash },
  { name: 'display_name', type: 'text', value: (user) => user.displayName },
  // The demo's people are known to the park: their addresses count as verified.
  { name: 'email_verified_at', type: 'timestamptz', value: now },
  { name: 'updated_at', type: 'timestamptz', value: now },
];

const staffColumns: Column<(typeof HUB_STAFF)[number]>[] = [
  { name: 'id', type: 'uuid', value: (post) => post.id },
  { name: 'hub_id', type: 'uuid', value: (post) => post.hubId },
  { name: 'user_id', type: 'uuid', value: (post) => post.user.id },
  { name: 'role', type: '"HubStaffRole"', value: (post) => post.role },
];

const stakeholderColumns: Column<SeedStakeholder>[] = [
  { name: 'id', type: 'uuid', value: (s) => s.id },
  { name: 'name', type: 'citext', value: (s) => s.name },
  { name: 'kind', type: '"StakeholderKind"', value: (s) => s.kind },
  { name: 'policy_areas', type: '"PolicyArea"[]', value: (s) => s.policyAreas },
  { name: 'tags', type: 'text[]', value: (s) => s.tags },
  { name: 'description', type: 'text', value: (s) => s.description },
  { name: 'website', type: 'text', value: (s) => s.website },
  { name: 'contact_email', type: 'citext', value: (s) => s.contactEmail },
  { name: 'verified', type: 'boolean', value: (s) => s.verified },
  { name: 'created_at', type: 'timestamptz', value: (s) => s.createdAt },
  { name: 'updated_at', type: 'timestamptz', value: (s) => s.createdAt },
];

type MemberRow = SeedStakeholder['members'][number] & { stakeholderId: string; at: Date };
const memberColumns: Column<MemberRow>[] = [
  {
    name: 'id',
    type: 'uuid',
    value: (m) => m.userId.replace(/^.{8}/, m.stakeholderId.slice(0, 8)),
  },
  { name: 'stakeholder_id', type: 'uuid', value: (m) => m.stakeholderId },
  { name: 'user_id', type: 'uuid', value: (m) => m.userId },
  { name: 'role', type: '"StakeholderRole"', value: (m) => m.role },
  { name: 'created_at', type: 'timestamptz', value: (m) => m.at },
];

type MembershipRow = SeedStakeholder['memberships'][number] & {
  stakeholderId: string;
  appliedById: string;
  at: Date;
};
const membershipColumns: Column<MembershipRow>[] = [
  { name: 'id', type: 'uuid', value: (m) => m.id },
  { name: 'hub_id', type: 'uuid', value: (m) => m.hubId },
  { name: 'stakeholder_id', type: 'uuid', value: (m) => m.stakeholderId },
  { name: 'plan', type: '"MembershipPlan"', value: (m) => m.plan },
  { name: 'status', type: '"MembershipStatus"', value: (m) => m.status },
  { name: 'motivation', type: 'text', value: (m) => m.motivation },
  { name: 'applied_by_id', type: 'uuid', value: (m) => m.appliedById },
  { name: 'created_at', type: 'timestamptz', value: (m) => m.at },
  { name: 'updated_at', type: 'timestamptz', value: (m) => m.at },
];

interface SeedEvent {
  id: string;
  entityType: string;
  entityId: string;
  action: string;
  from: string | null;
  to: string;
  actorId: string;
  note?: string | null;
  at: Date;
}

/** The steps that led each seeded membership to its state, so its history reads true. */
const PATHS: Record<string, [action: string, to: string][]> = {
  SUBMITTED: [],
  UNDER_REVIEW: [['startReview', 'UNDER_REVIEW']],
  APPROVED: [
    ['startReview', 'UNDER_REVIEW'],
    ['approve', 'APPROVED'],
  ],
  SUSPENDED: [
    ['startReview', 'UNDER_REVIEW'],
    ['approve', 'APPROVED'],
    ['suspend', 'SUSPENDED'],
  ],
  ENDED: [
    ['startReview', 'UNDER_REVIEW'],
    ['approve', 'APPROVED'],
    ['end', 'ENDED'],
  ],
  REJECTED: [['reject', 'REJECTED']],
  WITHDRAWN: [['withdraw', 'WITHDRAWN']],
};

function membershipHistory(membership: MembershipRow): SeedEvent[] {
  const manager = HUB_STAFF.find(
    (post) => post.hubId === membership.hubId && post.role === 'MANAGER',
  );
  const day = 24 * 60 * 60 * 1000;
  const steps: [string, string | null, string, string][] = [
    ['create', null, 'SUBMITTED', membership.appliedById],
  ];
  let state = 'SUBMITTED';
  for (const [action, to] of PATHS[membership.status]) {
    const actor =
      action === 'withdraw' ? membership.appliedById : (manager?.user.id ?? membership.appliedById);
    steps.push([action, state, to, actor]);
    state = to;
  }
  return steps.map(([action, from, to, actorId], step) => ({
    id: seedId(`event:${membership.id}:${step}`),
    entityType: 'Membership',
    entityId: membership.id,
    action,
    from,
    to,
    actorId,
    at: new Date(membership.at.getTime() + step * 2 * day),
  }));
}

const eventColumns: Column<SeedEvent>[] = [
  { name: 'id', type: 'uuid', value: (e) => e.id },
  { name: 'entity_type', type: 'text', value: (e) => e.entityType },
  { name: 'entity_id', type: 'uuid', value: (e) => e.entityId },
  { name: 'action', type: 'text', value: (e) => e.action },
  { name: 'from_state', type: 'text', value: (e) => e.from },
  { name: 'to_state', type: 'text', value: (e) => e.to },
  { name: 'actor_id', type: 'uuid', value: (e) => e.actorId },
  { name: 'note', type: 'text', value: (e) => e.note ?? null },
  { name: 'at', type: 'timestamptz', value: (e) => e.at },
];
