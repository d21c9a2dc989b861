import { Injectable, Logger } from '@nestjs/common';
import { AppConfig } from '@park/platform/config';
import { randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { createTransport, Transporter } from 'nodemailer';
import { MailMessage, Mailer } from './mailer';

/**
 * SMTP when SMTP_URL is set; otherwise each message is written as an .eml file to
 * MAIL_OUTBOX_DIR and its path logged, so a development machine drops nothing.
 */
@Injectable()
export class NodemailerMailer extends Mailer {
  private readonly logger = new Logger('Mailer');
  private readonly transport: Transporter;
  private readonly from: string;
  private readonly outbox?: string;

  constructor(config: AppConfig) {
    super();
    this.from = config.get('MAIL_FROM');
    const smtp = config.get('SMTP_URL');
    if (smtp) {
      this.transport = createTransport(smtp);
    } else {
      this.outbox = resolve(config.get('MAIL_OUTBOX_DIR'));
      this.transport = createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
      const say = `SMTP_URL is not set: mail is written as .eml files to ${this.outbox}, not sent`;
      if (config.isProduction) this.logger.warn(say);
      else this.logger.log(say);
    }
  }

  async send(message: MailMessage): Promise<void> {
    const { unsubscribeUrl, calendar, ...content } = message;
    const sent = await this.transport.sendMail({
      from: this.from,
      ...content,
      ...(calendar && {
        icalEvent: {
          method: calendar.method,
          filename: calendar.filename,
          content: calendar.content,
        },
      }),
      ...(unsubscribeUrl && {
        list: { unsubscribe: { url: unsubscribeUrl, comment: 'Unsubscribe' } },
        headers: { 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
      }),
    });
    if (!this.outbox) return;
    await mkdir(this.outbox, { recursive: true });
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    const path = join(this.outbox, `${stamp}-${randomUUID()}.eml`);
    await writeFile(path, sent.message as Buffer);
    this.logger.log({ path, subject: message.subject }, 'mail written to the outbox');
  }
}
