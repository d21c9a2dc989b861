import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { DirectoryAccess, DirectoryLoaders, Hub, Stakeholder, ViewerRoles } from '@park/directory';
import { AuthUser, CurrentUser, Public } from '@park/platform/auth';
import {
  Hub as HubRow,
  PartnershipDataSharing as DataSharingRow,
  Partnership as PartnershipRow,
  Stakeholder as StakeholderRow,
} from '@park/platform/database';
import { ConnectionShape, IdArg, Loaders, RequestLoaders, required } from '@park/platform/graphql';
import { NoteArgs, WorkflowEvent, WorkflowHistory } from '@park/platform/workflow';
import { isParticipant, partnershipActions } from './partnership-access';
import { PartnershipActionEnum } from './partnership.enums';
import { fromDateColumn } from './partnership-rules';
import { partnershipFlow, PartnershipNextAction } from './partnership.flow';
import {
  PartnershipReasonArgs,
  PartnershipsArgs,
  ProposePartnershipInput,
} from './partnership.input';
import { PartnershipLoaders } from './partnership.loaders';
import { DataSharing, Partnership, PartnershipConnection } from './partnership.model';
import { PartnershipService } from './partnership.service';

@Resolver(() => Partnership)
export class PartnershipResolver {
  private readonly historyOf = this.workflowHistory.loaderFor(partnershipFlow.entityType);

  constructor(
    private readonly service: PartnershipService,
    private readonly access: DirectoryAccess,
    private readonly directory: DirectoryLoaders,
    private readonly relations: PartnershipLoaders,
    private readonly workflowHistory: WorkflowHistory,
  ) {}

  @Public()
  @Query(() => Partnership, {
    nullable: true,
    description:
      'ACTIVE and COMPLETED ones for anyone; the others for their participants only; null if none or hidden.',
  })
  async partnership(
    @CurrentUser() viewer: AuthUser | undefined,
    @IdArg() id: string,
    @Loaders() loaders: RequestLoaders,
  ): Promise<PartnershipRow | null> {
    return this.service.find(viewer ?? null, id, loaders);
  }

  @Public()
  @Query(() => PartnershipConnection, {
    description: 'Newest first: the public ones, and those the viewer takes part in.',
  })
  async partnerships(
    @CurrentUser() viewer: AuthUser | undefined,
    @Args() args: PartnershipsArgs,
    @Loaders() loaders: RequestLoaders,
  ): Promise<ConnectionShape<PartnershipRow>> {
    return this.service.list(await this.rolesOf(viewer, loaders), args);
  }

  @Mutation(() => Partnership, { description: 'An OWNER or ADMIN proposes for their stakeholder.' })
  proposePartnership(
    @CurrentUser() viewer: AuthUser,
    @Args('input') input: ProposePartnershipInput,
  ): Promise<PartnershipRow> {
    return this.service.propose(viewer, input);
  }

  @Mutation(() => Partnership, { description: 'The partner’s OWNER/ADMIN: PROPOSED → AGREED.' })
  acceptPartnership(@CurrentUser() viewer: AuthUser, @IdArg() id: string) {
    return this.service.act(viewer, id, 'accept');
  }

  @Mutation(() => Partnership, { description: 'The partner’s OWNER/ADMIN: PROPOSED → DECLINED.' })
  declinePartnership(@CurrentUser() viewer: AuthUser, @Args() args: PartnershipReasonArgs) {
    return this.service.act(viewer, args.id, 'decline', args.reason);
  }

  @Mutation(() => Partnership, { description: 'Hub staff: AGREED → ACTIVE.' })
  approvePartnership(@CurrentUser() viewer: AuthUser, @Args() args: NoteArgs) {
    return this.service.act(viewer, args.id, 'approve', args.note);
  }

  @Mutation(() => Partnership, { description: 'Hub staff: AGREED → REJECTED.' })
  rejectPartnership(@CurrentUser() viewer: AuthUser, @Args() args: PartnershipReasonArgs) {
    return this.service.act(viewer, args.id, 'reject', args.reason);
  }

  @Mutation(() => Partnership, {
    description: 'Either party’s OWNER/ADMIN or hub staff: ACTIVE → TERMINATED.',
  })
  terminatePartnership(@CurrentUser() viewer: AuthUser, @Args() args: PartnershipReasonArgs) {
    return this.service.act(viewer, args.id, 'terminate', args.reason);
  }

  @Mutation(() => Partnership, { description: 'Hub staff: ACTIVE → COMPLETED.' })
  completePartnership(@CurrentUser() viewer: AuthUser, @Args() args: NoteArgs) {
    return this.service.act(viewer, args.id, 'complete', args.note);
  }

  @Mutation(() => Partnership, {
    description: 'The proposer’s OWNER/ADMIN: PROPOSED or AGREED → WITHDRAWN.',
  })
  withdrawPartnership(@CurrentUser() viewer: AuthUser, @IdArg() id: string) {
    return this.service.act(viewer, id, 'withdraw');
  }

  @ResolveField(() => Stakeholder)
  proposer(@Parent() partnership: PartnershipRow, @Loaders() loaders: RequestLoaders) {
    return this.stakeholder(partnership.proposerId, loaders);
  }

  @ResolveField(() => Stakeholder)
  partner(@Parent() partnership: PartnershipRow, @Loaders() loaders: RequestLoaders) {
    return this.stakeholder(partnership.partnerId, loaders);
  }

  @ResolveField(() => Hub)
  hub(@Parent() partnership: PartnershipRow, @Loaders() loaders: RequestLoaders): Promise<HubRow> {
    return required(loaders.get(this.directory.hubById).load(partnership.hubId), 'Hub');
  }

  @ResolveField(() => String)
  startsOn(@Parent() partnership: PartnershipRow): string {
    return fromDateColumn(partnership.startsOn);
  }

  @ResolveField(() => String, { nullable: true })
  endsOn(@Parent() partnership: PartnershipRow): string | null {
    return partnership.endsOn ? fromDateColumn(partnership.endsOn) : null;
  }

  @ResolveField(() => DataSharing, {
    nullable: true,
    description: 'DATA partnerships’ terms, for their participants; null otherwise.',
  })
  async dataSharing(
    @Parent() partnership: PartnershipRow,
    @CurrentUser() viewer: AuthUser | undefined,
    @Loaders() loaders: RequestLoaders,
  ): Promise<DataSharingRow | null> {
    if (partnership.kind !== 'DATA') return null;
    if (!isParticipant(await this.rolesOf(viewer, loaders), partnership)) return null;
    return loaders.get(this.relations.dataSharingById).load(partnership.id);
  }

  @ResolveField(() => [WorkflowEvent], {
    description: 'Every step, oldest first; empty for people outside the partnership.',
  })
  async history(
    @Parent() partnership: PartnershipRow,
    @CurrentUser() viewer: AuthUser | undefined,
    @Loaders() loaders: RequestLoaders,
  ): Promise<WorkflowEvent[]> {
    if (!isParticipant(await this.rolesOf(viewer, loaders), partnership)) return [];
    return loaders.get(this.historyOf).load(partnership.id);
  }

  @ResolveField(() => [PartnershipActionEnum], {
    description:
      'What you may do next with it (the flow’s moves your roles allow, COMMENT); [] when anonymous.',
  })
  async availableActions(
    @Parent() partnership: PartnershipRow,
    @CurrentUser() viewer: AuthUser | undefined,
    @Loaders() loaders: RequestLoaders,
  ): Promise<PartnershipNextAction[]> {
    return partnershipActions(await this.rolesOf(viewer, loaders), partnership);
  }

  private stakeholder(id: string, loaders: RequestLoaders): Promise<StakeholderRow> {
    return required(loaders.get(this.directory.stakeholderById).load(id), 'Stakeholder');
  }

  /** The viewer's roles, looked up once per request; null when anonymous. */
  private async rolesOf(
    viewer: AuthUser | undefined,
    loaders: RequestLoaders,
  ): Promise<ViewerRoles | null> {
    return viewer ? loaders.get(this.access.rolesOf).load(viewer) : null;
  }
}
