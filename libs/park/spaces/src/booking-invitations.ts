import { Injectable } from '@nestjs/common';
import { BookingInvitation, BookingInvitations, MailRecipient } from '@park/notification';
import { AppConfig } from '@park/platform/config';
import { invitationText } from './calendar-feed.ics';
import { bookingStatus, CalendarFeedService } from './calendar-feed.service';
import { BookingRepository } from './booking.repository';
import { SpaceRepository } from './space.repository';

/**
 * The notification lib's BookingInvitations port: the booking as its mails' calendar part, a
 * METHOD:REQUEST invitation while it stands and a METHOD:CANCEL once it is off, with the same UID
 * and SEQUENCE as in the booker's feed, so a calendar that has both keeps one entry (and drops it
 * on the cancellation). The park (MAIL_FROM) organises; the booker attends.
 */
@Injectable()
export class BookingInvitationMail extends BookingInvitations {
  private readonly organizer: { name: string; email: string };

  constructor(
    private readonly bookings: BookingRepository,
    private readonly spaces: SpaceRepository,
    private readonly feeds: CalendarFeedService,
    config: AppConfig,
  ) {
    super();
    this.organizer = mailbox(config.get('MAIL_FROM'));
  }

  async invitationOf(
    bookingId: string,
    attendee: MailRecipient,
  ): Promise<BookingInvitation | null> {
    const booking = await this.bookings.findById(bookingId);
    // A pending booking is in no one's calendar yet: its approval's mail brings it.
    if (!booking || booking.status === 'PENDING') return null;
    const method = bookingStatus(booking.status) === 'CANCELLED' ? 'CANCEL' : 'REQUEST';
    const space = await this.spaces.findById(booking.spaceId);
    if (!space) return null;
    const entry = this.feeds.bookingEntry({
      ...booking,
      spaceName: space.name,
      sequence: booking.revision,
    });
    const content = invitationText(
      entry,
      this.organizer,
      { name: attendee.displayName, email: attendee.email },
      method,
    );
    return { method, content };
  }
}

/** "Name <address>" or a bare address, as MAIL_FROM is written. */
function mailbox(from: string): { name: string; email: string } {
  const named = /^\s*"?([^"<]*?)"?\s*<([^>]+)>\s*$/.exec(from);
  if (named) return { name: named[1] || 'Park Commons', email: named[2].trim() };
  return { name: 'Park Commons', email: from.trim() };
}
