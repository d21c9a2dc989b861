import { Args, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Hub } from '@park/directory';
import { Hub as HubRow, Membership as MembershipRow } from '@park/platform/database';
import { ConnectionShape } from '@park/platform/graphql';
import { HubMembersArgs } from './membership.input';
import { MembershipConnection } from './membership.model';
import { MembershipService } from './membership.service';

/** Hub.members: what memberships add to a hub. */
@Resolver(() => Hub)
export class HubMembershipResolver {
  constructor(private readonly memberships: MembershipService) {}

  @ResolveField(() => MembershipConnection, {
    description: 'APPROVED members, longest-standing first.',
  })
  members(
    @Parent() hub: HubRow,
    @Args() args: HubMembersArgs,
  ): Promise<ConnectionShape<MembershipRow>> {
    return this.memberships.members(hub.id, args.first, args.after);
  }
}
