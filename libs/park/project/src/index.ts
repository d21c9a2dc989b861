export { BudgetRoundAction, budgetRoundFlow } from './budget-round.flow';
export { FundingSource, ProjectStatus } from './project.enums';
export { ProjectAction, projectFlow, ProjectActor } from './project.flow';
export { ProjectLoaders } from './project.loaders';
export { ProjectModule } from './project.module';
export { tally, TallyInput, TallyLine, TallyResult } from './tally';
