import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { DirectoryAccess, DirectoryLoaders, Hub } from '@park/directory';
import { AuthUser, CurrentUser, Public } from '@park/platform/auth';
import {
  BudgetResult as ResultRow,
  BudgetRound as RoundRow,
  Hub as HubRow,
  Project as ProjectRow,
} from '@park/platform/database';
import { IdArg, Loaders, RequestLoaders, required } from '@park/platform/graphql';
import { WorkflowEvent } from '@park/platform/workflow';
import { budgetRoundActions, BudgetRoundNextAction } from './budget-round-rules';
import {
  AddProjectToRoundArgs,
  BudgetRoundIdArgs,
  BudgetRoundsArgs,
  CastBallotArgs,
  CreateBudgetRoundInput,
} from './budgeting.input';
import {
  Ballot,
  BallotPayload,
  BudgetResult,
  BudgetResultExplanation,
  BudgetRound,
} from './budgeting.model';
import { BallotWithChoices } from './budgeting.repository';
import { BudgetingService } from './budgeting.service';
import { ProjectLoaders } from './project.loaders';
import { BudgetRoundActionEnum } from './project.enums';
import { Project } from './project.model';

@Resolver(() => BudgetRound)
export class BudgetRoundResolver {
  constructor(
    private readonly budgeting: BudgetingService,
    private readonly relations: ProjectLoaders,
    private readonly directory: DirectoryLoaders,
    private readonly access: DirectoryAccess,
  ) {}

  @Public()
  @Query(() => BudgetRound, { nullable: true, description: 'Rounds are public.' })
  budgetRound(@IdArg() id: string): Promise<RoundRow | null> {
    return this.budgeting.find(id);
  }

  @Public()
  @Query(() => [BudgetRound], { description: 'A hub’s rounds, newest first.' })
  budgetRounds(@Args() { hubId }: BudgetRoundsArgs): Promise<RoundRow[]> {
    return this.budgeting.ofHub(hubId);
  }

  @Mutation(() => BudgetRound, { description: 'Hub staff: a new round, in DRAFT.' })
  createBudgetRound(@CurrentUser() viewer: AuthUser, @Args('input') input: CreateBudgetRoundInput) {
    return this.budgeting.create(viewer, input);
  }

  @Mutation(() => BudgetRound, { description: 'Hub staff: DRAFT → OPEN_FOR_PROPOSALS.' })
  openBudgetRound(@CurrentUser() viewer: AuthUser, @IdArg() id: string) {
    return this.budgeting.act(viewer, id, 'open');
  }

  @Mutation(() => BudgetRound, {
    description: 'Hub staff: OPEN_FOR_PROPOSALS → VOTING (with at least minSelections projects).',
  })
  startBudgetVoting(@CurrentUser() viewer: AuthUser, @IdArg() id: string) {
    return this.budgeting.act(viewer, id, 'startVoting');
  }

  @Mutation(() => BudgetRound, { description: 'Hub staff: VOTING → CLOSED; ballots are final.' })
  closeBudgetRound(@CurrentUser() viewer: AuthUser, @IdArg() id: string) {
    return this.budgeting.act(viewer, id, 'close');
  }

  @Mutation(() => BudgetRound, {
    description:
      'Hub staff: CLOSED → TALLIED. Funds the winners (PARTICIPATORY_BUDGET) and publishes the ' +
      'results; on a TALLIED round it changes nothing and returns it.',
  })
  tallyBudgetRound(@CurrentUser() viewer: AuthUser, @Args() { roundId }: BudgetRoundIdArgs) {
    return this.budgeting.tally(viewer, roundId);
  }

  @Mutation(() => BudgetRound, {
    description:
      'An APPROVED project of the hub, by its lead, managers or staff, while OPEN_FOR_PROPOSALS.',
  })
  addProjectToRound(@CurrentUser() viewer: AuthUser, @Args() args: AddProjectToRoundArgs) {
    return this.budgeting.addProject(viewer, args);
  }

  @Mutation(() => BallotPayload, {
    description: 'Any signed-in person, while VOTING: one ballot per round, replaced by a new one.',
  })
  castBallot(@CurrentUser() viewer: AuthUser, @Args() args: CastBallotArgs) {
    return this.budgeting.castBallot(viewer, args);
  }

  @ResolveField(() => Hub)
  hub(@Parent() round: RoundRow, @Loaders() loaders: RequestLoaders): Promise<HubRow> {
    return required(loaders.get(this.directory.hubById).load(round.hubId), 'Hub');
  }

  @ResolveField(() => [Project])
  projects(@Parent() round: RoundRow, @Loaders() loaders: RequestLoaders): Promise<ProjectRow[]> {
    return loaders.get(this.relations.projectsByRound).load(round.id);
  }

  @ResolveField(() => [BudgetResult])
  results(@Parent() round: RoundRow, @Loaders() loaders: RequestLoaders): Promise<ResultRow[]> {
    return loaders.get(this.relations.resultsByRound).load(round.id);
  }

  @ResolveField(() => Ballot, { nullable: true, description: 'The viewer’s ballot, if any.' })
  myBallot(
    @Parent() round: RoundRow,
    @CurrentUser() viewer: AuthUser | undefined,
    @Loaders() loaders: RequestLoaders,
  ): Promise<BallotWithChoices | null> | null {
    return viewer ? loaders.get(this.relations.myBallot).load(`${viewer.id}:${round.id}`) : null;
  }

  @ResolveField(() => [BudgetRoundActionEnum], {
    description:
      'What you may do next: the flow’s moves your roles allow (START_VOTING once minSelections projects are in), CAST_BALLOT while voting if its voter rules admit you; [] when anonymous.',
  })
  async availableActions(
    @Parent() round: RoundRow,
    @CurrentUser() viewer: AuthUser | undefined,
    @Loaders() loaders: RequestLoaders,
  ): Promise<BudgetRoundNextAction[]> {
    if (!viewer) return [];
    // Only starting the vote counts the entered projects.
    const [roles, entered] = await Promise.all([
      loaders.get(this.access.rolesOf).load(viewer),
      round.status === 'OPEN_FOR_PROPOSALS'
        ? loaders.get(this.relations.projectsByRound).load(round.id)
        : [],
    ]);
    return budgetRoundActions({ user: viewer, roles }, round, entered.length);
  }

  @ResolveField(() => [WorkflowEvent], { description: 'Every step, oldest first.' })
  history(@Parent() round: RoundRow, @Loaders() loaders: RequestLoaders): Promise<WorkflowEvent[]> {
    return loaders.get(this.relations.roundHistory).load(round.id);
  }
}

@Resolver(() => Hub)
export class HubBudgetRoundsResolver {
  constructor(private readonly relations: ProjectLoaders) {}

  @ResolveField(() => [BudgetRound], {
    description: 'Its participatory-budgeting rounds, newest first (public, as budgetRounds).',
  })
  budgetRounds(@Parent() hub: HubRow, @Loaders() loaders: RequestLoaders): Promise<RoundRow[]> {
    return loaders.get(this.relations.roundsByHub).load(hub.id);
  }
}

@Resolver(() => BudgetResult)
export class BudgetResultResolver {
  constructor(private readonly relations: ProjectLoaders) {}

  @ResolveField(() => Project)
  project(@Parent() result: ResultRow, @Loaders() loaders: RequestLoaders): Promise<ProjectRow> {
    return required(loaders.get(this.relations.projectById).load(result.projectId), 'Project');
  }

  @ResolveField(() => BudgetResultExplanation)
  explanation(@Parent() result: ResultRow): BudgetResultExplanation {
    return {
      code: result.reasonCode,
      rank: result.rank,
      cost: result.cost,
      budgetLeft: result.budgetLeft,
      sharePaidMax: result.sharePaidMax,
      sharePaidMin: result.sharePaidMin,
      projectStatus: result.projectStatus,
    };
  }
}

@Resolver(() => Ballot)
export class BallotResolver {
  constructor(private readonly relations: ProjectLoaders) {}

  @ResolveField(() => [Project])
  async projects(
    @Parent() ballot: BallotWithChoices,
    @Loaders() loaders: RequestLoaders,
  ): Promise<ProjectRow[]> {
    const rows = await loaders
      .get(this.relations.projectById)
      .loadMany(ballot.choices.map((choice) => choice.projectId));
    return rows.flatMap((row) => (row && !(row instanceof Error) ? [row] : []));
  }
}
