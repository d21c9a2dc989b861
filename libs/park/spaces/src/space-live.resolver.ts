import { Context, Resolver, Subscription } from '@nestjs/graphql';
import { Public } from '@park/platform/auth';
import { Space as SpaceRow } from '@park/platform/database';
import { DomainError, IdArg } from '@park/platform/graphql';
import { LiveContext, LiveServer } from '@park/platform/live';
import { Space } from './space.model';
import { SpaceService } from './space.service';

/** A space's free time as bookings of it move (its week view reads `availability` again). */
@Resolver()
export class SpaceLiveResolver {
  constructor(
    private readonly spaces: SpaceService,
    private readonly live: LiveServer,
  ) {}

  // Spaces are public, as `space` is; the socket itself still needs a signed-in session.
  @Public()
  @Subscription(() => Space, {
    description:
      'The space each time one of its bookings is made, moved, decided or cancelled: read ' +
      '`availability` again then.',
    resolve: (value: SpaceRow) => value,
  })
  async availabilityChanged(@IdArg('spaceId') spaceId: string, @Context() context: LiveContext) {
    if (!(await this.spaces.find(spaceId))) throw DomainError.notFound('Space');
    return this.live.stream(
      context,
      'workflow.changed',
      (change) => change.entityType === 'Booking',
      (change) => this.spaces.spaceOfBooking(change.entityId, spaceId),
    );
  }
}
