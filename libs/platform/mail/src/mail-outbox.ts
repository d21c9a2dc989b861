import { Injectable, OnModuleInit } from '@nestjs/common';
import { Tx } from '@park/platform/database';
import { JobQueue, JobTasks } from '@park/platform/jobs';
import { Mailer, MailMessage } from './mailer';

export const SEND_MAIL_TASK = 'mail.send';

/**
 * Mail sent through the job queue: queued in the transaction of what it tells of, sent by a
 * worker, retried with backoff while the mail server is down or refusing; nothing is lost and
 * no request waits on SMTP.
 */
@Injectable()
export class MailOutbox implements OnModuleInit {
  constructor(
    private readonly queue: JobQueue,
    private readonly tasks: JobTasks,
    private readonly mailer: Mailer,
  ) {}

  onModuleInit(): void {
    this.tasks.define(SEND_MAIL_TASK, (payload) => this.mailer.send(payload as never));
  }

  queueMail(tx: Tx, message: MailMessage): Promise<void> {
    return this.queue.enqueue(tx, SEND_MAIL_TASK, message);
  }

  queueMails(tx: Tx, messages: MailMessage[]): Promise<void> {
    return this.queue.enqueueMany(tx, SEND_MAIL_TASK, messages);
  }
}
