import { Injectable, OnModuleInit } from '@nestjs/common';
import { NodeRegistry } from '@park/platform/graphql';
import { WorkflowHistory } from './workflow-history';

/** node(id) for a step of history: where its entity's `history` field would list it. */
@Injectable()
export class WorkflowNodes implements OnModuleInit {
  constructor(
    private readonly registry: NodeRegistry,
    private readonly history: WorkflowHistory,
  ) {}

  onModuleInit(): void {
    this.registry.register({
      type: 'WorkflowEvent',
      table: 'workflow_events',
      find: (viewer, id, loaders) => this.history.step(viewer, id, loaders),
    });
  }
}
