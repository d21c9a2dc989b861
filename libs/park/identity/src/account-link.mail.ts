import { noticeLocale } from '@park/notification';
import { MailMessage, renderMail } from '@park/platform/mail';

/** The languages mail is written in (the notices' own). */
export type MailLanguage = ReturnType<typeof noticeLocale>;

/** What a mail carrying one link for an account says, in one language. */
export interface AccountLinkWords {
  subject: string;
  heading: string;
  greeting: (name: string) => string;
  body: string;
  expiry: (hours: number) => string;
  action: string;
  why: string;
  account: string;
}

/**
 * A mail whose point is one expiring link for an account (a password reset, an address to
 * verify), in the account's language, in the park's MJML layout.
 */
export async function accountLinkMail(
  words: Record<MailLanguage, AccountLinkWords>,
  user: { email: string; displayName: string; locale: string },
  link: { url: string; hours: number; accountUrl: string },
): Promise<MailMessage> {
  const lang = noticeLocale(user.locale);
  const said = words[lang];
  const parts = await renderMail({
    lang,
    heading: said.heading,
    paragraphs: [said.greeting(user.displayName), said.body, said.expiry(link.hours)],
    action: { label: said.action, url: link.url },
    footer: { text: said.why, links: [{ label: said.account, url: link.accountUrl }] },
  });
  return { to: user.email, subject: said.subject, ...parts };
}
