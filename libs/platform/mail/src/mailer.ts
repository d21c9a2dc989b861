/** One message to one person; plain text until the notification issue brings templates. */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

/** Sends mail. Features depend on this, never on a transport. */
export abstract class Mailer {
  abstract send(message: MailMessage): Promise<void>;
}
