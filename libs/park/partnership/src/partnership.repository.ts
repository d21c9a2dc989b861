import { Injectable } from '@nestjs/common';
import {
  PartnershipDataSharing as DataSharingRow,
  PartnershipKind,
  Partnership as PartnershipRow,
  PartnershipStatus,
  pastPosition,
  PolicyArea,
  Prisma,
  PrismaService,
} from '@park/platform/database';
import { hubRefSql, stakeholderRefSql } from '@park/directory';
import { ParentRow, TimePosition } from '@park/platform/graphql';
import { Tx } from '@park/platform/workflow';
import { Visibility } from './partnership-access';
import { PartnershipFilter } from './partnership.input';

export interface NewPartnership {
  proposerId: string;
  partnerId: string;
  hubId: string;
  kind: PartnershipKind;
  title: string;
  summary: string;
  policyAreas: PolicyArea[];
  startsOn: Date;
  endsOn: Date | null;
  proposedById: string;
  dataSharing: Omit<DataSharingRow, 'partnershipId'> | null;
}

/** Keyset position of the newest-first list: [createdAt ISO, id] of the last item seen. */
/**
 * A partnership as its webhooks see it (PartnershipWebhookSubject): never its data-sharing terms
 * (beyond the kind), comments or anyone's contact address.
 */
export interface PartnershipSnapshotRow {
  id: string;
  proposer: { id: string; name: string };
  partner: { id: string; name: string };
  hub: { id: string; slug: string; name: string };
  kind: PartnershipKind;
  status: PartnershipStatus;
  title: string;
  summary: string;
  policyAreas: PolicyArea[];
  startsOn: string;
  endsOn: string | null;
  createdAt: Date;
}

/** The only place that reads and writes partnerships and their data-sharing terms. */
@Injectable()
export class PartnershipRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** For a webhook payload, in the step's transaction: one statement, the parties in it. */
  async snapshot(tx: Tx, id: string): Promise<PartnershipSnapshotRow | null> {
    const [row] = await tx.$queryRaw<PartnershipSnapshotRow[]>(Prisma.sql`
      SELECT p.id, ${stakeholderRefSql(Prisma.sql`p.proposer_id`)} AS proposer,
             ${stakeholderRefSql(Prisma.sql`p.partner_id`)} AS partner,
             ${hubRefSql(Prisma.sql`p.hub_id`)} AS hub, p.kind::text AS kind,
             p.status::text AS status, p.title, p.summary,
             p.policy_areas::text[] AS "policyAreas",
             to_char(p.starts_on, 'YYYY-MM-DD') AS "startsOn",
             to_char(p.ends_on, 'YYYY-MM-DD') AS "endsOn", p.created_at AS "createdAt"
      FROM partnerships p WHERE p.id = ${id}::uuid`);
    return row ?? null;
  }

  findById(id: string): Promise<PartnershipRow | null> {
    return this.prisma.partnership.findUnique({ where: { id } });
  }

  findByIds(ids: readonly string[]): Promise<PartnershipRow[]> {
    return this.prisma.partnership.findMany({ where: { id: { in: [...ids] } } });
  }

  /** The partnership and, for DATA, its terms: one transaction, the caller's. */
  create(tx: Tx, { dataSharing, ...partnership }: NewPartnership): Promise<PartnershipRow> {
    return tx.partnership.create({
      data: {
        ...partnership,
        status: PartnershipStatus.PROPOSED,
        ...(dataSharing && { dataSharing: { create: dataSharing } }),
      },
    });
  }

  /** Moves the partnership only if it is still `from`: concurrent decisions cannot both win. */
  async move(tx: Tx, id: string, from: PartnershipStatus, to: PartnershipStatus) {
    const { count } = await tx.partnership.updateMany({
      where: { id, status: from },
      data: { status: to },
    });
    return count === 1;
  }

  /** The filter and what the viewer may see, as one condition (every part has an index). */
  listWhere(filter: PartnershipFilter, visibility: Visibility): Prisma.PartnershipWhereInput {
    const { stakeholderId, hubId, status, kind } = filter;
    const conditions: Prisma.PartnershipWhereInput[] = [
      {
        ...(hubId && { hubId }),
        ...(status && { status }),
        ...(kind && { kind }),
      },
    ];
    if (stakeholderId) {
      conditions.push({ OR: [{ proposerId: stakeholderId }, { partnerId: stakeholderId }] });
    }
    if (!visibility.everything) {
      const { stakeholderIds, hubIds } = visibility;
      conditions.push({
        OR: [
          { status: { in: [PartnershipStatus.ACTIVE, PartnershipStatus.COMPLETED] } },
          ...(stakeholderIds.length
            ? [{ proposerId: { in: stakeholderIds } }, { partnerId: { in: stakeholderIds } }]
            : []),
          ...(hubIds.length ? [{ hubId: { in: hubIds } }] : []),
        ],
      });
    }
    return { AND: conditions };
  }

  /** Newest first, by keyset on (created_at DESC, id DESC); never OFFSET. */
  page(
    where: Prisma.PartnershipWhereInput,
    after: TimePosition | undefined,
    limit: number,
  ): Promise<PartnershipRow[]> {
    return this.prisma.partnership.findMany({
      where: { AND: [where, pastPosition('createdAt', 'desc', after)] },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      take: limit,
    });
  }

  /**
   * The staff inbox: AGREED partnerships of these hubs (null: every hub), waiting longest
   * first; (hub_id, status, created_at DESC, id DESC) read backwards, or (status, …).
   */
  agreedPageInHubs(
    hubIds: readonly string[] | null,
    after: TimePosition | undefined,
    limit: number,
  ): Promise<PartnershipRow[]> {
    return this.prisma.partnership.findMany({
      where: { ...agreedInHubs(hubIds), ...pastPosition('createdAt', 'asc', after) },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      take: limit,
    });
  }

  agreedCountInHubs(hubIds: readonly string[] | null): Promise<number> {
    return this.prisma.partnership.count({ where: agreedInHubs(hubIds) });
  }

  count(where: Prisma.PartnershipWhereInput): Promise<number> {
    return this.prisma.partnership.count({ where });
  }

  dataSharingOf(partnershipIds: readonly string[]): Promise<DataSharingRow[]> {
    return this.prisma.partnershipDataSharing.findMany({
      where: { partnershipId: { in: [...partnershipIds] } },
    });
  }

  /** Partnerships proposed to these stakeholders that stand in `states`, oldest first. */
  proposedTo(
    partnerIds: readonly string[],
    states: readonly PartnershipStatus[],
  ): Promise<PartnershipRow[]> {
    return this.prisma.partnership.findMany({
      where: { partnerId: { in: [...partnerIds] }, status: { in: [...states] } },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    });
  }

  /**
   * Up to `limit` ACTIVE partnerships of each stakeholder (either side) past `after`, newest
   * first, each listed under the stakeholder it was picked for: two statements.
   */
  async pageActiveWith(
    stakeholderIds: string[],
    after: TimePosition | undefined,
    limit: number,
  ): Promise<ParentRow<PartnershipRow>[]> {
    const past = after
      ? Prisma.sql`AND (p.created_at, p.id) < (${after.at}::timestamptz, ${after.id}::uuid)`
      : Prisma.empty;
    const picked = await this.prisma.rows<{ parentId: string; id: string }>(Prisma.sql`
      SELECT "parentId", id FROM (
        SELECT s.parent AS "parentId", p.id, p.created_at,
               row_number() OVER (PARTITION BY s.parent ORDER BY p.created_at DESC, p.id DESC) AS place
        FROM unnest(${stakeholderIds}::uuid[]) AS s(parent)
        JOIN partnerships p ON p.proposer_id = s.parent OR p.partner_id = s.parent
        WHERE p.status = 'ACTIVE' ${past}
      ) page
      WHERE place <= ${limit}
      ORDER BY "parentId", place`);
    if (!picked.length) return [];
    const rows = await this.prisma.partnership.findMany({
      where: { id: { in: [...new Set(picked.map((row) => row.id))] } },
    });
    const byId = new Map(rows.map((row) => [row.id, row]));
    return picked.flatMap(({ parentId, id }) => {
      const row = byId.get(id);
      return row ? [{ parentId, row }] : [];
    });
  }

  async countActiveWith(stakeholderIds: string[]): Promise<Map<string, number>> {
    const rows = await this.prisma.rows<{ parentId: string; count: number }>(Prisma.sql`
      SELECT s.parent AS "parentId", count(p.id)::int AS count
      FROM unnest(${stakeholderIds}::uuid[]) AS s(parent)
      JOIN partnerships p ON p.proposer_id = s.parent OR p.partner_id = s.parent
      WHERE p.status = 'ACTIVE'
      GROUP BY s.parent`);
    return new Map(rows.map((row) => [row.parentId, row.count]));
  }

  /** How many ACTIVE partnerships each hub has, in one query. */
  async activeCountByHub(hubIds: readonly string[]): Promise<number[]> {
    const rows = await this.prisma.partnership.groupBy({
      by: ['hubId'],
      where: { hubId: { in: [...hubIds] }, status: PartnershipStatus.ACTIVE },
      _count: { _all: true },
    });
    const counts = new Map(rows.map((row) => [row.hubId, row._count._all]));
    return hubIds.map((hubId) => counts.get(hubId) ?? 0);
  }

  /**
   * ACTIVE partnerships by kind: the same definition as Hub.stats.activePartnerships. Reads the
   * per-(kind, status) counters a trigger keeps (migration 20261127060000_park_rollups).
   */
  async activeCountByKind(): Promise<{ kind: PartnershipKind; count: number }[]> {
    const rows = await this.prisma.partnershipCount.findMany({
      where: { status: PartnershipStatus.ACTIVE, count: { gt: 0 } },
      orderBy: { kind: 'asc' },
    });
    return rows.map((row) => ({ kind: row.kind, count: row.count }));
  }
}

function agreedInHubs(hubIds: readonly string[] | null): Prisma.PartnershipWhereInput {
  return {
    status: PartnershipStatus.AGREED,
    ...(hubIds && { hubId: { in: [...hubIds] } }),
  };
}
