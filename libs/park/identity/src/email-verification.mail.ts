import { MailMessage } from '@park/platform/mail';
import { accountLinkMail, AccountLinkWords, MailLanguage } from './account-link.mail';

const WORDS: Record<MailLanguage, AccountLinkWords> = {
  ko: {
    subject: '[파크 커먼즈] 이메일 주소를 확인해 주세요',
    heading: '이메일 주소 확인',
    greeting: (name: string) => `${name}님,`,
    body: '파크 커먼즈에 가입한 주소가 맞는지 아래 링크를 열어 확인해 주세요.',
    expiry: (hours: number) => `링크는 ${hours}시간 동안 한 번만 쓸 수 있습니다.`,
    action: '이메일 주소 확인하기',
    why: '파크 커먼즈에 가입하지 않았다면 이 메일을 무시하세요.',
    account: '내 계정',
  },
  en: {
    subject: '[Park Commons] Confirm your e-mail address',
    heading: 'Confirm your e-mail address',
    greeting: (name: string) => `Hello ${name},`,
    body: 'Please confirm that this is your e-mail address by opening this link.',
    expiry: (hours: number) => `The link works once, for ${hours} hours.`,
    action: 'Confirm my address',
    why: 'If you did not sign up for Park Commons, ignore this mail.',
    account: 'Your account',
  },
};

/** The verification link's mail, in the account's language. */
export function emailVerificationMail(
  user: { email: string; displayName: string; locale: string },
  link: { url: string; hours: number; accountUrl: string },
): Promise<MailMessage> {
  return accountLinkMail(WORDS, user, link);
}
