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
import { TimePosition } from '@park/platform/graphql';
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
/** The only place that reads and writes partnerships and their data-sharing terms. */
@Injectable()
export class PartnershipRepository {
  constructor(private readonly prisma: PrismaService) {}

  findById(id: string): Promise<PartnershipRow | null> {
    return this.prisma.partnership.findUnique({ where: { id } });
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

  /** ACTIVE partnerships with any of these stakeholders on either side, newest first. */
  activeWith(stakeholderIds: readonly string[]): Promise<PartnershipRow[]> {
    const ids = [...stakeholderIds];
    return this.prisma.partnership.findMany({
      where: {
        status: PartnershipStatus.ACTIVE,
        OR: [{ proposerId: { in: ids } }, { partnerId: { in: ids } }],
      },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    });
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
