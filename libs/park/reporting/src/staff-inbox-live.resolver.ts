import { Args, Context, Resolver, Subscription } from '@nestjs/graphql';
import { AuthUser, CurrentUser } from '@park/platform/auth';
import { DomainError, RequestLoaders } from '@park/platform/graphql';
import { LiveContext, LiveServer } from '@park/platform/live';
import { StaffInboxArgs } from './staff-inbox.input';
import { StaffInbox } from './staff-inbox.model';
import { StaffInboxService } from './staff-inbox.service';

/** The staff inbox as it changes: any committed workflow step may move a count. */
@Resolver()
export class StaffInboxLiveResolver {
  constructor(
    private readonly service: StaffInboxService,
    private readonly live: LiveServer,
  ) {}

  @Subscription(() => StaffInbox, {
    description:
      'The inbox of `staffInbox` again each time one of its counts changes, read with the ' +
      'rules of staffInbox when it changes: who is no longer staff of a hub hears no more of it.',
    resolve: (value: StaffInbox) => value,
  })
  async staffInboxChanged(
    @CurrentUser() viewer: AuthUser,
    @Args() { hubId }: StaffInboxArgs,
    @Context() context: LiveContext,
  ) {
    // Refused up front as the query would be (FORBIDDEN, NOT_FOUND).
    const first = await this.service.open(viewer, hubId, new RequestLoaders());
    let last = JSON.stringify(await this.service.counts(first));
    return this.live.stream(
      context,
      'workflow.changed',
      () => true,
      async (_change, now, loaders) => {
        const inbox = await this.service.open(now, hubId, loaders).catch((error: unknown) => {
          if (error instanceof DomainError) return null;
          throw error;
        });
        if (!inbox) return null;
        const counts = JSON.stringify(await this.service.counts(inbox));
        if (counts === last) return null;
        last = counts;
        return inbox;
      },
    );
  }
}
