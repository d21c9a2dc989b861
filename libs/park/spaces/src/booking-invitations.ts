import { Injectable } from '@nestjs/common';
import { BookingInvitations, MailRecipient } from '@park/notification';
import { AppConfig } from '@park/platform/config';
import { invitationText } from './calendar-feed.ics';
import { CalendarFeedService } from './calendar-feed.service';
import { BookingRepository } from './booking.repository';
import { SpaceRepository } from './space.repository';

/**
 * The notification lib's BookingInvitations port: the booking as its confirmation mail's
 * METHOD:REQUEST invitation, with the same UID and SEQUENCE as in the booker's feed, so a
 * calendar that has both keeps one entry. The park (MAIL_FROM) organises; the booker attends.
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

  async invitationOf(bookingId: string, attendee: MailRecipient): Promise<string | null> {
    const booking = await this.bookings.findById(bookingId);
    if (!booking || !['CONFIRMED', 'CHECKED_IN'].includes(booking.status)) return null;
    const space = await this.spaces.findById(booking.spaceId);
    if (!space) return null;
    const entry = this.feeds.bookingEntry({
      ...booking,
      spaceName: space.name,
      sequence: booking.revision,
    });
    return invitationText(entry, this.organizer, {
      name: attendee.displayName,
      email: attendee.email,
    });
  }
}

/** "Name <address>" or a bare address, as MAIL_FROM is written. */
function mailbox(from: string): { name: string; email: string } {
  const named = /^\s*"?([^"<]*?)"?\s*<([^>]+)>\s*$/.exec(from);
  if (named) return { name: named[1] || 'Park Commons', email: named[2].trim() };
  return { name: 'Park Commons', email: from.trim() };
}
