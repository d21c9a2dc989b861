import { Injectable } from '@nestjs/common';
import { BatchLoad, groupBy } from '@park/platform/graphql';
import { WorkflowEvent } from './workflow-event.model';
import { WorkflowEventRepository } from './workflow-event.repository';

/** Reads workflow history for `history` fields: one query per page of entities. */
@Injectable()
export class WorkflowHistory {
  constructor(private readonly events: WorkflowEventRepository) {}

  /** A batch function per entity type, for RequestLoaders (keep the returned function). */
  loaderFor(entityType: string): BatchLoad<string, WorkflowEvent[]> {
    return async (entityIds) => {
      const rows = await this.events.ofEntities(entityType, entityIds);
      const events = rows.map((row) => ({
        id: row.id,
        entityType: row.entityType,
        entityId: row.entityId,
        action: row.action,
        from: row.fromState,
        to: row.toState,
        actorId: row.actorId,
        note: row.note,
        at: row.at,
      }));
      return groupBy(entityIds, events, (event) => event.entityId);
    };
  }
}
