import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { DirectoryAccess } from '@park/directory';
import { toUser, User, UserLoaders } from '@park/identity';
import { AuthUser, CurrentUser } from '@park/platform/auth';
import {
  Partnership as PartnershipRow,
  PartnershipComment as CommentRow,
} from '@park/platform/database';
import {
  ConnectionShape,
  emptyConnection,
  Loaders,
  PageArgs,
  RequestLoaders,
} from '@park/platform/graphql';
import { isParticipant } from './partnership-access';
import {
  PartnershipComment,
  PartnershipCommentConnection,
  PartnershipCommentPayload,
} from './partnership-comments.model';
import { PartnershipCommentService } from './partnership-comments.service';
import { AddPartnershipCommentArgs } from './partnership.input';
import { PartnershipLoaders } from './partnership.loaders';
import { Partnership } from './partnership.model';

@Resolver(() => PartnershipComment)
export class PartnershipCommentResolver {
  constructor(
    private readonly comments: PartnershipCommentService,
    private readonly users: UserLoaders,
  ) {}

  @Mutation(() => PartnershipCommentPayload, {
    description: 'The two parties’ people and the hub’s staff; everyone else is FORBIDDEN.',
  })
  addPartnershipComment(
    @CurrentUser() viewer: AuthUser,
    @Args() { id, body }: AddPartnershipCommentArgs,
  ): Promise<{ partnership: PartnershipRow; comment: CommentRow }> {
    return this.comments.add(viewer, id, body);
  }

  @ResolveField(() => User, { nullable: true })
  async author(
    @Parent() comment: CommentRow,
    @CurrentUser() viewer: AuthUser | undefined,
    @Loaders() loaders: RequestLoaders,
  ): Promise<User | null> {
    if (!comment.authorId) return null;
    const row = await loaders.get(this.users.byId).load(comment.authorId);
    return row ? toUser(row, viewer) : null;
  }
}

/** Partnership.comments: the thread, for the people in it. */
@Resolver(() => Partnership)
export class PartnershipThreadResolver {
  constructor(
    private readonly access: DirectoryAccess,
    private readonly relations: PartnershipLoaders,
  ) {}

  @ResolveField(() => PartnershipCommentConnection, {
    description:
      'Oldest first, for the two parties’ people, the hub’s staff and park admins; ' +
      'empty for everyone else.',
  })
  async comments(
    @Parent() partnership: PartnershipRow,
    @CurrentUser() viewer: AuthUser | undefined,
    @Args() { first, after }: PageArgs,
    @Loaders() loaders: RequestLoaders,
  ): Promise<ConnectionShape<CommentRow>> {
    if (!viewer) return emptyConnection();
    const roles = await loaders.get(this.access.rolesOf).load(viewer);
    if (!isParticipant(roles, partnership)) return emptyConnection();
    const key = { parentId: partnership.id, first, after };
    return loaders.get(this.relations.commentPageByPartnership).load(key);
  }
}
