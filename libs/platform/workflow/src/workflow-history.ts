import { Injectable } from '@nestjs/common';
import { WorkflowEvent as EventRow } from '@park/platform/database';
import { BatchLoad, groupBy, RequestLoaders } from '@park/platform/graphql';
import { WorkflowEvent } from './workflow-event.model';
import { WorkflowEventRepository } from './workflow-event.repository';

/**
 * Whether the viewer sees the `history` of one entity: its owning feature says, with the same
 * rule its `history` field applies (a step is refetched by node(id) only where it is listed).
 */
export type HistoryReader<Viewer = unknown> = (
  viewer: Viewer | undefined,
  entityId: string,
  loaders: RequestLoaders,
) => Promise<boolean>;

function toEvent(row: EventRow): WorkflowEvent {
  return {
    id: row.id,
    entityType: row.entityType,
    entityId: row.entityId,
    action: row.action,
    from: row.fromState,
    to: row.toState,
    actorId: row.actorId,
    note: row.note,
    at: row.at,
  };
}

/** Reads workflow history for `history` fields: one query per page of entities. */
@Injectable()
export class WorkflowHistory {
  private readonly readers = new Map<string, HistoryReader>();

  constructor(private readonly events: WorkflowEventRepository) {}

  /** A batch function per entity type, for RequestLoaders (keep the returned function). */
  loaderFor(entityType: string): BatchLoad<string, WorkflowEvent[]> {
    return async (entityIds) => {
      const rows = await this.events.ofEntities(entityType, entityIds);
      return groupBy(entityIds, rows.map(toEvent), (event) => event.entityId);
    };
  }

  /** Features say who reads their entities' history (types nobody registers: no one). */
  readableBy<Viewer>(entityType: string, reader: HistoryReader<Viewer>): void {
    if (this.readers.has(entityType)) throw new Error(`History of ${entityType} registered twice`);
    this.readers.set(entityType, reader as HistoryReader);
  }

  /** One step, for node(id): null when missing or its entity's history is hidden. */
  async step(viewer: unknown, id: string, loaders: RequestLoaders): Promise<WorkflowEvent | null> {
    const row = await this.events.findById(id);
    const reader = row && this.readers.get(row.entityType);
    if (!row || !reader) return null;
    return (await reader(viewer ?? undefined, row.entityId, loaders)) ? toEvent(row) : null;
  }
}
