import { Injectable, OnModuleInit } from '@nestjs/common';
import { AuthUser } from '@park/platform/auth';
import { NodeRegistry } from '@park/platform/graphql';
import { WorkflowHistory } from '@park/platform/workflow';
import { PartnershipCommentService } from './partnership-comments.service';
import { partnershipFlow } from './partnership.flow';
import { PartnershipService } from './partnership.service';

/**
 * node(id) for partnerships, as `partnership(id)`; their comments and steps of history for the
 * people taking part, who alone read the thread and the history.
 */
@Injectable()
export class PartnershipNodes implements OnModuleInit {
  constructor(
    private readonly registry: NodeRegistry,
    private readonly history: WorkflowHistory,
    private readonly partnerships: PartnershipService,
    private readonly comments: PartnershipCommentService,
  ) {}

  onModuleInit(): void {
    this.registry.register<AuthUser>(
      {
        type: 'Partnership',
        table: 'partnerships',
        find: (viewer, id, loaders) => this.partnerships.find(viewer ?? null, id, loaders),
      },
      {
        type: 'PartnershipComment',
        table: 'partnership_comments',
        find: (viewer, id, loaders) => this.comments.find(viewer, id, loaders),
      },
    );
    this.history.readableBy<AuthUser>(
      partnershipFlow.entityType,
      async (viewer, id, loaders) => !!(await this.partnerships.takenPartIn(viewer, id, loaders)),
    );
  }
}
