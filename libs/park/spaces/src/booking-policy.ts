import { FieldViolation } from '@park/platform/graphql';
import { coversWhole, WeeklyHours } from './opening-hours';

const MINUTE_MS = 60 * 1000;
const DAY_MS = 24 * 60 * MINUTE_MS;

export interface SpacePolicy {
  capacity: number;
  memberOnly: boolean;
  minNoticeMinutes: number;
  maxDurationMinutes: number;
  maxAdvanceDays: number;
  weeklyQuotaHours: number | null;
  openingHours: WeeklyHours[];
}

export interface BookingRequest {
  startsAt: Date;
  endsAt: Date;
  attendees: number;
}

export interface BookingContext {
  now: Date;
  /** Park business: staff may book outside the notice and duration limits (never over others). */
  isStaff: boolean;
  /** The booker (or the stakeholder they book for) holds an APPROVED membership of the hub. */
  isMember: boolean;
  /** Hours the quota's stakeholder already has live in this hub in the booking's Seoul week. */
  bookedHoursThisWeek?: number;
}

export type BookingRule =
  | 'END_AFTER_START'
  | 'NOT_IN_THE_PAST'
  | 'MIN_NOTICE'
  | 'MAX_DURATION'
  | 'MAX_ADVANCE'
  | 'OPENING_HOURS'
  | 'CAPACITY'
  | 'MEMBERS_ONLY'
  | 'WEEKLY_QUOTA';

export interface PolicyViolation extends FieldViolation {
  rule: BookingRule;
}

/** What is wrong with a request whatever the space and the week: it must end after it starts. */
export function shapeViolations(request: BookingRequest): PolicyViolation[] {
  if (request.endsAt.getTime() > request.startsAt.getTime()) return [];
  const rule: BookingRule = 'END_AFTER_START';
  return [{ field: 'endsAt', rule, message: `must be after startsAt (${rule})` }];
}

/** Every rule of the space's policy the request breaks (empty when it may be booked). */
export function policyViolations(
  space: SpacePolicy,
  request: BookingRequest,
  context: BookingContext,
): PolicyViolation[] {
  const start = request.startsAt.getTime();
  const end = request.endsAt.getTime();
  const now = context.now.getTime();
  const minutes = (end - start) / MINUTE_MS;
  const found: PolicyViolation[] = [];
  const breach = (field: string, rule: BookingRule, message: string) =>
    found.push({ field, rule, message: `${message} (${rule})` });

  const shape = shapeViolations(request);
  if (shape.length) return shape;
  if (start < now) breach('startsAt', 'NOT_IN_THE_PAST', 'must not be in the past');
  if (!context.isStaff && start < now + space.minNoticeMinutes * MINUTE_MS) {
    breach('startsAt', 'MIN_NOTICE', `must be at least ${space.minNoticeMinutes} minutes from now`);
  }
  if (!context.isStaff && minutes > space.maxDurationMinutes) {
    breach(
      'endsAt',
      'MAX_DURATION',
      `must be at most ${space.maxDurationMinutes} minutes after startsAt`,
    );
  }
  if (start > now + space.maxAdvanceDays * DAY_MS) {
    breach('startsAt', 'MAX_ADVANCE', `must be at most ${space.maxAdvanceDays} days ahead`);
  }
  if (!coversWhole(space.openingHours, start, end)) {
    breach('startsAt', 'OPENING_HOURS', 'the space is not open for the whole booking');
  }
  if (request.attendees > space.capacity) {
    breach('attendees', 'CAPACITY', `must be at most the space's capacity of ${space.capacity}`);
  }
  if (space.memberOnly && !context.isMember && !context.isStaff) {
    breach('spaceId', 'MEMBERS_ONLY', 'is for members of its hub only');
  }
  if (context.bookedHoursThisWeek !== undefined) {
    const over = quotaViolation(space.weeklyQuotaHours, context.bookedHoursThisWeek, request);
    if (over) found.push(over);
  }
  return found;
}

/**
 * WEEKLY_QUOTA when the request's hours do not fit in what the stakeholder has left this week;
 * null when they fit or the space sets no quota. bookSpace checks it before its transaction and
 * again inside it, under the lock of the stakeholder's week.
 */
export function quotaViolation(
  quotaHours: number | null,
  bookedHours: number,
  request: Pick<BookingRequest, 'startsAt' | 'endsAt'>,
): PolicyViolation | null {
  if (quotaHours === null) return null;
  const hours = (request.endsAt.getTime() - request.startsAt.getTime()) / (60 * MINUTE_MS);
  if (hours <= (weeklyQuotaLeft(quotaHours, bookedHours) as number)) return null;
  const rule: BookingRule = 'WEEKLY_QUOTA';
  return {
    field: 'stakeholderId',
    rule,
    message: `may book at most ${quotaHours} hours a week in this hub (${rule})`,
  };
}

/** Check-in opens this long before the start and closes at the end. */
export const CHECK_IN_OPENS_MINUTES = 15;

type Timed = { startsAt: Date; endsAt: Date };

/** When the booking may be checked in: [opensAt, closesAt). */
export function checkInWindow(booking: Timed): { opensAt: Date; closesAt: Date } {
  return {
    opensAt: new Date(booking.startsAt.getTime() - CHECK_IN_OPENS_MINUTES * MINUTE_MS),
    closesAt: booking.endsAt,
  };
}

/**
 * A live booking may be cancelled until it ends: after that there is no slot left to free, and
 * cancelling would rewrite the space's booked time after the fact.
 */
export function cancellableUntil(booking: Timed): Date {
  return booking.endsAt;
}

/** When the no-show sweep takes a CONFIRMED booking that nobody checked in. */
export function noShowAt(booking: Pick<Timed, 'startsAt'>, graceMinutes: number): Date {
  return new Date(booking.startsAt.getTime() + graceMinutes * MINUTE_MS);
}

/** The sweep's cut-off: bookings that started before it are overdue at `now`. */
export function noShowCutoff(now: Date, graceMinutes: number): Date {
  return new Date(now.getTime() - graceMinutes * MINUTE_MS);
}

/** Whether `now` is inside the time the rules give `action` (moves without a window: always). */
export function onTime(action: string, booking: Timed, now: Date): boolean {
  if (action === 'checkIn') {
    const { opensAt, closesAt } = checkInWindow(booking);
    return opensAt <= now && now < closesAt;
  }
  if (action === 'cancel') return now < cancellableUntil(booking);
  return true;
}

/** Hours of the weekly quota still free (never below 0); null when the space sets none. */
export function weeklyQuotaLeft(quotaHours: number | null, bookedHours: number): number | null {
  return quotaHours === null ? null : Math.max(0, quotaHours - bookedHours);
}
