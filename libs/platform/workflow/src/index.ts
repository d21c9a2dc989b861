export { actionsOf, registerActionEnum } from './action-enum';
export { invalidTransition, Transition, Workflow } from './workflow';
export { WorkflowActor, WorkflowEvent } from './workflow-event.model';
export { WorkflowHistory } from './workflow-history';
export { AuditTrail, Noticeboard, Subject } from './workflow-records';
export { Notice, TransitionRequest, Tx, WorkflowRunner } from './workflow-runner';
export { WorkflowModule } from './workflow.module';
export { NoteArgs, ReasonArgs } from './workflow-step.input';
