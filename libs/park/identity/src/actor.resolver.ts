import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { AuditLogEntry } from '@park/notification';
import { AuthUser, CurrentUser } from '@park/platform/auth';
import { Loaders, RequestLoaders } from '@park/platform/graphql';
import { WorkflowEvent } from '@park/platform/workflow';
import { UserLoaders } from './user.loaders';
import { toUser } from './user.mapper';
import { User } from './user.model';

const ACTOR = { nullable: true, description: 'Who did it; null if the account was deleted.' };

/** Who made a step or an audited action: the User itself, so a client caches one person once. */
abstract class ActorResolver {
  constructor(protected readonly users: UserLoaders) {}

  protected async actorOf(
    actorId: string | null,
    viewer: AuthUser | undefined,
    loaders: RequestLoaders,
  ): Promise<User | null> {
    if (!actorId) return null;
    const row = await loaders.get(this.users.byId).load(actorId);
    return row ? toUser(row, viewer) : null;
  }
}

@Resolver(() => WorkflowEvent)
export class WorkflowActorResolver extends ActorResolver {
  constructor(users: UserLoaders) {
    super(users);
  }

  @ResolveField(() => User, ACTOR)
  actor(
    @Parent() event: WorkflowEvent,
    @CurrentUser() viewer: AuthUser | undefined,
    @Loaders() loaders: RequestLoaders,
  ): Promise<User | null> {
    return this.actorOf(event.actorId, viewer, loaders);
  }
}

@Resolver(() => AuditLogEntry)
export class AuditActorResolver extends ActorResolver {
  constructor(users: UserLoaders) {
    super(users);
  }

  @ResolveField(() => User, ACTOR)
  actor(
    @Parent() entry: AuditLogEntry,
    @CurrentUser() viewer: AuthUser | undefined,
    @Loaders() loaders: RequestLoaders,
  ): Promise<User | null> {
    return this.actorOf(entry.actorId, viewer, loaders);
  }
}
