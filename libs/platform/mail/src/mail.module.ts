import { Global, Module } from '@nestjs/common';
import { MailOutbox } from './mail-outbox';
import { Mailer } from './mailer';
import { NodemailerMailer } from './nodemailer-mailer';

@Global()
@Module({
  providers: [{ provide: Mailer, useClass: NodemailerMailer }, MailOutbox],
  exports: [Mailer, MailOutbox],
})
export class MailModule {}
