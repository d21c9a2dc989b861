import { Injectable } from '@nestjs/common';
import { Prisma, PrismaService, Tx } from '@park/platform/database';

export interface NewWorkflowEvent {
  entityType: string;
  entityId: string;
  action: string;
  fromState: string | null;
  toState: string;
  actorId: string | null;
  note?: string | null;
}

/** Workflow history rows: the only place that reads and writes them. */
@Injectable()
export class WorkflowEventRepository {
  constructor(private readonly prisma: PrismaService) {}

  async create(tx: Tx, event: NewWorkflowEvent): Promise<void> {
    await tx.workflowEvent.create({ data: event });
  }

  findById(id: string) {
    return this.prisma.workflowEvent.findUnique({ where: { id } });
  }

  /** Oldest first, with who made each step. */
  ofEntities(entityType: string, entityIds: readonly string[]) {
    return this.prisma.workflowEvent.findMany({
      where: { entityType, entityId: { in: [...entityIds] } },
      orderBy: [{ at: 'asc' }, { id: 'asc' }],
    });
  }
}

/**
 * For a context's one-statement read: when the entity whose id is `entityId` (a column of the
 * caller's statement) last took one of `actions` (null if never). On (entity_type, entity_id, at).
 */
export function lastStepAtSql(entityType: string, entityId: Prisma.Sql, actions: string[]) {
  return Prisma.sql`(SELECT max(w.at) FROM workflow_events w
    WHERE w.entity_type = ${entityType} AND w.entity_id = ${entityId}
      AND w.action = ANY(${actions}::text[]))`;
}
