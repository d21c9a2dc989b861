import { NotificationKind } from '@park/platform/database';
import { NoticeParams } from '@park/platform/workflow';

// The words of every notice, per locale, typed so that a kind without a message in each locale
// does not compile. A typed catalogue, not an ICU library: the one well-kept ICU formatter
// (intl-messageformat 12) is ESM-only, which Jest's CommonJS runtime does not load, and these
// messages need no plural rules; numbers and times go through Intl.

export type NoticeLocale = 'ko' | 'en';

/** `en`, `en-US`, `en_GB` read English; everything else (and nothing) the park's Korean. */
export function noticeLocale(locale: string | null | undefined): NoticeLocale {
  return locale && /^en\b/i.test(locale.replace('_', '-')) ? 'en' : 'ko';
}

type Words = (p: Readonly<NoticeParams>, f: Formats) => string;

interface Formats {
  /** An ISO time as the reader reads it, in the park's zone (Asia/Seoul). */
  time(iso: unknown): string;
  /** The note or reason of a step, after a space; nothing when there is none. */
  note(note: unknown): string;
}

const TIME: Record<NoticeLocale, Intl.DateTimeFormat> = {
  ko: new Intl.DateTimeFormat('ko-KR', {
    timeZone: 'Asia/Seoul',
    dateStyle: 'medium',
    timeStyle: 'short',
  }),
  en: new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Asia/Seoul',
    dateStyle: 'medium',
    timeStyle: 'short',
  }),
};

function formats(locale: NoticeLocale): Formats {
  return {
    time: (iso) => {
      const at = typeof iso === 'string' ? new Date(iso) : null;
      if (!at || Number.isNaN(at.getTime())) return '';
      return `${TIME[locale].format(at)} ${locale === 'ko' ? '(서울)' : 'KST'}`;
    },
    note: (note) => (typeof note === 'string' && note ? ` ${note}` : ''),
  };
}

const PLAN_KO: Record<string, string> = {
  RESIDENT: '입주',
  COWORKING: '코워킹',
  ASSOCIATE: '준회원',
};
const PARTNERSHIP_KIND: Record<NoticeLocale, Record<string, string>> = {
  ko: {
    PROGRAMME: '프로그램',
    DATA: '데이터 공유',
    FUNDING: '재원',
    SPACE_SHARING: '공간 공유',
    RESEARCH: '연구',
  },
  en: {
    PROGRAMME: 'programme',
    DATA: 'data-sharing',
    FUNDING: 'funding',
    SPACE_SHARING: 'space-sharing',
    RESEARCH: 'research',
  },
};
const ROLE: Record<NoticeLocale, Record<string, string>> = {
  ko: { OWNER: '소유자', ADMIN: '관리자', MEMBER: '구성원' },
  en: { OWNER: 'an owner', ADMIN: 'an admin', MEMBER: 'a member' },
};

const membershipKo =
  (what: string): Words =>
  (p, f) =>
    `${p.stakeholder}의 ${p.hub} 멤버십이 ${what}.${f.note(p.note)}`;
const membershipEn =
  (what: string): Words =>
  (p, f) =>
    `${p.stakeholder}’s membership of ${p.hub} ${what}.${f.note(p.note)}`;
const partnershipKo =
  (what: Words): Words =>
  (p, f) =>
    `${p.proposer}와(과) ${p.partner}의 협력 “${p.title}”: ${what(p, f)}.${f.note(p.note)}`;
const partnershipEn =
  (what: Words): Words =>
  (p, f) =>
    `The partnership “${p.title}” between ${p.proposer} and ${p.partner} ${what(p, f)}.${f.note(p.note)}`;
const bookingKo =
  (what: string): Words =>
  (p, f) =>
    `${f.time(p.startsAt)} 예약이 ${what}.${f.note(p.note)}`;
const bookingEn =
  (what: string): Words =>
  (p, f) =>
    `Your booking for ${f.time(p.startsAt)} ${what}.${f.note(p.note)}`;
const projectKo =
  (what: string): Words =>
  (p, f) =>
    `프로젝트 “${p.title}”이(가) ${what}.${f.note(p.note)}`;
const projectEn =
  (what: string): Words =>
  (p, f) =>
    `The project “${p.title}” ${what}.${f.note(p.note)}`;

const CATALOGUE: Record<NoticeLocale, Record<NotificationKind, Words>> = {
  ko: {
    MEMBERSHIP_APPLICATION_RECEIVED: (p) =>
      `${p.stakeholder}이(가) ${p.hub}에 가입을 신청했습니다 (${PLAN_KO[String(p.plan)] ?? p.plan}).`,
    MEMBERSHIP_START_REVIEW: membershipKo('심사 중입니다'),
    MEMBERSHIP_APPROVE: membershipKo('승인되었습니다'),
    MEMBERSHIP_REJECT: membershipKo('거절되었습니다'),
    MEMBERSHIP_WITHDRAW: membershipKo('철회되었습니다'),
    MEMBERSHIP_SUSPEND: membershipKo('정지되었습니다'),
    MEMBERSHIP_REINSTATE: membershipKo('복원되었습니다'),
    MEMBERSHIP_END: membershipKo('종료되었습니다'),
    PARTNERSHIP_PROPOSAL_RECEIVED: (p) =>
      `${p.proposer}이(가) ${p.hub}에서 ${p.partner}에게 ` +
      `${PARTNERSHIP_KIND.ko[String(p.partnershipKind)] ?? ''} 협력을 제안했습니다: “${p.title}”.`,
    PARTNERSHIP_ACCEPT: partnershipKo(
      (p) => `${p.partner}이(가) 수락했고 ${p.hub}이(가) 검토합니다`,
    ),
    PARTNERSHIP_DECLINE: partnershipKo((p) => `${p.partner}이(가) 거절했습니다`),
    PARTNERSHIP_WITHDRAW: partnershipKo((p) => `${p.proposer}이(가) 철회했습니다`),
    PARTNERSHIP_APPROVE: partnershipKo((p) => `${p.hub}이(가) 승인하여 진행 중입니다`),
    PARTNERSHIP_REJECT: partnershipKo((p) => `${p.hub}이(가) 반려했습니다`),
    PARTNERSHIP_COMPLETE: partnershipKo(() => '완료되었습니다'),
    PARTNERSHIP_TERMINATE: partnershipKo(() => '해지되었습니다'),
    PARTNERSHIP_COMMENT: (p) => `“${p.title}”에 새 댓글: ${p.excerpt}`,
    BOOKING_TO_APPROVE: (p, f) =>
      `${p.space} 예약(${f.time(p.startsAt)})이 승인을 기다립니다: ${p.purpose}`,
    BOOKING_CONFIRMED: (p, f) =>
      `${p.space} 예약(${f.time(p.startsAt)})이 확정되었습니다: ${p.purpose}.`,
    BOOKING_APPROVE: bookingKo('승인되었습니다'),
    BOOKING_REJECT: bookingKo('거절되었습니다'),
    BOOKING_CANCEL: bookingKo('파크 스태프에 의해 취소되었습니다'),
    BOOKING_NO_SHOW: bookingKo('노쇼로 처리되어 시간이 해제되었습니다'),
    EVENT_WAITLIST_PROMOTED: (p) => `자리가 났습니다: ${p.event}에 참석합니다.`,
    EVENT_CANCELLED: (p, f) =>
      `${p.event}(${f.time(p.startsAt)}) 행사가 취소되었습니다: 공간 예약이 거절되거나 취소되었습니다.`,
    PROJECT_PROPOSED: (p) => `${p.lead}이(가) ${p.hub}에 프로젝트 “${p.title}”을(를) 제안했습니다.`,
    PROJECT_ASSIGN_REVIEW: projectKo('심사 중입니다'),
    PROJECT_APPROVE: projectKo('승인되었습니다'),
    PROJECT_REJECT: projectKo('반려되었습니다'),
    PROJECT_REQUEST_CHANGES: projectKo('승인 전에 수정이 필요합니다'),
    PROJECT_FUND: projectKo('모든 재원을 확보했습니다'),
    PROJECT_START: projectKo('시작되었습니다'),
    PROJECT_COMPLETE: projectKo('완료되었습니다'),
    PROJECT_CANCEL: projectKo('취소되었습니다'),
    PROJECT_REVIEW_ASSIGNED: (p) =>
      `${p.committee}의 위원으로 프로젝트 “${p.title}”을(를) 심사해 주세요.`,
    PROJECT_TEAM_JOINED: (p) => `프로젝트 “${p.title}” 팀에 합류했습니다.`,
    COMMITTEE_JOINED: (p) => `위원회 “${p.committee}”에 참여했습니다.`,
    COMMITTEE_LEFT: (p) => `위원회 “${p.committee}”에서 제외되었습니다.`,
    STAKEHOLDER_VERIFIED: (p) => `${p.stakeholder}이(가) 파크의 확인을 받았습니다.`,
    STAKEHOLDER_MEMBER_REMOVED: (p) => `${p.stakeholder}의 구성원에서 제외되었습니다.`,
    STAKEHOLDER_ROLE_CHANGED: (p) =>
      `${p.stakeholder}에서 역할이 ${ROLE.ko[String(p.role)] ?? p.role}(으)로 바뀌었습니다.`,
    STAKEHOLDER_INVITATION: (p) =>
      `${p.stakeholder}이(가) ${ROLE.ko[String(p.role)] ?? p.role}(으)로 초대했습니다: 수락하거나 거절해 주세요.`,
    DATA_EXPORT_READY: (p, f) =>
      `요청하신 내 데이터 파일이 준비되었습니다. 계정 페이지에서 ${f.time(p.expiresAt)}까지 내려받을 수 있습니다.`,
    WEBHOOK_DISABLED: (p) =>
      `웹훅 ${p.url}이(가) 24시간 동안 계속 실패해 꺼졌습니다. 수신 측을 고친 뒤 다시 켜 주세요.`,
  },
  en: {
    MEMBERSHIP_APPLICATION_RECEIVED: (p) =>
      `${p.stakeholder} applied to join ${p.hub} (${p.plan}).`,
    MEMBERSHIP_START_REVIEW: membershipEn('is now under review'),
    MEMBERSHIP_APPROVE: membershipEn('was approved'),
    MEMBERSHIP_REJECT: membershipEn('was rejected'),
    MEMBERSHIP_WITHDRAW: membershipEn('was withdrawn'),
    MEMBERSHIP_SUSPEND: membershipEn('was suspended'),
    MEMBERSHIP_REINSTATE: membershipEn('was reinstated'),
    MEMBERSHIP_END: membershipEn('has ended'),
    PARTNERSHIP_PROPOSAL_RECEIVED: (p) =>
      `${p.proposer} proposed a ${PARTNERSHIP_KIND.en[String(p.partnershipKind)] ?? ''} ` +
      `partnership to ${p.partner} in ${p.hub}: “${p.title}”.`,
    PARTNERSHIP_ACCEPT: partnershipEn(
      (p) => `was accepted by ${p.partner}; ${p.hub} will now review it`,
    ),
    PARTNERSHIP_DECLINE: partnershipEn((p) => `was declined by ${p.partner}`),
    PARTNERSHIP_WITHDRAW: partnershipEn((p) => `was withdrawn by ${p.proposer}`),
    PARTNERSHIP_APPROVE: partnershipEn((p) => `was approved by ${p.hub} and is now active`),
    PARTNERSHIP_REJECT: partnershipEn((p) => `was rejected by ${p.hub}`),
    PARTNERSHIP_COMPLETE: partnershipEn(() => 'was completed'),
    PARTNERSHIP_TERMINATE: partnershipEn(() => 'was terminated'),
    PARTNERSHIP_COMMENT: (p) => `New comment on “${p.title}”: ${p.excerpt}`,
    BOOKING_TO_APPROVE: (p, f) =>
      `A booking of ${p.space} for ${f.time(p.startsAt)} waits for approval: ${p.purpose}`,
    BOOKING_CONFIRMED: (p, f) =>
      `Your booking of ${p.space} for ${f.time(p.startsAt)} is confirmed: ${p.purpose}.`,
    BOOKING_APPROVE: bookingEn('was approved'),
    BOOKING_REJECT: bookingEn('was rejected'),
    BOOKING_CANCEL: bookingEn('was cancelled by park staff'),
    BOOKING_NO_SHOW: bookingEn('was marked as a no-show and its slot released'),
    EVENT_WAITLIST_PROMOTED: (p) => `A seat opened up: you are going to ${p.event}.`,
    EVENT_CANCELLED: (p, f) =>
      `${p.event} (${f.time(p.startsAt)}) is cancelled: its booking of the space was rejected or cancelled.`,
    PROJECT_PROPOSED: (p) => `${p.lead} proposed the project “${p.title}” in ${p.hub}.`,
    PROJECT_ASSIGN_REVIEW: projectEn('is now in review'),
    PROJECT_APPROVE: projectEn('was approved'),
    PROJECT_REJECT: projectEn('was rejected'),
    PROJECT_REQUEST_CHANGES: projectEn('needs changes before it can be approved'),
    PROJECT_FUND: projectEn('is fully funded'),
    PROJECT_START: projectEn('has started'),
    PROJECT_COMPLETE: projectEn('was completed'),
    PROJECT_CANCEL: projectEn('was cancelled'),
    PROJECT_REVIEW_ASSIGNED: (p) => `Please review the project “${p.title}” for ${p.committee}.`,
    PROJECT_TEAM_JOINED: (p) => `You joined the team of the project “${p.title}”.`,
    COMMITTEE_JOINED: (p) => `You joined the committee “${p.committee}”.`,
    COMMITTEE_LEFT: (p) => `You are no longer on the committee “${p.committee}”.`,
    STAKEHOLDER_VERIFIED: (p) => `${p.stakeholder} was verified by the park.`,
    STAKEHOLDER_MEMBER_REMOVED: (p) => `You are no longer one of ${p.stakeholder}’s people.`,
    STAKEHOLDER_ROLE_CHANGED: (p) =>
      `You are now ${ROLE.en[String(p.role)] ?? p.role} of ${p.stakeholder}.`,
    STAKEHOLDER_INVITATION: (p) =>
      `${p.stakeholder} invited you to join as ${ROLE.en[String(p.role)] ?? p.role}: accept or decline it.`,
    DATA_EXPORT_READY: (p, f) =>
      `The download of your data is ready: get it from your account page until ${f.time(p.expiresAt)}.`,
    WEBHOOK_DISABLED: (p) =>
      `The webhook ${p.url} was disabled after failing for 24 hours: fix the receiver, then enable it again.`,
  },
};

/** What a stored notice says to a reader: rows from before rendering keep their own text. */
export function noticeMessage(
  row: { kind: NotificationKind; params: unknown; legacyMessage: string | null },
  locale: NoticeLocale,
): string {
  const params = (row.params ?? {}) as NoticeParams;
  if (row.legacyMessage !== null && !Object.keys(params).length) return row.legacyMessage;
  return CATALOGUE[locale][row.kind](params, formats(locale));
}
