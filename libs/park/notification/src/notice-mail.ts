import { NotificationKind } from '@park/platform/database';
import { MailLayout } from '@park/platform/mail';
import { NoticeLocale } from './notice-messages';

// The words around a notice in its mail and in a digest, per locale; the notice's own words
// come from notice-messages.ts, so the inbox and the mail say the same thing.

export interface MailLinks {
  /** The subject in the console; the inbox when it has no page of its own. */
  subjectUrl: string;
  preferencesUrl: string;
  unsubscribeUrl: string;
}

const WORDS = {
  ko: {
    subject: (message: string) => `[파크 커먼즈] ${shorten(message)}`,
    heading: '새 알림',
    greeting: (name: string) => `${name}님,`,
    open: '콘솔에서 보기',
    why: '파크 커먼즈 알림 메일입니다. 받는 방식은 알림 설정에서 바꿀 수 있습니다.',
    preferences: '알림 설정',
    unsubscribe: '이 메일 수신 거부',
    daily: '오늘의 요약',
    weekly: '이번 주 요약',
    digestIntro: (count: number) => `지난 요약 이후 알림 ${count}건이 도착했습니다.`,
    digestSubject: (title: string, count: number) => `[파크 커먼즈] ${title}: 알림 ${count}건`,
    openInbox: '알림함 열기',
    group: (label: string, count: number) => `${label} ${count}건`,
  },
  en: {
    subject: (message: string) => `[Park Commons] ${shorten(message)}`,
    heading: 'New notification',
    greeting: (name: string) => `Hello ${name},`,
    open: 'Open in the console',
    why: 'You get this from Park Commons. Choose how notifications reach you in your mail preferences.',
    preferences: 'Mail preferences',
    unsubscribe: 'Unsubscribe from these',
    daily: 'Your daily summary',
    weekly: 'Your weekly summary',
    digestIntro: (count: number) => `${count} notification(s) arrived since your last summary.`,
    digestSubject: (title: string, count: number) =>
      `[Park Commons] ${title}: ${count} notification(s)`,
    openInbox: 'Open your inbox',
    group: (label: string, count: number) => `${label} (${count})`,
  },
} satisfies Record<NoticeLocale, unknown>;

// Digest groups are named by area, the staff queues by what waits in them.
const GROUP: Record<NoticeLocale, Record<string, string>> = {
  ko: {
    MEMBERSHIP_APPLICATION_RECEIVED: '새 가입 신청',
    BOOKING_TO_APPROVE: '승인을 기다리는 예약',
    PROJECT_PROPOSED: '새 프로젝트 제안',
    PARTNERSHIP_COMMENT: '협력 댓글',
    MEMBERSHIP: '멤버십',
    PARTNERSHIP: '협력',
    BOOKING: '예약',
    EVENT: '행사',
    PROJECT: '프로젝트',
    COMMITTEE: '위원회',
    STAKEHOLDER: '이해관계자',
  },
  en: {
    MEMBERSHIP_APPLICATION_RECEIVED: 'New applications',
    BOOKING_TO_APPROVE: 'Bookings waiting for approval',
    PROJECT_PROPOSED: 'New project proposals',
    PARTNERSHIP_COMMENT: 'Partnership comments',
    MEMBERSHIP: 'Memberships',
    PARTNERSHIP: 'Partnerships',
    BOOKING: 'Bookings',
    EVENT: 'Events',
    PROJECT: 'Projects',
    COMMITTEE: 'Committees',
    STAKEHOLDER: 'Stakeholders',
  },
};

function groupLabel(kind: NotificationKind, locale: NoticeLocale): string {
  return GROUP[locale][kind] ?? GROUP[locale][kind.split('_')[0]!] ?? kind;
}

function shorten(text: string, max = 90): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function footer(locale: NoticeLocale, links: Omit<MailLinks, 'subjectUrl'>): MailLayout['footer'] {
  const words = WORDS[locale];
  return {
    text: words.why,
    links: [
      { label: words.preferences, url: links.preferencesUrl },
      { label: words.unsubscribe, url: links.unsubscribeUrl },
    ],
  };
}

/** One notice, at once. */
export function noticeMail(
  locale: NoticeLocale,
  name: string,
  message: string,
  links: MailLinks,
): { subject: string; layout: MailLayout } {
  const words = WORDS[locale];
  return {
    subject: words.subject(message),
    layout: {
      lang: locale,
      heading: words.heading,
      paragraphs: [words.greeting(name), message],
      action: { label: words.open, url: links.subjectUrl },
      footer: footer(locale, links),
    },
  };
}

export interface DigestItem {
  kind: NotificationKind;
  message: string;
  createdAt: Date;
}

/** What arrived since the last digest, grouped by kind (the fullest group first), newest first. */
export function digestMail(
  locale: NoticeLocale,
  weekly: boolean,
  name: string,
  items: DigestItem[],
  links: Omit<MailLinks, 'subjectUrl'> & { inboxUrl: string },
): { subject: string; layout: MailLayout } {
  const words = WORDS[locale];
  const groups = new Map<NotificationKind, DigestItem[]>();
  const newestFirst = [...items].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
  for (const item of newestFirst) groups.set(item.kind, [...(groups.get(item.kind) ?? []), item]);
  const ordered = [...groups.entries()].sort((a, b) => b[1].length - a[1].length);
  const title = weekly ? words.weekly : words.daily;
  return {
    subject: words.digestSubject(title, items.length),
    layout: {
      lang: locale,
      heading: title,
      paragraphs: [
        words.greeting(name),
        words.digestIntro(items.length),
        ...ordered.flatMap(([kind, group]) => [
          words.group(groupLabel(kind, locale), group.length),
          ...group.map((item) => `• ${item.message}`),
        ]),
      ],
      action: { label: words.openInbox, url: links.inboxUrl },
      footer: footer(locale, links),
    },
  };
}
