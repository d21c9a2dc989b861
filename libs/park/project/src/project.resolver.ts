import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { DirectoryLoaders, Hub, Stakeholder } from '@park/directory';
import { toUser, User, UserLoaders } from '@park/identity';
import { AuthUser, CurrentUser, Public } from '@park/platform/auth';
import {
  Committee as CommitteeRow,
  FundingAllocation as AllocationRow,
  Milestone as MilestoneRow,
  Outcome as OutcomeRow,
  Project as ProjectRow,
  ProjectMember as ProjectMemberRow,
  ProjectReview as ReviewRow,
  Stakeholder as StakeholderRow,
} from '@park/platform/database';
import {
  CalendarDate,
  ConnectionShape,
  IdArg,
  Loaders,
  PageArgs,
  RequestLoaders,
  required,
} from '@park/platform/graphql';
import { NoteArgs, WorkflowEvent } from '@park/platform/workflow';
import { CommitteeService } from './committee.service';
import { FundingService } from './funding.service';
import {
  isInvolved,
  isStaffOf,
  mayReadReview,
  maySeeReviews,
  ProjectAccess,
  projectActions,
  ProjectViewer,
} from './project-access';
import { ProjectActionEnum } from './project.enums';
import { ProjectNextAction } from './project.flow';
import {
  AddMilestoneArgs,
  AddProjectMemberArgs,
  AllocateFundingArgs,
  ProjectReasonArgs,
  ProjectsArgs,
  ProposeProjectInput,
  RecordOutcomeArgs,
  UpdateOutcomeArgs,
} from './project.input';
import { ProjectLoaders } from './project.loaders';
import {
  Committee,
  FundingAllocation,
  Milestone,
  MilestonePayload,
  Outcome,
  OutcomePayload,
  Project,
  ProjectConnection,
  ProjectMember,
  ProjectReview,
  ReviewSummary,
} from './project.model';
import { ProjectService } from './project.service';

@Resolver(() => Project)
export class ProjectResolver {
  constructor(
    private readonly projectService: ProjectService,
    private readonly committees: CommitteeService,
    private readonly fundingService: FundingService,
    private readonly access: ProjectAccess,
    private readonly relations: ProjectLoaders,
    private readonly directory: DirectoryLoaders,
    private readonly users: UserLoaders,
  ) {}

  @Public()
  @Query(() => Project, {
    nullable: true,
    description:
      'Public from APPROVED on; before that (or cancelled) for its people only; null if none or hidden.',
  })
  async project(
    @CurrentUser() viewer: AuthUser | undefined,
    @IdArg() id: string,
    @Loaders() loaders: RequestLoaders,
  ): Promise<ProjectRow | null> {
    return this.projectService.find(viewer ?? null, id, loaders);
  }

  @Public()
  @Query(() => ProjectConnection, {
    description: 'Newest first: the public ones, and those the viewer is involved in.',
  })
  async projects(
    @CurrentUser() viewer: AuthUser | undefined,
    @Args() args: ProjectsArgs,
    @Loaders() loaders: RequestLoaders,
  ): Promise<ConnectionShape<ProjectRow>> {
    return this.projectService.list(await this.viewerOf(viewer, loaders), args);
  }

  @Mutation(() => Project, {
    description: 'An OWNER or ADMIN of a stakeholder with an APPROVED membership of the hub.',
  })
  proposeProject(@CurrentUser() viewer: AuthUser, @Args('input') input: ProposeProjectInput) {
    return this.projectService.propose(viewer, input);
  }

  @Mutation(() => Project, { description: 'The lead’s OWNER/ADMIN, a PROJECT_MANAGER or staff.' })
  addProjectMember(@CurrentUser() viewer: AuthUser, @Args() args: AddProjectMemberArgs) {
    return this.projectService.addMember(viewer, args);
  }

  @Mutation(() => Project, {
    description: 'The team’s lead or managers, or staff: FUNDED → IN_PROGRESS.',
  })
  startProject(@CurrentUser() viewer: AuthUser, @Args() { id, note }: NoteArgs) {
    return this.projectService.act(viewer, id, 'start', { note });
  }

  @Mutation(() => Project, {
    description: 'The team’s lead or managers, or staff: IN_PROGRESS → COMPLETED.',
  })
  completeProject(@CurrentUser() viewer: AuthUser, @Args() { id, note }: NoteArgs) {
    return this.projectService.act(viewer, id, 'complete', { note });
  }

  @Mutation(() => Project, {
    description: 'The team’s lead or managers, or staff: any open state → CANCELLED.',
  })
  cancelProject(@CurrentUser() viewer: AuthUser, @Args() { id, reason }: ProjectReasonArgs) {
    return this.projectService.act(viewer, id, 'cancel', { note: reason });
  }

  @Mutation(() => Project, {
    description: 'Staff: money for an APPROVED project; FUNDED once its request is covered.',
  })
  allocateFunding(@CurrentUser() viewer: AuthUser, @Args() args: AllocateFundingArgs) {
    return this.fundingService.allocate(viewer, args);
  }

  @Mutation(() => MilestonePayload, {
    description: 'The team or staff, from APPROVED to IN_PROGRESS.',
  })
  addMilestone(@CurrentUser() viewer: AuthUser, @Args() args: AddMilestoneArgs) {
    return this.fundingService.addMilestone(viewer, args);
  }

  @Mutation(() => MilestonePayload, { description: 'The team or staff, while IN_PROGRESS.' })
  completeMilestone(@CurrentUser() viewer: AuthUser, @IdArg() id: string) {
    return this.fundingService.completeMilestone(viewer, id);
  }

  @Mutation(() => OutcomePayload, {
    description: 'The team or staff, IN_PROGRESS or COMPLETED.',
  })
  recordOutcome(@CurrentUser() viewer: AuthUser, @Args() args: RecordOutcomeArgs) {
    return this.fundingService.recordOutcome(viewer, args);
  }

  @Mutation(() => OutcomePayload, {
    description:
      'Corrects an outcome (its fields all replaced): whoever may record one, in the same states.',
  })
  updateOutcome(@CurrentUser() viewer: AuthUser, @Args() args: UpdateOutcomeArgs) {
    return this.fundingService.updateOutcome(viewer, args);
  }

  @Mutation(() => OutcomePayload, {
    description:
      'Removes an outcome: whoever may record one, in the same states. The payload holds it as it was.',
  })
  removeOutcome(@CurrentUser() viewer: AuthUser, @IdArg() id: string) {
    return this.fundingService.removeOutcome(viewer, id);
  }

  @ResolveField(() => Hub)
  hub(@Parent() project: ProjectRow, @Loaders() loaders: RequestLoaders) {
    return required(loaders.get(this.directory.hubById).load(project.hubId), 'Hub');
  }

  @ResolveField(() => Stakeholder)
  leadStakeholder(
    @Parent() project: ProjectRow,
    @Loaders() loaders: RequestLoaders,
  ): Promise<StakeholderRow> {
    return required(
      loaders.get(this.directory.stakeholderById).load(project.leadStakeholderId),
      'Stakeholder',
    );
  }

  @ResolveField(() => [ProjectMember], { description: 'Its team, earliest first.' })
  team(
    @Parent() project: ProjectRow,
    @Loaders() loaders: RequestLoaders,
  ): Promise<ProjectMemberRow[]> {
    return loaders.get(this.relations.teamByProject).load(project.id);
  }

  @ResolveField(() => [FundingAllocation], { description: 'Its allocations, oldest first.' })
  funding(
    @Parent() project: ProjectRow,
    @Loaders() loaders: RequestLoaders,
  ): Promise<AllocationRow[]> {
    return loaders.get(this.relations.allocationsByProject).load(project.id);
  }

  @ResolveField(() => [Milestone])
  milestones(
    @Parent() project: ProjectRow,
    @Loaders() loaders: RequestLoaders,
  ): Promise<MilestoneRow[]> {
    return loaders.get(this.relations.milestonesByProject).load(project.id);
  }

  @ResolveField(() => [Outcome])
  outcomes(
    @Parent() project: ProjectRow,
    @Loaders() loaders: RequestLoaders,
  ): Promise<OutcomeRow[]> {
    return loaders.get(this.relations.outcomesByProject).load(project.id);
  }

  @ResolveField(() => Committee, {
    nullable: true,
    description: 'The committee reviewing it; for its people and staff, null for others.',
  })
  async committee(
    @Parent() project: ProjectRow,
    @CurrentUser() viewer: AuthUser | undefined,
    @Loaders() loaders: RequestLoaders,
  ): Promise<CommitteeRow | null> {
    if (!project.committeeId || !isInvolved(await this.viewerOf(viewer, loaders), project)) {
      return null;
    }
    return loaders.get(this.relations.committeeById).load(project.committeeId);
  }

  @ResolveField(() => [ProjectReview], {
    description:
      'For the hub’s staff (all of them) and the committee (each member their own, and the others’ once staff have decided); empty for everyone else.',
  })
  async reviews(
    @Parent() project: ProjectRow,
    @CurrentUser() viewer: AuthUser | undefined,
    @Loaders() loaders: RequestLoaders,
  ): Promise<ReviewRow[]> {
    const ties = await this.viewerOf(viewer, loaders);
    if (!maySeeReviews(ties, project)) return [];
    const reviews = await loaders.get(this.relations.reviewsByProject).load(project.id);
    return reviews.filter((review) => mayReadReview(ties, project, review));
  }

  @ResolveField(() => ReviewSummary, {
    nullable: true,
    description: 'For the hub’s staff: the current review round; null for others or before review.',
  })
  async reviewSummary(
    @Parent() project: ProjectRow,
    @CurrentUser() viewer: AuthUser | undefined,
    @Loaders() loaders: RequestLoaders,
  ): Promise<ReviewSummary | null> {
    if (!isStaffOf(await this.viewerOf(viewer, loaders), project.hubId)) return null;
    const figures = await this.committees.figures(project);
    if (!figures) return null;
    const people = await Promise.all(
      figures.pendingReviewerIds.map((id) =>
        required(loaders.get(this.users.byId).load(id), 'User'),
      ),
    );
    return { ...figures, pendingReviewers: people.map((row) => toUser(row, viewer)) };
  }

  @ResolveField(() => [WorkflowEvent], {
    description: 'Every step, oldest first; empty for people outside the project.',
  })
  async history(
    @Parent() project: ProjectRow,
    @CurrentUser() viewer: AuthUser | undefined,
    @Loaders() loaders: RequestLoaders,
  ): Promise<WorkflowEvent[]> {
    if (!isInvolved(await this.viewerOf(viewer, loaders), project)) return [];
    return loaders.get(this.relations.projectHistory).load(project.id);
  }

  @ResolveField(() => [ProjectActionEnum], {
    description:
      'What you may do next with it: the flow’s moves and the work on it your roles allow in its state; [] when anonymous.',
  })
  async availableActions(
    @Parent() project: ProjectRow,
    @CurrentUser() viewer: AuthUser | undefined,
    @Loaders() loaders: RequestLoaders,
  ): Promise<ProjectNextAction[]> {
    const ties = await this.viewerOf(viewer, loaders);
    const actions = projectActions(ties, project);
    // Only a reviewer of an IN_REVIEW project needs to know whether they have reviewed it yet.
    if (!viewer || !actions.includes('submitReview')) return actions;
    const key = `${viewer.id}:${project.id}`;
    return projectActions(ties, project, await loaders.get(this.relations.myReviewRound).load(key));
  }

  private async viewerOf(
    viewer: AuthUser | undefined,
    loaders: RequestLoaders,
  ): Promise<ProjectViewer | null> {
    return viewer ? loaders.get(this.access.viewerOf).load(viewer) : null;
  }
}

/** The person behind a team member or a review. */
@Resolver(() => ProjectMember)
export class ProjectMemberResolver {
  constructor(private readonly users: UserLoaders) {}

  @ResolveField(() => User)
  async user(
    @Parent() member: ProjectMemberRow,
    @CurrentUser() viewer: AuthUser | undefined,
    @Loaders() loaders: RequestLoaders,
  ): Promise<User> {
    return toUser(await required(loaders.get(this.users.byId).load(member.userId), 'User'), viewer);
  }
}

@Resolver(() => ProjectReview)
export class ProjectReviewResolver {
  constructor(private readonly users: UserLoaders) {}

  @ResolveField(() => User)
  async reviewer(
    @Parent() review: ReviewRow,
    @CurrentUser() viewer: AuthUser | undefined,
    @Loaders() loaders: RequestLoaders,
  ): Promise<User> {
    return toUser(
      await required(loaders.get(this.users.byId).load(review.reviewerId), 'User'),
      viewer,
    );
  }
}

@Resolver(() => Milestone)
export class MilestoneResolver {
  @ResolveField(() => CalendarDate, {
    nullable: true,
    description: 'A day in the hub’s time zone.',
  })
  dueOn(@Parent() milestone: MilestoneRow): string | null {
    return milestone.dueOn ? milestone.dueOn.toISOString().slice(0, 10) : null;
  }
}

/** Stakeholder.projects: what projects add to a profile. */
@Resolver(() => Stakeholder)
export class StakeholderProjectsResolver {
  constructor(private readonly relations: ProjectLoaders) {}

  @ResolveField(() => ProjectConnection, {
    description: 'The public projects it leads (APPROVED onwards, not cancelled), newest first.',
  })
  projects(
    @Parent() stakeholder: StakeholderRow,
    @Args() { first, after }: PageArgs,
    @Loaders() loaders: RequestLoaders,
  ): Promise<ConnectionShape<ProjectRow>> {
    const key = { parentId: stakeholder.id, first, after };
    return loaders.get(this.relations.publicPageByStakeholder).load(key);
  }
}
