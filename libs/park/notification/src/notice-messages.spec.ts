import { NotificationKind } from '@park/platform/database';
import { noticeLocale, noticeMessage } from './notice-messages';

const row = (kind: NotificationKind, params: object, legacyMessage: string | null = null) => ({
  kind,
  params,
  legacyMessage,
});

describe('notice messages', () => {
  it.each([
    [undefined, 'ko'],
    ['ko', 'ko'],
    ['ko-KR', 'ko'],
    ['en', 'en'],
    ['en-US', 'en'],
    ['en_GB', 'en'],
    ['fr', 'ko'],
    ['english', 'ko'],
  ])('reads locale %s as %s', (locale, expected) => {
    expect(noticeLocale(locale)).toBe(expected);
  });

  it('words every kind in both languages, with its particulars', () => {
    const params = {
      stakeholder: 'Bulgwang Makers',
      hub: 'Youth Hub',
      title: 'Heat map',
      committee: 'Climate panel',
      startsAt: '2026-12-07T05:00:00.000Z',
      role: 'ADMIN',
      plan: 'COWORKING',
      partnershipKind: 'DATA',
      proposer: 'Seoul Data Lab',
      partner: 'Eunpyeong Residents',
      lead: 'Bulgwang Makers',
      excerpt: 'See you in March.',
      space: 'Room 1',
      purpose: 'Workshop',
      event: 'Open day',
      url: 'https://crm.example.org/hooks',
    };
    for (const kind of Object.values(NotificationKind)) {
      for (const locale of ['ko', 'en'] as const) {
        const message = noticeMessage(row(kind, params), locale);
        expect(message).not.toMatch(/undefined|\[object/);
        expect(message.length).toBeGreaterThan(5);
      }
    }
  });

  it('adds a step’s note and writes times in Seoul', () => {
    const params = { startsAt: '2026-12-07T05:00:00.000Z', note: 'Fire drill' };

    expect(noticeMessage(row('BOOKING_CANCEL', params), 'en')).toBe(
      'Your booking for 7 Dec 2026, 14:00 KST was cancelled by park staff. Fire drill',
    );
    expect(noticeMessage(row('BOOKING_CANCEL', params), 'ko')).toMatch(
      /^2026\. 12\. 7\. 오후 2:00 \(서울\) 예약이 파크 스태프에 의해 취소되었습니다\. Fire drill$/,
    );
  });

  it('shows a row written before rendering with its own words, in any locale', () => {
    const old = row('MEMBERSHIP_APPROVE', {}, 'It was approved.');

    expect(noticeMessage(old, 'ko')).toBe('It was approved.');
    expect(noticeMessage(old, 'en')).toBe('It was approved.');
  });
});
