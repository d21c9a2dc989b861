import { Injectable } from '@nestjs/common';
import { MailRecipient, MailRecipients } from '@park/notification';
import { UserRepository } from './user.repository';

/** The notification lib's MailRecipients port: identity owns people and their addresses. */
@Injectable()
export class IdentityMailRecipients extends MailRecipients {
  constructor(private readonly users: UserRepository) {
    super();
  }

  async recipients(ids: readonly string[]): Promise<Map<string, MailRecipient>> {
    if (!ids.length) return new Map();
    const rows = await this.users.findByIds(ids);
    return new Map(
      rows.map((row) => [
        row.id,
        {
          id: row.id,
          email: row.email,
          displayName: row.displayName,
          locale: row.locale,
          timeZone: row.timeZone,
        },
      ]),
    );
  }
}
