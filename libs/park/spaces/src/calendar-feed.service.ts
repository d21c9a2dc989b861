import { Injectable } from '@nestjs/common';
import { CalendarFeedSecrets } from '@park/identity';
import { AppConfig } from '@park/platform/config';
import { subjectPath } from '@park/platform/console-links';
import { BookingStatus } from '@park/platform/database';
import { isUuid } from '@park/platform/graphql';
import { createHash } from 'node:crypto';
import { bookingUid, eventUid, FeedEntry, feedText } from './calendar-feed.ics';
import {
  CalendarFeedRepository,
  FEED_HISTORY_DAYS,
  FeedBookingRow,
  FeedEventRow,
  FeedState,
} from './calendar-feed.repository';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Part of every ETag: a change in how feeds are written is a change of every feed. */
const FORMAT = 'feed-1';
/** The free/busy feed's one word for every booking: no purpose, booker or stakeholder. */
const BUSY = 'Busy/예약됨';

/** A feed as the controller answers it: none (404), unchanged (304) or its text. */
export type FeedAnswer = { found: false } | { found: true; etag: string; text?: string };

const CANCELLED_STATES: readonly BookingStatus[] = ['CANCELLED', 'NO_SHOW', 'REJECTED'];

/**
 * The calendar feeds: a person's (their bookings and the events they are going to, behind the
 * secret in its URL), a hub's public events, a space's busy times without names. Each answer
 * reads a cheap state first (a digest of the entries' ids and revisions): an unchanged feed
 * is a 304 without building it.
 */
@Injectable()
export class CalendarFeedService {
  constructor(
    private readonly feeds: CalendarFeedRepository,
    private readonly secrets: CalendarFeedSecrets,
    private readonly config: AppConfig,
  ) {}

  hubFeedUrl(hubId: string): string {
    return this.config.publicUrl(`/calendar/hubs/${hubId}.ics`);
  }

  spaceFeedUrl(spaceId: string): string {
    return this.config.publicUrl(`/calendar/spaces/${spaceId}.ics`);
  }

  async personal(userId: string, secret: string, seen: string[], now = new Date()) {
    if (!(await this.secrets.opens(userId, secret))) return { found: false } as const;
    const from = since(now);
    return this.answer(await this.feeds.personalState(userId, from), seen, async (name) => {
      const [bookings, events] = await Promise.all([
        this.feeds.personalBookings(userId, from),
        this.feeds.personalEvents(userId, from),
      ]);
      return feedText(name, [
        ...bookings.map((row) => this.bookingEntry(row)),
        ...events.map((row) => this.eventEntry(row)),
      ]);
    });
  }

  async hub(hubId: string, seen: string[], now = new Date()): Promise<FeedAnswer> {
    if (!isUuid(hubId)) return { found: false };
    const from = since(now);
    return this.answer(await this.feeds.hubState(hubId, from), seen, async (name) =>
      feedText(
        name,
        (await this.feeds.hubEvents(hubId, from)).map((row) => this.eventEntry(row)),
      ),
    );
  }

  async space(spaceId: string, seen: string[], now = new Date()): Promise<FeedAnswer> {
    if (!isUuid(spaceId)) return { found: false };
    const from = since(now);
    return this.answer(await this.feeds.spaceState(spaceId, from), seen, async (name) =>
      feedText(
        name,
        (await this.feeds.spaceBusy(spaceId, from)).map((row) => this.busyEntry(row)),
      ),
    );
  }

  private async answer(
    state: FeedState,
    seen: string[],
    build: (name: string) => Promise<string>,
  ): Promise<FeedAnswer> {
    if (state.name === null) return { found: false };
    const etag = `"${createHash('sha256').update(`${FORMAT}\n${state.name}\n${state.digest}`).digest('base64url')}"`;
    if (seen.includes(etag) || seen.includes('*')) return { found: true, etag };
    return { found: true, etag, text: await build(state.name) };
  }

  bookingEntry(row: FeedBookingRow): FeedEntry {
    const entry = this.bookingBlock(row);
    return {
      ...entry,
      summary: `${row.purpose} · ${row.spaceName}`,
      description: `${row.purpose}\n\n${entry.url}`,
      status: bookingStatus(row.status),
    };
  }

  private eventEntry(row: FeedEventRow): FeedEntry {
    const url = this.consoleUrl({ __typename: 'Event', id: row.id });
    return {
      uid: eventUid(row.id),
      sequence: row.sequence,
      startsAt: row.startsAt,
      endsAt: row.endsAt,
      lastModified: row.updatedAt,
      summary: row.title,
      description: row.description ? `${row.description}\n\n${url}` : url,
      location: row.spaceName,
      url,
      status: row.cancelled ? 'CANCELLED' : 'CONFIRMED',
    };
  }

  /** Busy, and nothing else: who booked it and why stay out of a feed anyone may read. */
  private busyEntry(row: FeedBookingRow): FeedEntry {
    const entry = this.bookingBlock(row);
    return { ...entry, summary: BUSY, description: entry.url, status: bookingStatus(row.status) };
  }

  /** What every feed says of a booking: when, where, and its page in the console. */
  private bookingBlock(row: FeedBookingRow) {
    return {
      uid: bookingUid(row.id),
      sequence: row.sequence,
      startsAt: row.startsAt,
      endsAt: row.endsAt,
      lastModified: row.updatedAt,
      location: row.spaceName,
      url: this.consoleUrl({ __typename: 'Booking', id: row.id, space: { id: row.spaceId } }),
    };
  }

  private consoleUrl(subject: Parameters<typeof subjectPath>[0]): string {
    return this.config.publicUrl(subjectPath(subject) ?? '/');
  }
}

/** A booking's status in a calendar: off once cancelled, rejected or missed. */
export function bookingStatus(status: BookingStatus): FeedEntry['status'] {
  if (CANCELLED_STATES.includes(status)) return 'CANCELLED';
  return status === 'PENDING' ? 'TENTATIVE' : 'CONFIRMED';
}

function since(now: Date): Date {
  return new Date(now.getTime() - FEED_HISTORY_DAYS * DAY_MS);
}
