/** One message to one person: plain text always, HTML beside it when rendered from a layout. */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html?: string;
  /** One-click unsubscribe (RFC 8058): sets List-Unsubscribe and List-Unsubscribe-Post. */
  unsubscribeUrl?: string;
  /**
   * An iCalendar invitation (RFC 5546, e.g. METHOD:REQUEST), sent as the text/calendar part
   * mail clients offer to add to a calendar, and as an `.ics` attachment.
   */
  calendar?: { method: 'REQUEST' | 'CANCEL'; content: string; filename: string };
}

/** Sends mail. Features depend on this, never on a transport. */
export abstract class Mailer {
  abstract send(message: MailMessage): Promise<void>;
}
