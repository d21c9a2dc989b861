import { MailCadence, NotificationKind } from '@park/platform/database';
import { defaultCadence, isTimeZone, lastDigestDue } from './mail-cadence';

describe('when a digest is due', () => {
  const due = (cadence: 'DAILY' | 'WEEKLY', zone: string, at: string) =>
    lastDigestDue(MailCadence[cadence], zone, new Date(at)).toISOString();

  it('is the last 08:00 in the person’s zone', () => {
    expect(due('DAILY', 'Asia/Seoul', '2031-03-04T23:00:00Z')).toBe('2031-03-04T23:00:00.000Z');
    expect(due('DAILY', 'Asia/Seoul', '2031-03-04T22:59:00Z')).toBe('2031-03-03T23:00:00.000Z');
    expect(due('DAILY', 'Europe/Berlin', '2031-03-04T12:00:00Z')).toBe('2031-03-04T07:00:00.000Z');
    expect(due('DAILY', 'Asia/Kolkata', '2031-03-04T02:30:00Z')).toBe('2031-03-04T02:30:00.000Z');
  });

  it('follows summer time', () => {
    // Berlin moves to UTC+2 on 30 March 2031.
    expect(due('DAILY', 'Europe/Berlin', '2031-03-31T09:00:00Z')).toBe('2031-03-31T06:00:00.000Z');
    expect(due('DAILY', 'Europe/Berlin', '2031-03-30T06:30:00Z')).toBe('2031-03-30T06:00:00.000Z');
  });

  it('is Monday 08:00 for the weekly digest', () => {
    // 2031-03-05 is a Wednesday; the Monday before is the 3rd.
    expect(due('WEEKLY', 'Asia/Seoul', '2031-03-05T03:00:00Z')).toBe('2031-03-02T23:00:00.000Z');
    // Monday 07:59 in Seoul: still last week's.
    expect(due('WEEKLY', 'Asia/Seoul', '2031-03-02T22:59:00Z')).toBe('2031-02-23T23:00:00.000Z');
  });

  it('defaults staff queues to the daily digest and decisions to at once', () => {
    expect(defaultCadence(NotificationKind.MEMBERSHIP_APPLICATION_RECEIVED)).toBe('DAILY');
    expect(defaultCadence(NotificationKind.BOOKING_TO_APPROVE)).toBe('DAILY');
    expect(defaultCadence(NotificationKind.MEMBERSHIP_APPROVE)).toBe('IMMEDIATE');
    expect(defaultCadence(NotificationKind.PARTNERSHIP_REJECT)).toBe('IMMEDIATE');
    expect(isTimeZone('Europe/Berlin')).toBe(true);
    expect(isTimeZone('Mars/Olympus')).toBe(false);
  });
});
