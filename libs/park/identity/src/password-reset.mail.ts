import { MailMessage } from '@park/platform/mail';
import { accountLinkMail, AccountLinkWords, MailLanguage } from './account-link.mail';

const WORDS: Record<MailLanguage, AccountLinkWords> = {
  ko: {
    subject: '[파크 커먼즈] 비밀번호 재설정',
    heading: '비밀번호 재설정',
    greeting: (name: string) => `${name}님,`,
    body: '파크 관리자가 계정의 비밀번호 재설정 링크를 발급했습니다. 아래 링크에서 새 비밀번호를 정하세요.',
    expiry: (hours: number) =>
      `링크는 ${hours}시간 동안 한 번만 쓸 수 있으며, 재설정하면 모든 기기에서 로그아웃됩니다.`,
    action: '새 비밀번호 정하기',
    why: '요청하지 않았다면 이 메일을 무시하고 파크 관리자에게 알려 주세요.',
    account: '내 계정',
  },
  en: {
    subject: '[Park Commons] Reset your password',
    heading: 'Reset your password',
    greeting: (name: string) => `Hello ${name},`,
    body: 'A park admin issued a link to reset the password of your account. Choose a new one here.',
    expiry: (hours: number) =>
      `The link works once, for ${hours} hours; resetting signs you out everywhere.`,
    action: 'Choose a new password',
    why: 'If you did not ask for this, ignore this mail and tell a park admin.',
    account: 'Your account',
  },
};

/** The reset link's mail, in the account's language. */
export function passwordResetMail(
  user: { email: string; displayName: string; locale: string },
  link: { url: string; hours: number; accountUrl: string },
): Promise<MailMessage> {
  return accountLinkMail(WORDS, user, link);
}
