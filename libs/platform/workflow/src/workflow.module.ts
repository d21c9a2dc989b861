import { Global, Module } from '@nestjs/common';
import { WorkflowEventRepository } from './workflow-event.repository';
import { WorkflowHistory } from './workflow-history';
import { WorkflowRunner } from './workflow-runner';
import { WorkflowNodes } from './workflow.nodes';

/**
 * The kit writes audit rows, notices and webhook events through AuditTrail, Noticeboard and
 * ChangeFeed: the app provides them.
 */
@Global()
@Module({
  providers: [WorkflowEventRepository, WorkflowRunner, WorkflowHistory, WorkflowNodes],
  exports: [WorkflowRunner, WorkflowHistory],
})
export class WorkflowModule {}
