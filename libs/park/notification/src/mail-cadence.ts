import { registerEnumType } from '@nestjs/graphql';
import { MailCadence, NotificationKind } from '@park/platform/database';

export { MailCadence };

registerEnumType(MailCadence, {
  name: 'MailCadence',
  description:
    'How a kind of notification also goes by e-mail: at once, in the daily or weekly digest (08:00 in your time zone), or not at all. The inbox always has it.',
});

/**
 * The park's defaults: staff queues (applications, bookings and projects to review) and comment
 * threads come as one daily summary; everything else, chiefly the decisions on your own
 * applications and proposals, at once.
 */
const DAILY_BY_DEFAULT = new Set<NotificationKind>([
  NotificationKind.MEMBERSHIP_APPLICATION_RECEIVED,
  NotificationKind.BOOKING_TO_APPROVE,
  NotificationKind.PROJECT_PROPOSED,
  NotificationKind.PARTNERSHIP_COMMENT,
]);

export function defaultCadence(kind: NotificationKind): MailCadence {
  return DAILY_BY_DEFAULT.has(kind) ? MailCadence.DAILY : MailCadence.IMMEDIATE;
}

export const DIGEST_CADENCES = [MailCadence.DAILY, MailCadence.WEEKLY] as const;
export type DigestCadence = (typeof DIGEST_CADENCES)[number];

/** The offset of `zone` from UTC at `at`, in minutes (Intl, so any IANA zone). */
function offsetMinutes(zone: string, at: Date): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    })
      .formatToParts(at)
      .map((part) => [part.type, Number(part.value)]),
  );
  const local = Date.UTC(
    parts.year,
    parts.month - 1,
    parts.day,
    parts.hour,
    parts.minute,
    parts.second,
  );
  return Math.round((local - Math.floor(at.getTime() / 1000) * 1000) / 60_000);
}

/**
 * The last 08:00 in `zone` at or before `at` (for WEEKLY, the last Monday 08:00): when the
 * digest of that cadence was due. A digest covers what arrived before it.
 */
export function lastDigestDue(cadence: DigestCadence, zone: string, at: Date): Date {
  const offset = offsetMinutes(zone, at);
  const local = new Date(at.getTime() + offset * 60_000);
  const due = new Date(
    Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate(), 8, 0, 0),
  );
  if (due > local) due.setUTCDate(due.getUTCDate() - 1);
  if (cadence === MailCadence.WEEKLY) {
    // getUTCDay: 0 Sunday … 1 Monday.
    due.setUTCDate(due.getUTCDate() - ((due.getUTCDay() + 6) % 7));
  }
  // Back to UTC with the offset in force at that moment (a DST change in between moves it).
  const guess = new Date(due.getTime() - offset * 60_000);
  return new Date(due.getTime() - offsetMinutes(zone, guess) * 60_000);
}

/** Whether `zone` is an IANA time zone this runtime knows. */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
