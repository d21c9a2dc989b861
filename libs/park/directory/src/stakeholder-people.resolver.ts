import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { AuthUser, CurrentUser } from '@park/platform/auth';
import { AddStakeholderMemberArgs } from './stakeholder.input';
import {
  ChangeStakeholderMemberRoleArgs,
  StakeholderIdArgs,
  StakeholderPersonArgs,
} from './stakeholder-people.input';
import { StakeholderInvitationPayload } from './stakeholder-invitation.model';
import { InvitationChange, StakeholderInvitationService } from './stakeholder-invitation.service';
import { StakeholderMemberPayload } from './stakeholder-people.model';
import { MemberChange, StakeholderPeopleService } from './stakeholder-people.service';

/** A stakeholder's people; each answers the stakeholder and the person changed. */
@Resolver(() => StakeholderMemberPayload)
export class StakeholderPeopleResolver {
  constructor(
    private readonly people: StakeholderPeopleService,
    private readonly invitations: StakeholderInvitationService,
  ) {}

  @Mutation(() => StakeholderInvitationPayload, {
    description:
      'Invite a colleague by e-mail: they join once they accept (acceptStakeholderInvitation). ' +
      'Answers the same whether or not the e-mail has an account yet.',
  })
  addStakeholderMember(
    @CurrentUser() viewer: AuthUser,
    @Args() args: AddStakeholderMemberArgs,
  ): Promise<InvitationChange> {
    return this.invitations.invite(viewer, args);
  }

  @Mutation(() => StakeholderMemberPayload, {
    description: 'Owners (admins: not an owner) remove one of the stakeholder’s people.',
  })
  removeStakeholderMember(
    @CurrentUser() viewer: AuthUser,
    @Args() args: StakeholderPersonArgs,
  ): Promise<MemberChange> {
    return this.people.remove(viewer, args);
  }

  @Mutation(() => StakeholderMemberPayload, {
    description: 'Owners (admins: between ADMIN and MEMBER) change someone’s role.',
  })
  changeStakeholderMemberRole(
    @CurrentUser() viewer: AuthUser,
    @Args() args: ChangeStakeholderMemberRoleArgs,
  ): Promise<MemberChange> {
    return this.people.changeRole(viewer, args);
  }

  @Mutation(() => StakeholderMemberPayload, {
    description: 'Stop being one of the stakeholder’s people (its last owner cannot).',
  })
  leaveStakeholder(
    @CurrentUser() viewer: AuthUser,
    @Args() args: StakeholderIdArgs,
  ): Promise<MemberChange> {
    return this.people.leave(viewer, args);
  }

  @Mutation(() => StakeholderMemberPayload, {
    description: 'An owner makes another of its people an owner and becomes an admin.',
  })
  transferStakeholderOwnership(
    @CurrentUser() viewer: AuthUser,
    @Args() args: StakeholderPersonArgs,
  ): Promise<MemberChange> {
    return this.people.transferOwnership(viewer, args);
  }
}
