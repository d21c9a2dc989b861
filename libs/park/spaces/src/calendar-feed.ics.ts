import ical, {
  ICalAttendeeStatus,
  ICalCalendarMethod,
  ICalEventBusyStatus,
  ICalEventStatus,
  ICalEventTransparency,
  ICalTemporalZonedDateTimeStub,
} from 'ical-generator';
import { tzlib_get_ical_block } from 'timezones-ical-library';

// iCalendar (RFC 5545) text of the park's feeds and of a booking's invitation, times in the
// park's zone with its VTIMEZONE. Pure: the rows in, the text out.

export const PARK_ZONE = 'Asia/Seoul';
const PRODUCT = { company: 'Park Commons', product: 'Calendar', language: 'EN' };

/** One VEVENT: a booking or an event, as the feeds and the invitation show it. */
export interface FeedEntry {
  /** Stable across fetches and changes: `booking-<id>@park-commons`, `event-<id>@park-commons`. */
  uid: string;
  /** Grows on every change (the rows' revisions). */
  sequence: number;
  startsAt: Date;
  endsAt: Date;
  lastModified: Date;
  summary: string;
  description: string;
  location?: string;
  /** The entry in the web console. */
  url: string;
  status: 'CONFIRMED' | 'TENTATIVE' | 'CANCELLED';
}

export const bookingUid = (id: string) => `booking-${id}@park-commons`;
export const eventUid = (id: string) => `event-${id}@park-commons`;

// Node's Temporal (not yet in TypeScript's lib): ical-generator writes a zoned time as the
// zone's wall clock, whatever the server's own zone is.
declare const Temporal: {
  Instant: {
    fromEpochMilliseconds(ms: number): {
      toZonedDateTimeISO(zone: string): ICalTemporalZonedDateTimeStub;
    };
  };
};
const inPark = (at: Date) =>
  Temporal.Instant.fromEpochMilliseconds(at.getTime()).toZonedDateTimeISO(PARK_ZONE);

const STATUS = {
  CONFIRMED: ICalEventStatus.CONFIRMED,
  TENTATIVE: ICalEventStatus.TENTATIVE,
  CANCELLED: ICalEventStatus.CANCELLED,
};

function calendar(name: string, method?: ICalCalendarMethod) {
  return ical({
    name,
    prodId: PRODUCT,
    ...(method && { method }),
    // No calendar-wide zone (it would make DTSTAMP floating); each event names the park's.
    timezone: { name: null, generator: (zone) => vtimezone(zone) },
  });
}

function vtimezone(zone: string): string | null {
  const block = tzlib_get_ical_block(zone);
  return Array.isArray(block) ? (block[0] ?? null) : block || null;
}

function addEntry(cal: ReturnType<typeof ical>, entry: FeedEntry) {
  return cal.createEvent({
    id: entry.uid,
    sequence: entry.sequence,
    start: inPark(entry.startsAt),
    end: inPark(entry.endsAt),
    timezone: PARK_ZONE,
    // The entry's own time, so the same data always gives the same text (and ETag).
    stamp: entry.lastModified,
    lastModified: entry.lastModified,
    summary: entry.summary,
    description: entry.description,
    location: entry.location ?? null,
    url: entry.url,
    status: STATUS[entry.status],
    busystatus: entry.status === 'CANCELLED' ? ICalEventBusyStatus.FREE : ICalEventBusyStatus.BUSY,
    transparency:
      entry.status === 'CANCELLED'
        ? ICalEventTransparency.TRANSPARENT
        : ICalEventTransparency.OPAQUE,
  });
}

/** A subscribable feed (no METHOD: RFC 5545 publishing). */
export function feedText(name: string, entries: readonly FeedEntry[]): string {
  const cal = calendar(name);
  for (const entry of entries) addEntry(cal, entry);
  return cal.toString();
}

/**
 * One booking as an invitation (METHOD:REQUEST, RFC 5546) or its withdrawal (METHOD:CANCEL): the
 * park organises, the booker attends, so a mail client offers to add it, and later updates and
 * the cancellation match it by UID and SEQUENCE.
 */
export function invitationText(
  entry: FeedEntry,
  organizer: { name: string; email: string },
  attendee: { name: string; email: string },
  method: 'REQUEST' | 'CANCEL' = 'REQUEST',
): string {
  const cal = calendar(
    entry.summary,
    method === 'CANCEL' ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST,
  );
  addEntry(cal, entry)
    .organizer(organizer)
    .createAttendee({ ...attendee, rsvp: false, status: ICalAttendeeStatus.ACCEPTED });
  return cal.toString();
}
