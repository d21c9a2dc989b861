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

/**
 * The booking-confirmation mail's calendar invitation (METHOD:REQUEST): the spaces lib owns
 * bookings and writes it; null when the booking is gone or no longer on.
 */
export abstract class BookingInvitations {
  abstract invitationOf(bookingId: string, attendee: MailRecipient): Promise<string | null>;
}
