import { Injectable } from '@nestjs/common';
import { PartnershipComment as CommentRow, Prisma, PrismaService } from '@park/platform/database';
import { ParentRow, TimePosition } from '@park/platform/graphql';
import { Tx } from '@park/platform/workflow';

/** The only place that reads and writes partnership comments. */
@Injectable()
export class PartnershipCommentRepository {
  constructor(private readonly prisma: PrismaService) {}

  findById(id: string): Promise<CommentRow | null> {
    return this.prisma.partnershipComment.findUnique({ where: { id } });
  }

  /** Up to `limit` comments of each thread past `after`, oldest first: two statements. */
  async pageOf(
    partnershipIds: string[],
    after: TimePosition | undefined,
    limit: number,
  ): Promise<ParentRow<CommentRow>[]> {
    const past = after
      ? Prisma.sql`AND (created_at, id) > (${after.at}::timestamptz, ${after.id}::uuid)`
      : Prisma.empty;
    const picked = await this.prisma.rows<{ id: string }>(Prisma.sql`
      SELECT id FROM (
        SELECT id, row_number() OVER (PARTITION BY partnership_id ORDER BY created_at, id) AS place
        FROM partnership_comments
        WHERE partnership_id = ANY(${partnershipIds}::uuid[]) ${past}
      ) page
      WHERE place <= ${limit}`);
    if (!picked.length) return [];
    const rows = await this.prisma.partnershipComment.findMany({
      where: { id: { in: picked.map((row) => row.id) } },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    });
    return rows.map((row) => ({ parentId: row.partnershipId, row }));
  }

  async countOf(partnershipIds: string[]): Promise<Map<string, number>> {
    const rows = await this.prisma.partnershipComment.groupBy({
      by: ['partnershipId'],
      where: { partnershipId: { in: partnershipIds } },
      _count: { _all: true },
    });
    return new Map(rows.map((row) => [row.partnershipId, row._count._all]));
  }

  /** Everyone who has written in the thread (park admins among them hear of replies). */
  async authorIds(partnershipId: string): Promise<string[]> {
    const rows = await this.prisma.partnershipComment.findMany({
      where: { partnershipId, authorId: { not: null } },
      distinct: ['authorId'],
      select: { authorId: true },
    });
    return rows.map((row) => row.authorId as string);
  }

  create(tx: Tx, comment: { partnershipId: string; authorId: string; body: string }) {
    return tx.partnershipComment.create({ data: comment });
  }
}
