import { Injectable } from '@nestjs/common';
import {
  DataExport as DataExportRow,
  DataExportStatus,
  isUniqueViolation,
  PrismaService,
  Tx,
} from '@park/platform/database';
import { DomainError } from '@park/platform/graphql';
import { PERSONAL_DATA_SECTIONS } from './personal-data-sections';

export type { DataExportRow };

export interface SectionData {
  file: string;
  columns: string[];
  rows: Record<string, unknown>[];
}

/** The data_exports rows, and the read of everything held about one person. */
@Injectable()
export class DataExportRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** A PENDING export; CONFLICT while one is being built (a partial unique index). */
  async create(tx: Tx, userId: string): Promise<DataExportRow> {
    try {
      return await tx.dataExport.create({ data: { userId } });
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw DomainError.conflict('A download of your data is already being prepared', {
          reason: 'EXPORT_PENDING',
        });
      }
      throw error;
    }
  }

  countSince(userId: string, since: Date): Promise<number> {
    return this.prisma.dataExport.count({ where: { userId, requestedAt: { gte: since } } });
  }

  /** Newest first; the last 50 (older ones have long expired). */
  listOf(userId: string): Promise<DataExportRow[]> {
    return this.prisma.dataExport.findMany({
      where: { userId },
      orderBy: [{ requestedAt: 'desc' }, { id: 'desc' }],
      take: 50,
    });
  }

  findById(id: string): Promise<DataExportRow | null> {
    return this.prisma.dataExport.findUnique({ where: { id } });
  }

  /** PENDING → READY, once; null when it is no longer PENDING (or gone). */
  async markReady(
    tx: Tx,
    id: string,
    byteSize: number,
    readyAt: Date,
    expiresAt: Date,
  ): Promise<DataExportRow | null> {
    const moved = await tx.dataExport.updateMany({
      where: { id, status: DataExportStatus.PENDING },
      data: { status: DataExportStatus.READY, byteSize, readyAt, expiresAt },
    });
    return moved.count ? tx.dataExport.findUnique({ where: { id } }) : null;
  }

  async markFailed(id: string): Promise<void> {
    await this.prisma.dataExport.updateMany({
      where: { id, status: DataExportStatus.PENDING },
      data: { status: DataExportStatus.FAILED },
    });
  }

  /** READY exports whose time is up, oldest first. */
  dueToExpire(now: Date, limit: number): Promise<DataExportRow[]> {
    return this.prisma.dataExport.findMany({
      where: { status: DataExportStatus.READY, expiresAt: { lte: now } },
      orderBy: { expiresAt: 'asc' },
      take: limit,
    });
  }

  async markExpired(id: string): Promise<void> {
    await this.prisma.dataExport.updateMany({
      where: { id, status: DataExportStatus.READY },
      data: { status: DataExportStatus.EXPIRED },
    });
  }

  /** Deletes every export of the person (an erasure); their ids, whose files go next. */
  async deleteAllOf(tx: Tx, userId: string): Promise<string[]> {
    const rows = await tx.dataExport.findMany({ where: { userId }, select: { id: true } });
    await tx.dataExport.deleteMany({ where: { userId } });
    return rows.map((row) => row.id);
  }

  /** Every section of the person's data, in the README's order. */
  async personalData(userId: string): Promise<SectionData[]> {
    const sections: SectionData[] = [];
    for (const section of PERSONAL_DATA_SECTIONS) {
      const { columns, rows } = await this.prisma.table<Record<string, unknown>>(
        section.query(userId),
      );
      sections.push({ file: section.file, columns, rows });
    }
    return sections;
  }
}
