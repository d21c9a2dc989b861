import { Injectable } from '@nestjs/common';
import { Prisma } from './generated/prisma/client';
import { PrismaService } from './prisma.service';

export interface NodeTable {
  type: string;
  table: string;
  column?: string;
}

/** Which registered table holds an id (ids are UUIDs, unique across tables). */
@Injectable()
export class NodeTypeRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** One statement however many types there are: a UNION of indexed lookups, first hit wins. */
  async typeOf(id: string, tables: readonly NodeTable[]): Promise<string | null> {
    if (!tables.length) return null;
    // Table and column names are the features' own constants (NodeRegistry checks their shape).
    const branches = tables.map(
      ({ type, table, column = 'id' }) =>
        Prisma.sql`(SELECT ${type}::text AS type WHERE EXISTS (SELECT 1 FROM ${Prisma.raw(
          `"${table}"`,
        )} WHERE ${Prisma.raw(`"${column}"`)} = ${id}::uuid))`,
    );
    const rows = await this.prisma.rows<{ type: string }>(
      Prisma.sql`${Prisma.join(branches, ' UNION ALL ')} LIMIT 1`,
    );
    return rows[0]?.type ?? null;
  }
}
