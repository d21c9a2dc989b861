export { MailModule } from './mail.module';
export { MailMessage, Mailer } from './mailer';
