import { Injectable } from '@nestjs/common';
import {
  isUniqueViolation,
  Membership as MembershipRow,
  MembershipPlan,
  MembershipStatus,
  pastPosition,
  Prisma,
  PrismaService,
} from '@park/platform/database';
import { hubRefSql, stakeholderRefSql } from '@park/directory';
import { DomainError, TimePosition } from '@park/platform/graphql';
import { lastStepAtSql, Tx } from '@park/platform/workflow';
import { APPLICATION_STATES } from './membership.flow';

export interface NewApplication {
  hubId: string;
  stakeholderId: string;
  plan: MembershipPlan;
  motivation: string;
  appliedById: string;
}

export interface HubQueueQuery {
  hubId: string;
  statuses: MembershipStatus[];
  /** Keyset position: createdAt and id of the last item seen. */
  after?: TimePosition;
  limit: number;
}

/** A membership as its webhooks see it (MembershipWebhookSubject). */
export interface MembershipSnapshotRow {
  id: string;
  hub: { id: string; slug: string; name: string };
  stakeholder: { id: string; name: string };
  plan: MembershipPlan;
  status: MembershipStatus;
  appliedAt: Date;
  decidedAt: Date | null;
}

/** The only place that reads and writes memberships. */
@Injectable()
export class MembershipRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** For a webhook payload, in the step's transaction: one statement, hub and stakeholder in it. */
  async snapshot(tx: Tx, id: string): Promise<MembershipSnapshotRow | null> {
    const [row] = await tx.$queryRaw<MembershipSnapshotRow[]>(Prisma.sql`
      SELECT m.id, ${hubRefSql(Prisma.sql`m.hub_id`)} AS hub,
             ${stakeholderRefSql(Prisma.sql`m.stakeholder_id`)} AS stakeholder,
             m.plan::text AS plan, m.status::text AS status, m.created_at AS "appliedAt",
             ${lastStepAtSql('Membership', Prisma.sql`m.id`, ['approve', 'reject'])} AS "decidedAt"
      FROM memberships m WHERE m.id = ${id}::uuid`);
    return row ?? null;
  }

  findById(id: string): Promise<MembershipRow | null> {
    return this.prisma.membership.findUnique({ where: { id } });
  }

  findByIds(ids: readonly string[]): Promise<MembershipRow[]> {
    return this.prisma.membership.findMany({ where: { id: { in: [...ids] } } });
  }

  /** The partial unique index allows one open membership per hub and stakeholder. */
  async create(tx: Tx, application: NewApplication): Promise<MembershipRow> {
    try {
      return await tx.membership.create({ data: { ...application, status: 'SUBMITTED' } });
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw DomainError.conflict(
          'This stakeholder already has an open application or membership for this hub',
        );
      }
      throw error;
    }
  }

  /** Moves the membership only if it is still `from`: concurrent decisions cannot both win. */
  async move(tx: Tx, id: string, from: MembershipStatus, to: MembershipStatus): Promise<boolean> {
    const { count } = await tx.membership.updateMany({
      where: { id, status: from },
      data: { status: to },
    });
    return count === 1;
  }

  /** Oldest first, by keyset on (created_at, id). */
  page(query: HubQueueQuery): Promise<MembershipRow[]> {
    return this.prisma.membership.findMany({
      where: {
        hubId: query.hubId,
        status: { in: query.statuses },
        ...pastPosition('createdAt', 'asc', query.after),
      },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      take: query.limit,
    });
  }

  /** Each stakeholder's memberships of hubs, oldest first (a hot read: plain pg). */
  ofStakeholders(stakeholderIds: readonly string[]): Promise<MembershipRow[]> {
    return this.prisma.rows<MembershipRow>(Prisma.sql`
      SELECT id, hub_id AS "hubId", stakeholder_id AS "stakeholderId", plan::text AS plan,
             status::text AS status, motivation, applied_by_id AS "appliedById",
             created_at AS "createdAt", updated_at AS "updatedAt"
      FROM memberships WHERE stakeholder_id = ANY(${[...stakeholderIds]}::uuid[])
      ORDER BY created_at, id`);
  }

  /**
   * Up to `limit` memberships of each stakeholder past `after`, oldest first: one statement.
   * `approvedOnly`: the public view of a profile (APPROVED ones alone).
   */
  pageOfStakeholders(
    stakeholderIds: string[],
    after: TimePosition | undefined,
    limit: number,
    approvedOnly = false,
  ): Promise<MembershipRow[]> {
    const past = after
      ? Prisma.sql`AND (created_at, id) > (${after.at}::timestamptz, ${after.id}::uuid)`
      : Prisma.empty;
    return this.prisma.rows<MembershipRow>(Prisma.sql`
      SELECT id, "hubId", "stakeholderId", plan, status, motivation, "appliedById", "createdAt",
             "updatedAt"
      FROM (
        SELECT id, hub_id AS "hubId", stakeholder_id AS "stakeholderId", plan::text AS plan,
               status::text AS status, motivation, applied_by_id AS "appliedById",
               created_at AS "createdAt", updated_at AS "updatedAt",
               row_number() OVER (PARTITION BY stakeholder_id ORDER BY created_at, id) AS place
        FROM memberships
        WHERE stakeholder_id = ANY(${stakeholderIds}::uuid[]) ${past} ${approved(approvedOnly)}
      ) page
      WHERE place <= ${limit}
      ORDER BY "stakeholderId", "createdAt", id`);
  }

  async countOfStakeholders(
    stakeholderIds: string[],
    approvedOnly = false,
  ): Promise<Map<string, number>> {
    const rows = await this.prisma.rows<{ stakeholderId: string; count: number }>(Prisma.sql`
      SELECT stakeholder_id AS "stakeholderId", count(*)::int AS count FROM memberships
      WHERE stakeholder_id = ANY(${stakeholderIds}::uuid[]) ${approved(approvedOnly)}
      GROUP BY stakeholder_id`);
    return new Map(rows.map((row) => [row.stakeholderId, row.count]));
  }

  async isApproved(stakeholderId: string, hubId: string): Promise<boolean> {
    const found = await this.prisma.membership.findFirst({
      where: { stakeholderId, hubId, status: 'APPROVED' },
      select: { id: true },
    });
    return found !== null;
  }

  /**
   * For the directory's page: the stakeholder whose id is `stakeholderId` (a column of the
   * caller's statement) is an APPROVED member of the hub. On (hub_id, status, stakeholder_id).
   */
  approvedMemberCondition(hubId: string, stakeholderId: Prisma.Sql): Prisma.Sql {
    return Prisma.sql`EXISTS (
        SELECT 1 FROM memberships m
        WHERE m.hub_id = ${hubId}::uuid AND m.status = 'APPROVED' AND m.stakeholder_id = ${stakeholderId})`;
  }

  /** For a viewer's roles: the hubs where any of `stakeholderIds` (a subquery) is APPROVED. */
  approvedHubsQuery(stakeholderIds: Prisma.Sql): Prisma.Sql {
    return Prisma.sql`
      SELECT DISTINCT m.hub_id FROM memberships m
      WHERE m.stakeholder_id IN (${stakeholderIds}) AND m.status = 'APPROVED'`;
  }

  /**
   * The staff inbox: open applications of these hubs (null: every hub), oldest first, by keyset
   * on (created_at, id); on (hub_id, status, created_at, id) or, for every hub, (status, …).
   */
  pageInHubs(
    hubIds: readonly string[] | null,
    after: TimePosition | undefined,
    limit: number,
  ): Promise<MembershipRow[]> {
    return this.prisma.membership.findMany({
      where: { ...inHubs(hubIds), ...pastPosition('createdAt', 'asc', after) },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      take: limit,
    });
  }

  countInHubs(hubIds: readonly string[] | null): Promise<number> {
    return this.prisma.membership.count({ where: inHubs(hubIds) });
  }

  count(hubId: string, statuses: MembershipStatus[]): Promise<number> {
    return this.prisma.membership.count({ where: { hubId, status: { in: statuses } } });
  }

  /**
   * Active members and open applications of each hub, in one query. Reads the counters a trigger
   * keeps per (hub, status) (migration 20261127060000_park_rollups): a few rows, however many
   * memberships there are.
   */
  async hubFigures(hubIds: readonly string[]) {
    const rows = await this.prisma.membershipCount.findMany({
      where: { hubId: { in: [...hubIds] }, status: { in: ['APPROVED', ...APPLICATION_STATES] } },
    });
    return hubIds.map((hubId) => {
      const of = (statuses: MembershipStatus[]) =>
        rows
          .filter((row) => row.hubId === hubId && statuses.includes(row.status))
          .reduce((sum, row) => sum + row.count, 0);
      return { activeMembers: of(['APPROVED']), openApplications: of(APPLICATION_STATES) };
    });
  }
}

function inHubs(hubIds: readonly string[] | null): Prisma.MembershipWhereInput {
  return { ...(hubIds && { hubId: { in: [...hubIds] } }), status: { in: APPLICATION_STATES } };
}

function approved(only: boolean): Prisma.Sql {
  return only ? Prisma.sql`AND status = 'APPROVED'` : Prisma.empty;
}
