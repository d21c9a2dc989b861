import { Injectable } from '@nestjs/common';
import { Tx, WorkflowRunner } from '@park/platform/workflow';
import { EventRepository } from './event.repository';

/** An event lives and dies with its booking: rejected or cancelled, the event is off. */
@Injectable()
export class EventLifecycle {
  constructor(
    private readonly events: EventRepository,
    private readonly workflow: WorkflowRunner,
  ) {}

  /**
   * In the booking's transaction: cancels the event its booking holds, if any, gives up its
   * RSVPs and tells everyone who held a seat or a waitlist place (but the actor).
   */
  async endWithBooking(tx: Tx, bookingId: string, actorId: string | null, now: Date) {
    const event = await this.events.lockForBooking(tx, bookingId);
    if (!event || event.cancelledAt) return;
    const attendees = await this.events.placeHolders(tx, event.id);
    await this.events.cancel(tx, event.id, now);
    const subject = { entityType: 'Event', entityId: event.id };
    await this.workflow.record(tx, actorId, 'Event.cancel', subject, { bookingId });
    await this.workflow.announce(
      tx,
      subject,
      attendees
        .filter((userId) => userId !== actorId)
        .map((recipientId) => ({
          recipientId,
          kind: 'EVENT_CANCELLED' as const,
          params: { event: event.title, startsAt: event.startsAt.toISOString() },
        })),
    );
  }
}
