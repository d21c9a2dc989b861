import { Injectable } from '@nestjs/common';
import {
  isCheckViolation,
  isUniqueViolation,
  Prisma,
  PrismaService,
  sqlState,
  StakeholderKind,
  Stakeholder as StakeholderRow,
  StakeholderMember as StakeholderMemberRow,
  StakeholderRole,
  Tx,
} from '@park/platform/database';
import { DomainError } from '@park/platform/graphql';
import { StakeholderOrder } from './directory.enums';
import { MembershipFacts } from './membership-facts';
import { CreateStakeholderInput, StakeholderFilter } from './stakeholder.input';

export interface StakeholderPageQuery {
  filter: StakeholderFilter;
  orderBy: StakeholderOrder;
  /** Keyset position: [name] for NAME, [createdAt ISO, id] for NEWEST. */
  after?: string[];
  limit: number;
}

const COLUMNS = Prisma.sql`
  s.id, s.name::text AS name, s.kind, s.policy_areas::text[] AS "policyAreas", s.tags,
  s.description, s.website, s.contact_email::text AS "contactEmail", s.verified, s.version,
  s.created_at AS "createdAt", s.updated_at AS "updatedAt"`;

function likePattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}

/** The only place that reads and writes stakeholders and their members. */
@Injectable()
export class StakeholderRepository {
  constructor(
    private readonly prisma: PrismaService,
    private readonly memberships: MembershipFacts,
  ) {}

  /**
   * One page of the directory, by keyset (never OFFSET). Every condition here has an index:
   * kind (kind, name), policy areas (GIN), hub (memberships hub_id, status), search (trigram GIN
   * on name and description).
   */
  async page(query: StakeholderPageQuery): Promise<StakeholderRow[]> {
    const conditions = this.conditions(query.filter);
    const [first, second] = query.after ?? [];
    if (query.after && query.orderBy === StakeholderOrder.NAME) {
      conditions.push(Prisma.sql`s.name > ${first}::citext`);
    }
    if (query.after && query.orderBy === StakeholderOrder.NEWEST) {
      conditions.push(Prisma.sql`(s.created_at, s.id) < (${first}::timestamptz, ${second}::uuid)`);
    }
    const order =
      query.orderBy === StakeholderOrder.NAME
        ? Prisma.sql`s.name`
        : Prisma.sql`s.created_at DESC, s.id DESC`;
    // Choose the page on the narrow sort keys, then read the full rows of just that page.
    return this.prisma.rows<StakeholderRow>(Prisma.sql`
      ${this.source(query.filter)},
      page AS (
        SELECT s.id FROM s WHERE ${Prisma.join(conditions, ' AND ')}
        ORDER BY ${order} LIMIT ${query.limit})
      SELECT ${COLUMNS} FROM stakeholders s JOIN page USING (id)
      ORDER BY ${order}`);
  }

  async count(filter: StakeholderFilter): Promise<number> {
    const [{ count }] = await this.prisma.rows<{ count: number }>(Prisma.sql`
      ${this.source(filter)}
      SELECT count(*)::int AS count FROM s
      WHERE ${Prisma.join(this.conditions(filter), ' AND ')}`);
    return count;
  }

  /**
   * The candidate rows, as `s` (sort keys and filter columns only). A search narrows them first
   * through the trigram indexes: walking the name index and testing each row (the planner's
   * other choice) reads most of the table when the matches sort late, as Korean names do after
   * English ones. Terms without letter case (Korean) use LIKE, three times cheaper than ILIKE.
   */
  private source(filter: StakeholderFilter): Prisma.Sql {
    const columns = Prisma.sql`id, name, kind, policy_areas, created_at`;
    if (!filter.search) return Prisma.sql`WITH s AS (SELECT ${columns} FROM stakeholders)`;
    const pattern = likePattern(filter.search);
    const caseless = filter.search.toLowerCase() === filter.search.toUpperCase();
    const like = caseless ? Prisma.sql`LIKE` : Prisma.sql`ILIKE`;
    return Prisma.sql`WITH s AS MATERIALIZED (
      SELECT ${columns} FROM stakeholders
      WHERE name::text ${like} ${pattern} OR description ${like} ${pattern})`;
  }

  async findById(id: string): Promise<StakeholderRow | null> {
    const [row] = await this.findByIds([id]);
    return row ?? null;
  }

  findByIds(ids: readonly string[]): Promise<StakeholderRow[]> {
    return this.prisma.rows<StakeholderRow>(Prisma.sql`
      SELECT ${COLUMNS} FROM stakeholders s WHERE s.id = ANY(${[...ids]}::uuid[])`);
  }

  /** Creates the stakeholder with its first OWNER, in one transaction. */
  async create(input: CreateStakeholderInput, ownerId: string): Promise<StakeholderRow> {
    return this.guardName(() =>
      this.prisma.stakeholder.create({
        data: {
          ...input,
          website: input.website || null,
          contactEmail: input.contactEmail || null,
          members: { create: { userId: ownerId, role: StakeholderRole.OWNER } },
        },
      }),
    );
  }

  /** The stakeholder of this name, made if there is none (the name is unique). */
  async findOrCreateByName(
    tx: Tx,
    data: Pick<Prisma.StakeholderCreateInput, 'name' | 'kind' | 'description'>,
  ): Promise<{ id: string }> {
    const [row] = await tx.$queryRaw<{ id: string }[]>`
      INSERT INTO stakeholders (id, name, kind, policy_areas, tags, description, updated_at)
      VALUES (gen_random_uuid(), ${data.name}, ${data.kind}::"StakeholderKind", '{}', '{}',
              ${data.description}, now())
      ON CONFLICT (name) DO UPDATE SET name = EXCLUDED.name
      RETURNING id`;
    return row;
  }

  /** Applies the change only if nobody has since; false when `version` is stale. */
  async updateAtVersion(
    id: string,
    version: number,
    data: Prisma.StakeholderUpdateManyMutationInput,
  ): Promise<boolean> {
    const { count } = await this.guardName(() =>
      this.prisma.stakeholder.updateMany({
        where: { id, version },
        data: { ...data, version: { increment: 1 } },
      }),
    );
    return count === 1;
  }

  /** The stakeholder's people as this transaction sees them. */
  membersIn(tx: Tx, stakeholderId: string): Promise<StakeholderMemberRow[]> {
    return tx.stakeholderMember.findMany({ where: { stakeholderId } });
  }

  /**
   * A new role for one of its people. The database refuses to take away the last OWNER
   * (trigger stakeholder_keeps_an_owner, which also queues concurrent changes of one
   * stakeholder's people): a change that lost that race is a CONFLICT.
   */
  setMemberRole(
    tx: Tx,
    stakeholderId: string,
    userId: string,
    role: StakeholderRole,
  ): Promise<StakeholderMemberRow> {
    return keepingAnOwner(() =>
      tx.stakeholderMember.update({
        where: { stakeholderId_userId: { stakeholderId, userId } },
        data: { role },
      }),
    );
  }

  /** Removes one of its people, under the same guard as setMemberRole. */
  removeMember(tx: Tx, stakeholderId: string, userId: string): Promise<StakeholderMemberRow> {
    return keepingAnOwner(() =>
      tx.stakeholderMember.delete({
        where: { stakeholderId_userId: { stakeholderId, userId } },
      }),
    );
  }

  /** Park staff's check of a stakeholder; false when it was verified already. */
  async markVerified(tx: Tx, id: string): Promise<boolean> {
    const { count } = await tx.stakeholder.updateMany({
      where: { id, verified: false },
      data: { verified: true },
    });
    return count === 1;
  }

  /** Owners first, then admins, then members (the enum's order); the earliest first within each. */
  memberById(id: string): Promise<StakeholderMemberRow | null> {
    return this.prisma.stakeholderMember.findUnique({ where: { id } });
  }

  membersOf(stakeholderIds: readonly string[]): Promise<StakeholderMemberRow[]> {
    return this.prisma.rows<StakeholderMemberRow>(Prisma.sql`
      SELECT id, stakeholder_id AS "stakeholderId", user_id AS "userId", role::text AS role,
             created_at AS "createdAt"
      FROM stakeholder_members WHERE stakeholder_id = ANY(${[...stakeholderIds]}::uuid[])
      ORDER BY stakeholder_members.role, created_at, id`);
  }

  /** The seats people hold in stakeholders: owners first, then by when they joined. */
  seatsOf(userIds: readonly string[]): Promise<StakeholderMemberRow[]> {
    return this.prisma.stakeholderMember.findMany({
      where: { userId: { in: [...userIds] } },
      orderBy: [{ role: 'asc' }, { createdAt: 'asc' }, { id: 'asc' }],
    });
  }

  /**
   * The directory by kind, as it stands: the kinds that have stakeholders, in the enum's order.
   * Reads the per-kind counters a trigger keeps (migration 20261127060000_park_rollups), not the
   * directory itself.
   */
  async countByKind(): Promise<{ kind: StakeholderKind; count: number }[]> {
    const rows = await this.prisma.stakeholderCount.findMany({
      where: { count: { gt: 0 } },
      orderBy: { kind: 'asc' },
    });
    return rows.map((row) => ({ kind: row.kind, count: row.count }));
  }

  private conditions(filter: StakeholderFilter): Prisma.Sql[] {
    const conditions = [Prisma.sql`TRUE`];
    if (filter.kinds?.length === 1) {
      // Equality, not ANY: the planner then walks (kind, name) in order and stops at the limit.
      conditions.push(Prisma.sql`s.kind = ${filter.kinds[0]}::"StakeholderKind"`);
    } else if (filter.kinds?.length) {
      conditions.push(Prisma.sql`s.kind = ANY(${filter.kinds}::"StakeholderKind"[])`);
    }
    if (filter.policyAreas?.length) {
      conditions.push(Prisma.sql`s.policy_areas && ${filter.policyAreas}::"PolicyArea"[]`);
    }
    if (filter.hubId) {
      conditions.push(this.memberships.approvedMemberOf(filter.hubId, Prisma.sql`s.id`));
    }
    return conditions;
  }

  private async guardName<T>(write: () => Promise<T>): Promise<T> {
    try {
      return await write();
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw DomainError.conflict('A stakeholder with this name already exists', {
          fields: ['name'],
        });
      }
      throw error;
    }
  }
}

async function keepingAnOwner<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    // A handover (two rows) crossing another change of the same people may deadlock: PostgreSQL
    // ends one of them (40P01), which is a lost race like the check's.
    if (isCheckViolation(error) || sqlState(error) === '40P01') {
      throw DomainError.conflict(
        'Someone else changed this stakeholder’s owners just now, and it must keep one; reload',
      );
    }
    throw error;
  }
}
