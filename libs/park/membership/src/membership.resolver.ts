import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { DirectoryAccess } from '@park/directory';
import { AuthUser, CurrentUser } from '@park/platform/auth';
import { Membership as MembershipRow } from '@park/platform/database';
import { ConnectionShape, IdArg, Loaders, RequestLoaders } from '@park/platform/graphql';
import { NoteArgs, WorkflowEvent, WorkflowHistory } from '@park/platform/workflow';
import { MembershipActionEnum } from './membership.enums';
import { MembershipAction, membershipFlow } from './membership.flow';
import { membershipActions, maySeeApplication } from './membership-roles';
import {
  ApplyForMembershipInput,
  MembershipApplicationsArgs,
  MembershipReasonArgs,
} from './membership.input';
import { Membership, MembershipConnection } from './membership.model';
import { MembershipService } from './membership.service';

@Resolver(() => Membership)
export class MembershipResolver {
  private readonly historyOf = this.workflowHistory.loaderFor(membershipFlow.entityType);

  constructor(
    private readonly memberships: MembershipService,
    private readonly access: DirectoryAccess,
    private readonly workflowHistory: WorkflowHistory,
  ) {}

  @Query(() => Membership, {
    nullable: true,
    description: 'For the stakeholder’s people and the hub’s staff; null if none or hidden.',
  })
  membership(@CurrentUser() viewer: AuthUser, @IdArg() id: string): Promise<MembershipRow | null> {
    return this.memberships.find(viewer, id);
  }

  @Query(() => MembershipConnection, { description: 'A hub’s staff work queue, oldest first.' })
  membershipApplications(
    @CurrentUser() viewer: AuthUser,
    @Args() args: MembershipApplicationsArgs,
  ): Promise<ConnectionShape<MembershipRow>> {
    return this.memberships.queue(viewer, args);
  }

  @Mutation(() => Membership, { description: 'An OWNER or ADMIN applies for their stakeholder.' })
  applyForMembership(
    @CurrentUser() viewer: AuthUser,
    @Args('input') input: ApplyForMembershipInput,
  ): Promise<MembershipRow> {
    return this.memberships.apply(viewer, input);
  }

  @Mutation(() => Membership, { description: 'Hub staff: SUBMITTED → UNDER_REVIEW.' })
  startMembershipReview(@CurrentUser() viewer: AuthUser, @IdArg() id: string) {
    return this.memberships.act(viewer, id, 'startReview');
  }

  @Mutation(() => Membership, { description: 'Hub staff: UNDER_REVIEW → APPROVED.' })
  approveMembership(@CurrentUser() viewer: AuthUser, @Args() { id, note }: NoteArgs) {
    return this.memberships.act(viewer, id, 'approve', note);
  }

  @Mutation(() => Membership, { description: 'Hub staff: an open application → REJECTED.' })
  rejectMembership(@CurrentUser() viewer: AuthUser, @Args() { id, reason }: MembershipReasonArgs) {
    return this.memberships.act(viewer, id, 'reject', reason);
  }

  @Mutation(() => Membership, { description: 'Hub staff: APPROVED → SUSPENDED.' })
  suspendMembership(@CurrentUser() viewer: AuthUser, @Args() { id, reason }: MembershipReasonArgs) {
    return this.memberships.act(viewer, id, 'suspend', reason);
  }

  @Mutation(() => Membership, { description: 'Hub staff: SUSPENDED → APPROVED.' })
  reinstateMembership(@CurrentUser() viewer: AuthUser, @IdArg() id: string) {
    return this.memberships.act(viewer, id, 'reinstate');
  }

  @Mutation(() => Membership, { description: 'Hub staff: APPROVED or SUSPENDED → ENDED.' })
  endMembership(@CurrentUser() viewer: AuthUser, @Args() { id, note }: NoteArgs) {
    return this.memberships.act(viewer, id, 'end', note);
  }

  @Mutation(() => Membership, { description: 'The applicant: an open application → WITHDRAWN.' })
  withdrawMembershipApplication(@CurrentUser() viewer: AuthUser, @IdArg() id: string) {
    return this.memberships.act(viewer, id, 'withdraw');
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'For the stakeholder’s people and the hub’s staff; null otherwise.',
  })
  async motivation(
    @Parent() membership: MembershipRow,
    @CurrentUser() viewer: AuthUser | undefined,
    @Loaders() loaders: RequestLoaders,
  ): Promise<string | null> {
    return (await this.related(membership, viewer, loaders)) ? membership.motivation : null;
  }

  @ResolveField(() => [WorkflowEvent], {
    description: 'Every step, oldest first; empty for people outside the application.',
  })
  async history(
    @Parent() membership: MembershipRow,
    @CurrentUser() viewer: AuthUser | undefined,
    @Loaders() loaders: RequestLoaders,
  ): Promise<WorkflowEvent[]> {
    if (!(await this.related(membership, viewer, loaders))) return [];
    return loaders.get(this.historyOf).load(membership.id);
  }

  @ResolveField(() => [MembershipActionEnum], {
    description:
      'What you may do next with it (the flow’s moves your roles allow); [] when anonymous.',
  })
  async availableActions(
    @Parent() membership: MembershipRow,
    @CurrentUser() viewer: AuthUser | undefined,
    @Loaders() loaders: RequestLoaders,
  ): Promise<MembershipAction[]> {
    const roles = viewer ? await loaders.get(this.access.rolesOf).load(viewer) : null;
    return membershipActions(roles, membership);
  }

  private async related(
    membership: MembershipRow,
    viewer: AuthUser | undefined,
    loaders: RequestLoaders,
  ): Promise<boolean> {
    if (!viewer) return false;
    return maySeeApplication(await loaders.get(this.access.rolesOf).load(viewer), membership);
  }
}
