import { Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { toUser, User, UserLoaders } from '@park/identity';
import { AuthUser, CurrentUser } from '@park/platform/auth';
import {
  Stakeholder as StakeholderRow,
  StakeholderInvitation as InvitationRow,
  StakeholderInvitationStatus,
} from '@park/platform/database';
import { IdArg, Loaders, RequestLoaders, required } from '@park/platform/graphql';
import { DirectoryAccess } from './directory-access';
import { DirectoryLoaders } from './directory.loaders';
import {
  InvitationAction,
  InvitationActionEnum,
  invitationActions,
  statusOf,
} from './stakeholder-invitation-actions';
import {
  StakeholderInvitation,
  StakeholderInvitationPayload,
} from './stakeholder-invitation.model';
import { InvitationChange, StakeholderInvitationService } from './stakeholder-invitation.service';
import { StakeholderMemberPayload } from './stakeholder-people.model';
import { MemberChange } from './stakeholder-people.service';
import { mayManage } from './stakeholder-roles';
import { Stakeholder } from './stakeholder.model';

/** Whether the viewer's account has the invited e-mail (through the request's user loader). */
async function isInvitee(
  users: UserLoaders,
  loaders: RequestLoaders,
  viewer: AuthUser,
  invitation: InvitationRow,
): Promise<boolean> {
  const user = await loaders.get(users.byId).load(viewer.id);
  return !!user && user.email.toLowerCase() === invitation.email.toLowerCase();
}

/** The invitee's decisions and the stakeholder's cancelling; the invitation's fields. */
@Resolver(() => StakeholderInvitation)
export class StakeholderInvitationResolver {
  constructor(
    private readonly invitations: StakeholderInvitationService,
    private readonly access: DirectoryAccess,
    private readonly directory: DirectoryLoaders,
    private readonly users: UserLoaders,
  ) {}

  @Mutation(() => StakeholderMemberPayload, {
    description: 'The invited person joins the stakeholder with the invited role.',
  })
  acceptStakeholderInvitation(
    @CurrentUser() viewer: AuthUser,
    @IdArg() id: string,
  ): Promise<MemberChange> {
    return this.invitations.accept(viewer, id);
  }

  @Mutation(() => StakeholderInvitationPayload, {
    description: 'The invited person says no; the stakeholder may invite them again.',
  })
  declineStakeholderInvitation(
    @CurrentUser() viewer: AuthUser,
    @IdArg() id: string,
  ): Promise<InvitationChange> {
    return this.invitations.decline(viewer, id);
  }

  @Mutation(() => StakeholderInvitationPayload, {
    description:
      'Its owners and admins (an OWNER’s invitation: owners) and park admins withdraw a pending invitation.',
  })
  cancelStakeholderInvitation(
    @CurrentUser() viewer: AuthUser,
    @IdArg() id: string,
  ): Promise<InvitationChange> {
    return this.invitations.cancel(viewer, id);
  }

  @ResolveField(() => Stakeholder)
  stakeholder(
    @Parent() invitation: InvitationRow,
    @Loaders() loaders: RequestLoaders,
  ): Promise<StakeholderRow> {
    return required(
      loaders.get(this.directory.stakeholderById).load(invitation.stakeholderId),
      'Stakeholder',
    );
  }

  @ResolveField(() => User, { nullable: true })
  async invitedBy(
    @Parent() invitation: InvitationRow,
    @CurrentUser() viewer: AuthUser | undefined,
    @Loaders() loaders: RequestLoaders,
  ): Promise<User | null> {
    if (!invitation.invitedById) return null;
    const user = await loaders.get(this.users.byId).load(invitation.invitedById);
    return user ? toUser(user, viewer) : null;
  }

  @ResolveField(() => StakeholderInvitationStatus)
  status(@Parent() invitation: InvitationRow): StakeholderInvitationStatus {
    return statusOf(invitation);
  }

  @ResolveField(() => [InvitationActionEnum], {
    description:
      'ACCEPT and DECLINE for the invited person once their e-mail is verified, CANCEL for those who may send it; [] once it is no longer PENDING.',
  })
  async availableActions(
    @Parent() invitation: InvitationRow,
    @CurrentUser() viewer: AuthUser | undefined,
    @Loaders() loaders: RequestLoaders,
  ): Promise<InvitationAction[]> {
    if (!viewer) return [];
    const [roles, invitee] = await Promise.all([
      loaders.get(this.access.rolesOf).load(viewer),
      isInvitee(this.users, loaders, viewer, invitation),
    ]);
    return invitationActions(invitation, roles, {
      isInvitee: invitee,
      emailVerified: viewer.emailVerified,
    });
  }
}

/** `Stakeholder.invitations` and `me { stakeholderInvitations }`. */
@Resolver(() => Stakeholder)
export class StakeholderInvitationsResolver {
  constructor(
    private readonly access: DirectoryAccess,
    private readonly directory: DirectoryLoaders,
  ) {}

  @ResolveField(() => [StakeholderInvitation], {
    nullable: true,
    description:
      'Its pending invitations (not expired), oldest first: for its owners, admins and park admins; null for everyone else.',
  })
  async invitations(
    @Parent() stakeholder: StakeholderRow,
    @CurrentUser() viewer: AuthUser | undefined,
    @Loaders() loaders: RequestLoaders,
  ): Promise<InvitationRow[] | null> {
    if (!viewer) return null;
    const roles = await loaders.get(this.access.rolesOf).load(viewer);
    if (!mayManage(roles, stakeholder.id)) return null;
    return loaders.get(this.directory.openInvitationsByStakeholder).load(stakeholder.id);
  }
}

/** node(id) and notification subjects: the invitee, the stakeholder's managers, park admins. */
export async function visibleInvitation(
  access: DirectoryAccess,
  directory: DirectoryLoaders,
  users: UserLoaders,
  viewer: AuthUser | undefined,
  id: string,
  loaders: RequestLoaders,
): Promise<InvitationRow | null> {
  if (!viewer) return null;
  const invitation = await loaders.get(directory.invitationById).load(id);
  if (!invitation) return null;
  const roles = await loaders.get(access.rolesOf).load(viewer);
  if (mayManage(roles, invitation.stakeholderId)) return invitation;
  return (await isInvitee(users, loaders, viewer, invitation)) ? invitation : null;
}
