import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { User } from '@park/identity';
import { AuthUser, CurrentUser, isViewer } from '@park/platform/auth';
import {
  HubStaff as HubStaffRow,
  StakeholderInvitation as InvitationRow,
  StakeholderMember as StakeholderMemberRow,
} from '@park/platform/database';
import { Loaders, RequestLoaders } from '@park/platform/graphql';
import { DirectoryLoaders } from './directory.loaders';
import { HubStaff } from './hub.model';
import { StakeholderInvitation } from './stakeholder-invitation.model';
import { StakeholderMember } from './stakeholder.model';

/** Where the viewer belongs in the directory: `me { stakeholders hubStaff }`. */
@Resolver(() => User)
export class ViewerDirectoryResolver {
  constructor(private readonly directory: DirectoryLoaders) {}

  @ResolveField(() => [StakeholderMember], {
    nullable: true,
    description:
      'The stakeholders you belong to, with your role in each (owners first); each stakeholder leads on to its memberships. Only for yourself; null for others.',
  })
  async stakeholders(
    @Parent() user: User,
    @CurrentUser() viewer: AuthUser | undefined,
    @Loaders() loaders: RequestLoaders,
  ): Promise<StakeholderMemberRow[] | null> {
    if (!isViewer(viewer, user.id)) return null;
    return loaders.get(this.directory.seatsByUser).load(user.id);
  }

  @ResolveField(() => [StakeholderInvitation], {
    nullable: true,
    description:
      'Pending invitations to your e-mail (not expired), newest first, including those sent before you signed up. Only for yourself; null for others.',
  })
  async stakeholderInvitations(
    @Parent() user: User,
    @CurrentUser() viewer: AuthUser | undefined,
    @Loaders() loaders: RequestLoaders,
  ): Promise<InvitationRow[] | null> {
    if (!isViewer(viewer, user.id)) return null;
    return loaders.get(this.directory.openInvitationsByUser).load(user.id);
  }

  @ResolveField(() => [HubStaff], {
    nullable: true,
    description: 'Your posts as hub staff, in the hubs’ order. Only for yourself; null for others.',
  })
  async hubStaff(
    @Parent() user: User,
    @CurrentUser() viewer: AuthUser | undefined,
    @Loaders() loaders: RequestLoaders,
  ): Promise<HubStaffRow[] | null> {
    if (!isViewer(viewer, user.id)) return null;
    return loaders.get(this.directory.staffPostsByUser).load(user.id);
  }
}
