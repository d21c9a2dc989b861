import { Injectable } from '@nestjs/common';
import { PrismaService, Tx } from '@park/platform/database';

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
