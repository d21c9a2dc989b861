/** Who a mail goes to, as the identity lib (which owns people) tells it. */
export interface MailRecipient {
  id: string;
  email: string;
  displayName: string;
  locale: string;
  timeZone: string;
}

/**
 * Ports the notification lib's mail needs from features it may not import: identity provides
 * the recipients, the directory hub slugs (for console links). Found through ModuleRef.
 */
export abstract class MailRecipients {
  abstract recipients(ids: readonly string[]): Promise<Map<string, MailRecipient>>;
}

export abstract class HubSlugs {
  abstract slugsOf(hubIds: readonly string[]): Promise<Map<string, string>>;
}

/** A booking as iTIP (RFC 5546): REQUEST while it stands, CANCEL once it is off. */
export interface BookingInvitation {
  method: 'REQUEST' | 'CANCEL';
  content: string;
}

/**
 * The calendar part of a booking's mails: the spaces lib owns bookings and writes it, from the
 * booking as it is when the mail is rendered; null when the booking is gone or still pending.
 */
export abstract class BookingInvitations {
  abstract invitationOf(
    bookingId: string,
    attendee: MailRecipient,
  ): Promise<BookingInvitation | null>;
}
