export { actionsOf, registerActionEnum } from './action-enum';
export {
  ActorRoles,
  creationEvent,
  eventCatalogue,
  eventType,
  invalidTransition,
  pastTense,
  setAside,
  Transition,
  whySetAside,
  Workflow,
} from './workflow';
export { WorkflowEvent } from './workflow-event.model';
export { lastStepAtSql } from './workflow-event.repository';
export { HistoryReader, WorkflowHistory } from './workflow-history';
export {
  AuditTrail,
  ChangeFeed,
  Noticeboard,
  NoticeParams,
  Subject,
  UnreadNotices,
  WorkflowChange,
} from './workflow-records';
export { Notice, TransitionRequest, Tx, WorkflowRunner } from './workflow-runner';
export { WorkflowModule } from './workflow.module';
export { NoteArgs, ReasonArgs } from './workflow-step.input';
