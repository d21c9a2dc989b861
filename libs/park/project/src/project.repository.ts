import { Injectable } from '@nestjs/common';
import {
  isUniqueViolation,
  PolicyArea,
  Prisma,
  pastPosition,
  PrismaService,
  ProjectMember as ProjectMemberRow,
  ProjectRole,
  Project as ProjectRow,
  ProjectStatus,
} from '@park/platform/database';
import { hubRefSql, stakeholderRefSql } from '@park/directory';
import { DomainError, ParentRow, TimePosition } from '@park/platform/graphql';
import { Tx } from '@park/platform/workflow';
import { PUBLIC_STATES } from './project.flow';
import { ProjectFilter } from './project.input';

export interface NewProject {
  hubId: string;
  leadStakeholderId: string;
  title: string;
  summary: string;
  policyAreas: PolicyArea[];
  requestedBudget: number;
  proposedById: string;
}

/** What a list may show the viewer: everything, or the public ones plus their own. */
export type ProjectVisibility =
  | { everything: true }
  | { everything: false; userId: string | null; stakeholderIds: string[]; hubIds: string[] };

/** Keyset position of the newest-first list: [createdAt ISO, id]. */
/** A project as its webhooks see it (ProjectWebhookSubject); `funding`: allocated, by source. */
export interface ProjectSnapshotRow {
  id: string;
  hub: { id: string; slug: string; name: string };
  leadStakeholder: { id: string; name: string };
  title: string;
  summary: string;
  policyAreas: PolicyArea[];
  status: ProjectStatus;
  requestedBudget: bigint;
  fundedAmount: bigint;
  funding: { source: string; amount: number }[];
  createdAt: Date;
}

/** The only place that reads and writes projects and their teams. */
@Injectable()
export class ProjectRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** For a webhook payload, in the step's transaction: one statement, funding summed in it. */
  async snapshot(tx: Tx, id: string): Promise<ProjectSnapshotRow | null> {
    const [row] = await tx.$queryRaw<ProjectSnapshotRow[]>(Prisma.sql`
      SELECT p.id, ${hubRefSql(Prisma.sql`p.hub_id`)} AS hub,
             ${stakeholderRefSql(Prisma.sql`p.lead_stakeholder_id`)} AS "leadStakeholder",
             p.title, p.summary, p.policy_areas::text[] AS "policyAreas",
             p.status::text AS status, p.requested_budget AS "requestedBudget",
             p.funded_amount AS "fundedAmount",
             (SELECT coalesce(json_agg(json_build_object('source', f.source, 'amount', f.amount)
                                       ORDER BY f.source), '[]')
              FROM (SELECT source::text AS source, sum(amount) AS amount
                    FROM funding_allocations WHERE project_id = p.id GROUP BY source) f) AS funding,
             p.created_at AS "createdAt"
      FROM projects p WHERE p.id = ${id}::uuid`);
    return row ?? null;
  }

  findById(id: string, client: Tx = this.prisma): Promise<ProjectRow | null> {
    return client.project.findUnique({ where: { id } });
  }

  findByIds(ids: readonly string[]): Promise<ProjectRow[]> {
    return this.prisma.project.findMany({ where: { id: { in: [...ids] } } });
  }

  /** The project, with its proposer as the team's first PROJECT_MANAGER. */
  create(tx: Tx, project: NewProject): Promise<ProjectRow> {
    return tx.project.create({
      data: {
        ...project,
        status: ProjectStatus.PROPOSED,
        members: { create: { userId: project.proposedById, role: ProjectRole.PROJECT_MANAGER } },
      },
    });
  }

  /** Moves the project only if it is still `from`: concurrent decisions cannot both win. */
  async move(
    tx: Tx,
    id: string,
    from: ProjectStatus,
    to: ProjectStatus,
    data: Prisma.ProjectUncheckedUpdateManyInput = {},
  ): Promise<boolean> {
    const { count } = await tx.project.updateMany({
      where: { id, status: from },
      data: { ...data, status: to },
    });
    return count === 1;
  }

  async addMember(tx: Tx, projectId: string, userId: string, role: ProjectRole) {
    try {
      return await tx.projectMember.create({ data: { projectId, userId, role } });
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw DomainError.conflict('This person is already on the project’s team');
      }
      throw error;
    }
  }

  teamOf(projectIds: readonly string[]): Promise<ProjectMemberRow[]> {
    return this.prisma.projectMember.findMany({
      where: { projectId: { in: [...projectIds] } },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    });
  }

  /** The viewer's places on teams and committees: a handful of rows per person. */
  async tiesOf(userId: string) {
    const [teams, seats] = await Promise.all([
      this.prisma.projectMember.findMany({ where: { userId } }),
      this.prisma.committeeMember.findMany({ where: { userId } }),
    ]);
    return { teams, committeeIds: seats.map((seat) => seat.committeeId) };
  }

  /**
   * Projects in review by these committees, earliest proposed first (the committee index; a
   * committee reviews a handful at a time, and `limit` bounds it anyway).
   */
  inReviewBy(committeeIds: readonly string[], limit: number): Promise<ProjectRow[]> {
    if (!committeeIds.length) return Promise.resolve([]);
    return this.prisma.project.findMany({
      where: { committeeId: { in: [...committeeIds] }, status: ProjectStatus.IN_REVIEW },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      take: limit,
    });
  }

  /** The filter and what the viewer may see, as one condition (every part has an index). */
  listWhere(filter: ProjectFilter, visibility: ProjectVisibility): Prisma.ProjectWhereInput {
    const { hubId, status, policyArea } = filter;
    const conditions: Prisma.ProjectWhereInput[] = [
      {
        ...(hubId && { hubId }),
        ...(status && { status }),
        ...(policyArea && { policyAreas: { has: policyArea } }),
      },
    ];
    if (!visibility.everything) {
      const { userId, stakeholderIds, hubIds } = visibility;
      conditions.push({
        OR: [
          { status: { in: [...PUBLIC_STATES] } },
          ...(hubIds.length ? [{ hubId: { in: hubIds } }] : []),
          ...(stakeholderIds.length ? [{ leadStakeholderId: { in: stakeholderIds } }] : []),
          ...(userId
            ? [{ members: { some: { userId } } }, { committee: { members: { some: { userId } } } }]
            : []),
        ],
      });
    }
    return { AND: conditions };
  }

  /** Newest first, by keyset on (created_at DESC, id DESC); never OFFSET. */
  page(
    where: Prisma.ProjectWhereInput,
    after: TimePosition | undefined,
    limit: number,
  ): Promise<ProjectRow[]> {
    return this.prisma.project.findMany({
      where: { AND: [where, pastPosition('createdAt', 'desc', after)] },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      take: limit,
    });
  }

  /**
   * The staff inbox: projects of these hubs (null: every hub) waiting for a committee
   * (PROPOSED) or a decision (IN_REVIEW), waiting longest first; (hub_id, status, created_at
   * DESC, id DESC) read backwards, or (status, …).
   */
  awaitingStaffPage(
    hubIds: readonly string[] | null,
    after: TimePosition | undefined,
    limit: number,
  ): Promise<ProjectRow[]> {
    return this.prisma.project.findMany({
      where: { ...awaitingStaff(hubIds), ...pastPosition('createdAt', 'asc', after) },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      take: limit,
    });
  }

  awaitingStaffCount(hubIds: readonly string[] | null): Promise<number> {
    return this.prisma.project.count({ where: awaitingStaff(hubIds) });
  }

  count(where: Prisma.ProjectWhereInput): Promise<number> {
    return this.prisma.project.count({ where });
  }

  /** Public projects led by these stakeholders, newest first. */
  /** Up to `limit` public projects led by each stakeholder past `after`, newest first. */
  async publicPageLedBy(
    stakeholderIds: string[],
    after: TimePosition | undefined,
    limit: number,
  ): Promise<ParentRow<ProjectRow>[]> {
    const past = after
      ? Prisma.sql`AND (created_at, id) < (${after.at}::timestamptz, ${after.id}::uuid)`
      : Prisma.empty;
    const picked = await this.prisma.rows<{ id: string }>(Prisma.sql`
      SELECT id FROM (
        SELECT id, row_number() OVER (
                 PARTITION BY lead_stakeholder_id ORDER BY created_at DESC, id DESC) AS place
        FROM projects
        WHERE lead_stakeholder_id = ANY(${stakeholderIds}::uuid[])
          AND status::text = ANY(${[...PUBLIC_STATES]}::text[]) ${past}
      ) page
      WHERE place <= ${limit}`);
    if (!picked.length) return [];
    const rows = await this.prisma.project.findMany({
      where: { id: { in: picked.map((row) => row.id) } },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    });
    return rows.map((row) => ({ parentId: row.leadStakeholderId, row }));
  }

  async publicCountLedBy(stakeholderIds: string[]): Promise<Map<string, number>> {
    const rows = await this.prisma.project.groupBy({
      by: ['leadStakeholderId'],
      where: { leadStakeholderId: { in: stakeholderIds }, status: { in: [...PUBLIC_STATES] } },
      _count: { _all: true },
    });
    return new Map(rows.map((row) => [row.leadStakeholderId, row._count._all]));
  }

  /** How many projects each hub has IN_PROGRESS, in one query. */
  async inProgressCountByHub(hubIds: readonly string[]): Promise<number[]> {
    const rows = await this.prisma.project.groupBy({
      by: ['hubId'],
      where: { hubId: { in: [...hubIds] }, status: ProjectStatus.IN_PROGRESS },
      _count: { _all: true },
    });
    const counts = new Map(rows.map((row) => [row.hubId, row._count._all]));
    return hubIds.map((hubId) => counts.get(hubId) ?? 0);
  }

  /** Every project by status, as the park stands (an index-only scan of the status index). */
  async countByStatus(): Promise<{ status: ProjectStatus; count: number }[]> {
    const rows = await this.prisma.project.groupBy({ by: ['status'], _count: { _all: true } });
    return rows.map((row) => ({ status: row.status, count: row._count._all }));
  }
}

/** States a project waits on staff in: a committee to assign, then a decision. */
export const AWAITING_STAFF: ProjectStatus[] = [ProjectStatus.PROPOSED, ProjectStatus.IN_REVIEW];

function awaitingStaff(hubIds: readonly string[] | null): Prisma.ProjectWhereInput {
  return {
    status: { in: AWAITING_STAFF },
    ...(hubIds && { hubId: { in: [...hubIds] } }),
  };
}
