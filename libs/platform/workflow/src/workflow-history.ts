import { Injectable } from '@nestjs/common';
import { PrismaService } from '@park/platform/database';
import { BatchLoad, groupBy } from '@park/platform/graphql';
import { WorkflowEvent } from './workflow-event.model';

/** Reads workflow history for `history` fields: one query per page of entities. */
@Injectable()
export class WorkflowHistory {
  constructor(private readonly prisma: PrismaService) {}

  /** A batch function per entity type, for RequestLoaders (keep the returned function). */
  loaderFor(entityType: string): BatchLoad<string, WorkflowEvent[]> {
    return async (entityIds) => {
      const rows = await this.prisma.workflowEvent.findMany({
        where: { entityType, entityId: { in: [...entityIds] } },
        orderBy: [{ at: 'asc' }, { id: 'asc' }],
        include: { actor: { select: { id: true, displayName: true } } },
      });
      const events = rows.map((row) => ({
        entityId: row.entityId,
        action: row.action,
        from: row.fromState,
        to: row.toState,
        actor: row.actor,
        note: row.note,
        at: row.at,
      }));
      return groupBy(entityIds, events, (event) => event.entityId);
    };
  }
}
