import { Injectable } from '@nestjs/common';
import { PartnershipComment as CommentRow, PrismaService } from '@park/platform/database';
import { Tx } from '@park/platform/workflow';

/** The only place that reads and writes partnership comments. */
@Injectable()
export class PartnershipCommentRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** The threads of these partnerships, each oldest first. */
  of(partnershipIds: readonly string[]): Promise<CommentRow[]> {
    return this.prisma.partnershipComment.findMany({
      where: { partnershipId: { in: [...partnershipIds] } },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    });
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
