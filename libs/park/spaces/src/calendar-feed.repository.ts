import { Injectable } from '@nestjs/common';
import { BookingStatus, Prisma, PrismaService } from '@park/platform/database';

/** How far back a feed reaches: calendars keep what they saw; older entries only cost bytes. */
export const FEED_HISTORY_DAYS = 90;
/** At most this many bookings and as many events per feed. */
export const FEED_LIMIT = 500;

export interface FeedBookingRow {
  id: string;
  spaceId: string;
  spaceName: string;
  purpose: string;
  startsAt: Date;
  endsAt: Date;
  status: BookingStatus;
  sequence: number;
  updatedAt: Date;
}

export interface FeedEventRow {
  id: string;
  spaceId: string;
  spaceName: string;
  title: string;
  description: string;
  startsAt: Date;
  endsAt: Date;
  cancelled: boolean;
  sequence: number;
  updatedAt: Date;
}

/** What a feed's ETag is made of, read before the feed is built; `name` null: no such feed. */
export interface FeedState {
  name: string | null;
  digest: string;
}

const BOOKING_COLUMNS = Prisma.sql`
  b.id, b.space_id AS "spaceId", s.name AS "spaceName", b.purpose,
  b.starts_at AS "startsAt", b.ends_at AS "endsAt", b.status::text AS status,
  b.revision AS sequence, b.updated_at AS "updatedAt"`;

// An event changes with its booking too (its approval makes it public): both revisions only
// grow, so their sum is a SEQUENCE that grows on every change of either.
const EVENT_COLUMNS = Prisma.sql`
  e.id, e.space_id AS "spaceId", s.name AS "spaceName", e.title, e.description,
  e.starts_at AS "startsAt", e.ends_at AS "endsAt", e.cancelled_at IS NOT NULL AS cancelled,
  e.revision + b.revision AS sequence, GREATEST(e.updated_at, b.updated_at) AS "updatedAt"`;

// Each feed's rows, one FROM…WHERE per kind: the ETag digests the same rows the feed shows.
// The revisions (and the space's version, for its name) change whenever an entry would.
const personalBookings = (userId: string, from: Date) => Prisma.sql`
  FROM bookings b JOIN spaces s ON s.id = b.space_id
  WHERE b.booker_id = ${userId}::uuid AND b.starts_at >= ${from}`;
// Going, or given up because the event was called off (its cancellation cancels every RSVP).
const personalEvents = (userId: string, from: Date) => Prisma.sql`
  FROM rsvps r JOIN events e ON e.id = r.event_id
  JOIN bookings b ON b.id = e.booking_id JOIN spaces s ON s.id = e.space_id
  WHERE r.user_id = ${userId}::uuid AND e.starts_at >= ${from}
    AND (r.status = 'GOING' OR (r.status = 'CANCELLED' AND e.cancelled_at IS NOT NULL))`;
// Public: once its booking is no longer waiting (a rejected one never was public).
const hubEvents = (hubId: string, from: Date) => Prisma.sql`
  FROM events e JOIN bookings b ON b.id = e.booking_id JOIN spaces s ON s.id = e.space_id
  WHERE e.hub_id = ${hubId}::uuid AND e.starts_at >= ${from}
    AND b.status NOT IN ('PENDING', 'REJECTED')`;
const spaceBusy = (spaceId: string, from: Date) => Prisma.sql`
  FROM bookings b JOIN spaces s ON s.id = b.space_id
  WHERE b.space_id = ${spaceId}::uuid AND b.starts_at >= ${from}
    AND b.status IN ('PENDING', 'CONFIRMED', 'CHECKED_IN')`;

const BOOKING_KEY = Prisma.sql`'b' || b.id || ':' || b.revision || ':' || s.version`;
const EVENT_KEY = Prisma.sql`'e' || e.id || ':' || e.revision || ':' || b.revision || ':' || s.version`;

/** The calendar feeds' reads: one statement for the ETag, one per kind of entry. */
@Injectable()
export class CalendarFeedRepository {
  constructor(private readonly prisma: PrismaService) {}

  personalState(userId: string, from: Date): Promise<FeedState> {
    return this.state(Prisma.sql`'Park Commons'`, [
      Prisma.sql`SELECT ${BOOKING_KEY} AS k ${personalBookings(userId, from)}`,
      Prisma.sql`SELECT ${EVENT_KEY} || ':' || r.status AS k ${personalEvents(userId, from)}`,
    ]);
  }

  hubState(hubId: string, from: Date): Promise<FeedState> {
    return this.state(Prisma.sql`(SELECT name FROM hubs WHERE id = ${hubId}::uuid)`, [
      Prisma.sql`SELECT ${EVENT_KEY} AS k ${hubEvents(hubId, from)}`,
    ]);
  }

  spaceState(spaceId: string, from: Date): Promise<FeedState> {
    return this.state(Prisma.sql`(SELECT name FROM spaces WHERE id = ${spaceId}::uuid)`, [
      Prisma.sql`SELECT ${BOOKING_KEY} AS k ${spaceBusy(spaceId, from)}`,
    ]);
  }

  personalBookings(userId: string, from: Date): Promise<FeedBookingRow[]> {
    return this.prisma.rows<FeedBookingRow>(Prisma.sql`
      SELECT ${BOOKING_COLUMNS} ${personalBookings(userId, from)}
      ORDER BY b.starts_at, b.id LIMIT ${FEED_LIMIT}`);
  }

  personalEvents(userId: string, from: Date): Promise<FeedEventRow[]> {
    return this.prisma.rows<FeedEventRow>(Prisma.sql`
      SELECT ${EVENT_COLUMNS} ${personalEvents(userId, from)}
      ORDER BY e.starts_at, e.id LIMIT ${FEED_LIMIT}`);
  }

  hubEvents(hubId: string, from: Date): Promise<FeedEventRow[]> {
    return this.prisma.rows<FeedEventRow>(Prisma.sql`
      SELECT ${EVENT_COLUMNS} ${hubEvents(hubId, from)}
      ORDER BY e.starts_at, e.id LIMIT ${FEED_LIMIT}`);
  }

  spaceBusy(spaceId: string, from: Date): Promise<FeedBookingRow[]> {
    return this.prisma.rows<FeedBookingRow>(Prisma.sql`
      SELECT ${BOOKING_COLUMNS} ${spaceBusy(spaceId, from)}
      ORDER BY b.starts_at, b.id LIMIT ${FEED_LIMIT}`);
  }

  /** The feed's name (null: no such feed) and a digest of every entry's key, in order. */
  private async state(name: Prisma.Sql, keys: Prisma.Sql[]): Promise<FeedState> {
    const [row] = await this.prisma.rows<FeedState>(Prisma.sql`
      SELECT ${name}::text AS name,
             md5(coalesce((SELECT string_agg(k, ',' ORDER BY k)
                           FROM (${Prisma.join(keys, ' UNION ALL ')}) AS entries), '')) AS digest`);
    return row;
  }
}
