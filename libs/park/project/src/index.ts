export { BudgetRoundAction, budgetRoundFlow } from './budget-round.flow';
export { FundingSource, ProjectStatus } from './project.enums';
export { ProjectAction, projectFlow, ProjectActor } from './project.flow';
export { FundingService } from './funding.service';
export { ProjectLoaders } from './project.loaders';
export { ProjectModule } from './project.module';
export { ProjectService } from './project.service';
export { tally, TallyInput, TallyLine, TallyReason, TallyResult } from './tally';
