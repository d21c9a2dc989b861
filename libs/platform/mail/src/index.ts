export { MailModule } from './mail.module';
export { MailLayout, renderMail } from './mail-layout';
export { MailOutbox, SEND_MAIL_TASK } from './mail-outbox';
export { MailMessage, Mailer } from './mailer';
