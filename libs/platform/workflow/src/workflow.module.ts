import { Global, Module } from '@nestjs/common';
import { WorkflowHistory } from './workflow-history';
import { WorkflowRunner } from './workflow-runner';

@Global()
@Module({
  providers: [WorkflowRunner, WorkflowHistory],
  exports: [WorkflowRunner, WorkflowHistory],
})
export class WorkflowModule {}
