import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AuthUser, CurrentUser, Public } from '@park/platform/auth';
import {
  Stakeholder as StakeholderRow,
  StakeholderMember as StakeholderMemberRow,
} from '@park/platform/database';
import { ConnectionShape, IdArg, Loaders, RequestLoaders } from '@park/platform/graphql';
import { DirectoryAccess } from './directory-access';
import { DirectoryLoaders } from './directory.loaders';
import { MembershipFacts } from './membership-facts';
import {
  StakeholderAction,
  StakeholderActionEnum,
  stakeholderActions,
} from './stakeholder-actions';
import { actsFor } from './stakeholder-roles';
import {
  CreateStakeholderInput,
  StakeholdersArgs,
  UpdateStakeholderArgs,
} from './stakeholder.input';
import { Stakeholder, StakeholderConnection, StakeholderMember } from './stakeholder.model';
import { StakeholderService } from './stakeholder.service';

@Resolver(() => Stakeholder)
export class StakeholderResolver {
  constructor(
    private readonly directory: StakeholderService,
    private readonly access: DirectoryAccess,
    private readonly relations: DirectoryLoaders,
    private readonly memberships: MembershipFacts,
  ) {}

  @Public()
  @Query(() => StakeholderConnection, {
    description: 'The park’s directory: filter, search, page.',
  })
  stakeholders(@Args() args: StakeholdersArgs): Promise<ConnectionShape<StakeholderRow>> {
    return this.directory.list(args);
  }

  @Public()
  @Query(() => Stakeholder, {
    nullable: true,
    description: 'One stakeholder’s profile, for anyone; null when there is none with this id.',
  })
  stakeholder(@IdArg() id: string): Promise<StakeholderRow | null> {
    return this.directory.find(id);
  }

  @Mutation(() => Stakeholder, { description: 'Create a profile; you become its OWNER.' })
  createStakeholder(
    @CurrentUser() viewer: AuthUser,
    @Args('input') input: CreateStakeholderInput,
  ): Promise<StakeholderRow> {
    return this.directory.create(viewer, input);
  }

  @Mutation(() => Stakeholder, { description: 'Owners and admins; `version` must be current.' })
  updateStakeholder(
    @CurrentUser() viewer: AuthUser,
    @Args() args: UpdateStakeholderArgs,
  ): Promise<StakeholderRow> {
    return this.directory.update(viewer, args);
  }

  @Mutation(() => Stakeholder, { description: 'Park admins: mark the stakeholder checked.' })
  verifyStakeholder(@CurrentUser() viewer: AuthUser, @IdArg() id: string): Promise<StakeholderRow> {
    return this.directory.verify(viewer, id);
  }

  @ResolveField(() => String, { nullable: true })
  async contactEmail(
    @Parent() stakeholder: StakeholderRow,
    @CurrentUser() viewer: AuthUser | undefined,
    @Loaders() loaders: RequestLoaders,
  ): Promise<string | null> {
    if (!viewer || !stakeholder.contactEmail) return null;
    const roles = await loaders.get(this.access.rolesOf).load(viewer);
    if (this.access.maySeeContact(roles, stakeholder.id)) return stakeholder.contactEmail;
    if (!roles.memberHubIds.size) return null;
    // The loader Stakeholder.memberships uses: one statement for both fields.
    const memberships = await loaders.get(this.memberships.byStakeholder).load(stakeholder.id);
    const memberOf = memberships.filter((m) => m.status === 'APPROVED').map((m) => m.hubId);
    return this.access.maySeeContact(roles, stakeholder.id, memberOf)
      ? stakeholder.contactEmail
      : null;
  }

  @ResolveField(() => [StakeholderActionEnum], {
    description:
      'What you may do next with it: EDIT and ADD_MEMBER for its owners, admins and park admins; APPLY_FOR_MEMBERSHIP and PROPOSE_PARTNERSHIP for its owners and admins, and PROPOSE_PROJECT once it is an APPROVED member of a hub; [] when anonymous.',
  })
  async availableActions(
    @Parent() stakeholder: StakeholderRow,
    @CurrentUser() viewer: AuthUser | undefined,
    @Loaders() loaders: RequestLoaders,
  ): Promise<StakeholderAction[]> {
    if (!viewer) return [];
    const roles = await loaders.get(this.access.rolesOf).load(viewer);
    // Only those who act for it need its memberships (the loader Stakeholder.memberships uses).
    const memberOf = actsFor(roles.stakeholderRoles.get(stakeholder.id))
      ? (await loaders.get(this.memberships.byStakeholder).load(stakeholder.id))
          .filter((m) => m.status === 'APPROVED')
          .map((m) => m.hubId)
      : [];
    return stakeholderActions(roles, stakeholder.id, memberOf);
  }

  @ResolveField(() => [StakeholderMember])
  members(
    @Parent() stakeholder: StakeholderRow,
    @Loaders() loaders: RequestLoaders,
  ): Promise<StakeholderMemberRow[]> {
    return loaders.get(this.relations.membersByStakeholder).load(stakeholder.id);
  }
}
