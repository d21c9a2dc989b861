import { Args, Query, Resolver } from '@nestjs/graphql';
import { toUser, User, UserConnection } from '@park/identity';
import { AuthUser, CurrentUser } from '@park/platform/auth';
import { ConnectionShape } from '@park/platform/graphql';
import { UsersArgs } from './user-search.input';
import { UserSearchService } from './user-search.service';

@Resolver(() => User)
export class UserSearchResolver {
  constructor(private readonly search: UserSearchService) {}

  @Query(() => UserConnection, {
    description: 'Park admins and hub staff find people (for the mutations that take a userId).',
  })
  async users(
    @CurrentUser() viewer: AuthUser,
    @Args() args: UsersArgs,
  ): Promise<ConnectionShape<User>> {
    const page = await this.search.find(viewer, args);
    return { ...page, edges: page.edges.map((e) => ({ ...e, node: toUser(e.node, viewer) })) };
  }
}
