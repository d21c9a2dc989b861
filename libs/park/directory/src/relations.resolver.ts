import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { toUser, User, UserLoaders } from '@park/identity';
import { AuthUser, CurrentUser } from '@park/platform/auth';
import {
  Hub as HubRow,
  HubStaff as HubStaffRow,
  Stakeholder as StakeholderRow,
  StakeholderMember as StakeholderMemberRow,
} from '@park/platform/database';
import { Loaders, RequestLoaders, required } from '@park/platform/graphql';
import { registerActionEnum } from '@park/platform/workflow';
import { DirectoryAccess } from './directory-access';
import { DirectoryLoaders } from './directory.loaders';
import { Hub, HubStaff } from './hub.model';
import { MemberAction, memberActions } from './stakeholder-people-rules';
import { Stakeholder, StakeholderMember } from './stakeholder.model';

const MemberActionEnum = registerActionEnum<MemberAction>(
  'StakeholderMemberAction',
  ['changeRole', 'remove', 'transferOwnership', 'leave'],
  'What the viewer may do with one of a stakeholder’s people (docs/api.md).',
);

/** People shown through the directory: the email only to themselves and park admins. */
async function person(
  users: UserLoaders,
  loaders: RequestLoaders,
  userId: string,
  viewer: AuthUser | undefined,
): Promise<User> {
  return toUser(await required(loaders.get(users.byId).load(userId), 'User'), viewer);
}

@Resolver(() => StakeholderMember)
export class StakeholderMemberResolver {
  constructor(
    private readonly users: UserLoaders,
    private readonly directory: DirectoryLoaders,
    private readonly access: DirectoryAccess,
  ) {}

  @ResolveField(() => [MemberActionEnum], {
    description:
      'What you may do with this person: CHANGE_ROLE changeStakeholderMemberRole, REMOVE removeStakeholderMember, TRANSFER_OWNERSHIP transferStakeholderOwnership (someone else), LEAVE leaveStakeholder (yourself); by the rules of “A stakeholder’s people”; [] when anonymous.',
  })
  async availableActions(
    @Parent() member: StakeholderMemberRow,
    @CurrentUser() viewer: AuthUser | undefined,
    @Loaders() loaders: RequestLoaders,
  ): Promise<MemberAction[]> {
    if (!viewer) return [];
    // The loaders Stakeholder.members and the stakeholder's own actions use: no statement per person.
    const [roles, people] = await Promise.all([
      loaders.get(this.access.rolesOf).load(viewer),
      loaders.get(this.directory.membersByStakeholder).load(member.stakeholderId),
    ]);
    const owners = people.filter((person) => person.role === 'OWNER').length;
    const actor = {
      isParkAdmin: roles.isParkAdmin,
      role: roles.stakeholderRoles.get(member.stakeholderId),
    };
    return memberActions(actor, member.userId === viewer.id, member.role, owners);
  }

  @ResolveField(() => Stakeholder, { description: 'The stakeholder this seat is in.' })
  stakeholder(
    @Parent() member: StakeholderMemberRow,
    @Loaders() loaders: RequestLoaders,
  ): Promise<StakeholderRow> {
    return required(
      loaders.get(this.directory.stakeholderById).load(member.stakeholderId),
      'Stakeholder',
    );
  }

  @ResolveField(() => User)
  user(
    @Parent() member: StakeholderMemberRow,
    @CurrentUser() viewer: AuthUser | undefined,
    @Loaders() loaders: RequestLoaders,
  ): Promise<User> {
    return person(this.users, loaders, member.userId, viewer);
  }
}

@Resolver(() => HubStaff)
export class HubStaffResolver {
  constructor(
    private readonly users: UserLoaders,
    private readonly directory: DirectoryLoaders,
  ) {}

  @ResolveField(() => User)
  user(
    @Parent() post: HubStaffRow,
    @CurrentUser() viewer: AuthUser | undefined,
    @Loaders() loaders: RequestLoaders,
  ): Promise<User> {
    return person(this.users, loaders, post.userId, viewer);
  }

  @ResolveField(() => Hub)
  hub(@Parent() post: HubStaffRow, @Loaders() loaders: RequestLoaders): Promise<HubRow> {
    return required(loaders.get(this.directory.hubById).load(post.hubId), 'Hub');
  }
}
