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
  AddStakeholderMemberArgs,
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

  @Mutation(() => Stakeholder, { description: 'Add a colleague by the email of their account.' })
  addStakeholderMember(
    @CurrentUser() viewer: AuthUser,
    @Args() args: AddStakeholderMemberArgs,
  ): Promise<StakeholderRow> {
    return this.directory.addMember(viewer, args);
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

  @ResolveField(() => [StakeholderMember])
  members(
    @Parent() stakeholder: StakeholderRow,
    @Loaders() loaders: RequestLoaders,
  ): Promise<StakeholderMemberRow[]> {
    return loaders.get(this.relations.membersByStakeholder).load(stakeholder.id);
  }
}
