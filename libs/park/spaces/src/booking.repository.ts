import { Injectable } from '@nestjs/common';
import {
  Booking as BookingRow,
  BookingStatus,
  isExclusionViolation,
  pastPosition,
  Prisma,
  PrismaService,
} from '@park/platform/database';
import { hubRefSql, stakeholderRefSql } from '@park/directory';
import { DomainError, TimePosition } from '@park/platform/graphql';
import { Tx } from '@park/platform/workflow';

/** States that hold their slot; the exclusion constraint keeps them from overlapping. */
export const LIVE: BookingStatus[] = ['PENDING', 'CONFIRMED', 'CHECKED_IN'];

/**
 * Bookings that hold their slot. NO_SHOW does not count: the sweep freed the slot and nobody
 * used the space; REJECTED and CANCELLED never held it. The exclusion constraint and the
 * booked-time rollup's trigger (migration 20261127060000_park_rollups) use the same states.
 */
export const LIVE_BOOKING_STATES = ['PENDING', 'CONFIRMED', 'CHECKED_IN'] as const;

// A literal list, not a parameter: the planner then matches the exclusion constraint's partial
// GiST index (WHERE status IN (…)) to find the bookings that overlap a period's edges.
const LIVE_LIST = Prisma.raw(LIVE_BOOKING_STATES.map((state) => `'${state}'`).join(', '));

/** A stakeholder's week in a hub: the weekly quota's unit. */
export interface WeekOfStakeholder {
  stakeholderId: string;
  hubId: string;
  /** Seoul Monday midnight. */
  weekStart: Date;
}

/** The quota locks' class: the first key of `pg_advisory_xact_lock(int, int)`. */
const QUOTA_LOCK_CLASS = 7_270_521;

export const OVERLAP_MESSAGE =
  'The space is already booked for part of that time (buffer included)';

/** Which bookings a list shows; every list is ordered by start, then id. */
export interface BookingFilter {
  spaceId?: string;
  bookerId?: string;
  hubId?: string;
  status?: BookingStatus;
  /** Starts in [startsFrom, startsBefore). */
  startsFrom?: Date;
  startsBefore?: Date;
  /** Not yet over: ends after this instant. */
  endsAfter?: Date;
}

function whereOf(filter: BookingFilter): Prisma.BookingWhereInput {
  return {
    ...(filter.spaceId && { spaceId: filter.spaceId }),
    ...(filter.bookerId && { bookerId: filter.bookerId }),
    ...(filter.hubId && { space: { hubId: filter.hubId } }),
    ...(filter.status && { status: filter.status }),
    ...((filter.startsFrom || filter.startsBefore) && {
      startsAt: {
        ...(filter.startsFrom && { gte: filter.startsFrom }),
        ...(filter.startsBefore && { lt: filter.startsBefore }),
      },
    }),
    ...(filter.endsAfter && { endsAt: { gt: filter.endsAfter } }),
  };
}

function pendingInHubs(hubIds: readonly string[] | null): Prisma.BookingWhereInput {
  return {
    status: BookingStatus.PENDING,
    ...(hubIds && { space: { hubId: { in: [...hubIds] } } }),
  };
}

/** A booking as its webhooks see it (BookingWebhookSubject): not who booked it, nor its purpose. */
export interface BookingSnapshotRow {
  id: string;
  space: { id: string; name: string };
  hub: { id: string; slug: string; name: string };
  stakeholder: { id: string; name: string } | null;
  startsAt: Date;
  endsAt: Date;
  status: BookingStatus;
  createdAt: Date;
}

/** Bookings: the only place that reads and writes them. */
@Injectable()
export class BookingRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** For a webhook payload, in the step's transaction: one statement, space and hub in it. */
  async snapshot(tx: Tx, id: string): Promise<BookingSnapshotRow | null> {
    const [row] = await tx.$queryRaw<BookingSnapshotRow[]>(Prisma.sql`
      SELECT b.id, json_build_object('id', s.id, 'name', s.name) AS space,
             ${hubRefSql(Prisma.sql`s.hub_id`)} AS hub,
             ${stakeholderRefSql(Prisma.sql`b.stakeholder_id`)} AS stakeholder,
             b.starts_at AS "startsAt", b.ends_at AS "endsAt", b.status::text AS status,
             b.created_at AS "createdAt"
      FROM bookings b JOIN spaces s ON s.id = b.space_id WHERE b.id = ${id}::uuid`);
    return row ?? null;
  }

  findById(id: string): Promise<BookingRow | null> {
    return this.prisma.booking.findUnique({ where: { id } });
  }

  findByIds(ids: readonly string[]): Promise<BookingRow[]> {
    return this.prisma.booking.findMany({ where: { id: { in: [...ids] } } });
  }

  /** The database refuses an overlap (exclusion constraint); we answer CONFLICT, never 500. */
  async create(tx: Tx, data: Prisma.BookingUncheckedCreateInput): Promise<BookingRow> {
    try {
      return await tx.booking.create({ data });
    } catch (error) {
      if (isExclusionViolation(error)) throw DomainError.conflict(OVERLAP_MESSAGE);
      throw error;
    }
  }

  async move(
    tx: Tx,
    id: string,
    from: BookingStatus,
    to: BookingStatus,
    data: Prisma.BookingUpdateManyMutationInput = {},
  ) {
    const { count } = await tx.booking.updateMany({
      where: { id, status: from },
      data: { ...data, status: to },
    });
    return count === 1;
  }

  /**
   * Live bookings of one space that keep any time in [from, to), oldest first; the range
   * condition is the exclusion constraint's own GiST index.
   */
  blocking(spaceId: string, from: Date, to: Date, client: Tx = this.prisma) {
    return client.$queryRaw<Pick<BookingRow, 'id' | 'startsAt' | 'endsAt' | 'blockedUntil'>[]>`
      SELECT id, starts_at AS "startsAt", ends_at AS "endsAt", blocked_until AS "blockedUntil"
      FROM bookings
      WHERE space_id = ${spaceId}::uuid
        AND status IN ('PENDING', 'CONFIRMED', 'CHECKED_IN')
        AND tstzrange(starts_at, blocked_until) && tstzrange(${from}::timestamptz, ${to}::timestamptz)
      ORDER BY starts_at`;
  }

  /** One page of a list by keyset on (starts_at, id), soonest first. */
  page(filter: BookingFilter, after: TimePosition | undefined, limit: number) {
    return this.prisma.booking.findMany({
      where: { AND: [whereOf(filter), pastPosition('startsAt', 'asc', after)] },
      orderBy: [{ startsAt: 'asc' }, { id: 'asc' }],
      take: limit,
    });
  }

  count(filter: BookingFilter): Promise<number> {
    return this.prisma.booking.count({ where: whereOf(filter) });
  }

  /**
   * The staff inbox: PENDING bookings of these hubs' spaces (null: every hub), the longest
   * waiting first, by keyset on (created_at, id); on (status, created_at, id).
   */
  pendingPageInHubs(
    hubIds: readonly string[] | null,
    after: TimePosition | undefined,
    limit: number,
  ): Promise<BookingRow[]> {
    return this.prisma.booking.findMany({
      where: { ...pendingInHubs(hubIds), ...pastPosition('createdAt', 'asc', after) },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      take: limit,
    });
  }

  pendingCountInHubs(hubIds: readonly string[] | null): Promise<number> {
    return this.prisma.booking.count({ where: pendingInHubs(hubIds) });
  }

  /** The bookings of one weekly series, in order. */
  ofSeries(seriesId: string): Promise<BookingRow[]> {
    return this.prisma.booking.findMany({
      where: { seriesId },
      orderBy: [{ startsAt: 'asc' }, { id: 'asc' }],
    });
  }

  /**
   * Hours each stakeholder has live in each hub's spaces during the Seoul week starting at
   * `weekStart`: what the weekly quota counts. One statement for any number of keys.
   */
  async weeklyHours(
    keys: readonly WeekOfStakeholder[],
    client: Tx = this.prisma,
  ): Promise<number[]> {
    if (!keys.length) return [];
    const rows = await client.$queryRaw<{ i: number; hours: number }[]>`
      SELECT k.i::int AS i,
             COALESCE(SUM(EXTRACT(EPOCH FROM (b.ends_at - b.starts_at))), 0)::float8 / 3600 AS hours
      FROM unnest(${keys.map((k) => k.stakeholderId)}::uuid[],
                  ${keys.map((k) => k.hubId)}::uuid[],
                  ${keys.map((k) => k.weekStart.toISOString())}::timestamptz[])
             WITH ORDINALITY AS k(stakeholder_id, hub_id, week_start, i)
      LEFT JOIN spaces s ON s.hub_id = k.hub_id
      LEFT JOIN bookings b ON b.space_id = s.id AND b.stakeholder_id = k.stakeholder_id
        AND b.status IN ('PENDING', 'CONFIRMED', 'CHECKED_IN')
        AND b.starts_at >= k.week_start AND b.starts_at < k.week_start + interval '7 days'
      GROUP BY k.i`;
    const byIndex = new Map(rows.map((row) => [row.i, row.hours]));
    return keys.map((_, index) => byIndex.get(index + 1) ?? 0);
  }

  /**
   * Takes the stakeholder's quota week until the transaction ends: bookings counted against one
   * stakeholder's week check the quota and insert one at a time. A two-key advisory lock, so its
   * keys never meet a one-key lock (the migrator's).
   */
  async lockQuotaWeek(tx: Tx, week: WeekOfStakeholder): Promise<void> {
    const key = `${week.stakeholderId}:${week.weekStart.toISOString()}`;
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${QUOTA_LOCK_CLASS}::int, hashtext(${key}))`;
  }

  /**
   * CONFIRMED bookings that started before `before` and were never checked in. An event's own
   * booking is left alone: the event keeps its space whether or not anyone checks it in.
   */
  overdue(before: Date, limit: number) {
    return this.prisma.booking.findMany({
      where: { status: 'CONFIRMED', startsAt: { lt: before }, event: null },
      orderBy: [{ startsAt: 'asc' }],
      take: limit,
    });
  }

  /**
   * Seconds of live bookings in each hub's non-archived spaces, clipped to [from, to); no row
   * for a hub with none. Whole park days come from the per-space, per-day rollup; the pieces
   * of a day at either end from the bookings that overlap them. One SQL statement.
   */
  bookedSecondsByHub(ids: string[], from: Date, to: Date) {
    return this.bookedSecondsByHubAndPeriod(ids, [{ from, to }]);
  }

  /**
   * The same sum for several periods at once (the weeks or months of a series), in one
   * statement: each period is cut into its whole park days and its edges as above. `period` is
   * the 0-based index of the period in `periods`.
   */
  bookedSecondsByHubAndPeriod(ids: string[], periods: readonly { from: Date; to: Date }[]) {
    // As ISO strings: one text[] parameter each, cast in SQL.
    const froms = periods.map((period) => period.from.toISOString());
    const tos = periods.map((period) => period.to.toISOString());
    return this.prisma.$queryRaw<{ period: number; hubId: string; seconds: number }[]>`
      WITH period AS (
        SELECT (i - 1)::int AS n, f, t,
               park_day(f) + CASE WHEN park_day_start(park_day(f)) = f THEN 0 ELSE 1 END AS first_day,
               park_day(t) AS end_day
        FROM unnest(${froms}::timestamptz[], ${tos}::timestamptz[]) WITH ORDINALITY AS p(f, t, i)
      ), edges AS (
        -- [from, the first whole day) and [the end of the whole days, to); a single piece,
        -- [from, to), when no whole day fits. Either may be empty.
        SELECT n, f AS lo, LEAST(park_day_start(first_day), t) AS hi FROM period
        UNION ALL
        SELECT n, GREATEST(park_day_start(end_day), LEAST(park_day_start(first_day), t)), t FROM period
      ), booked AS (
        -- Per space first (a range of the rollup's key), then the hubs' live spaces.
        SELECT period.n, r.space_id, SUM(r.booked_ms)::numeric AS ms
        FROM period JOIN space_booked_days r ON r.day >= period.first_day AND r.day < period.end_day
        GROUP BY period.n, r.space_id
        UNION ALL
        SELECT e.n, b.space_id,
               SUM(EXTRACT(EPOCH FROM LEAST(b.ends_at, e.hi) - GREATEST(b.starts_at, e.lo)) * 1000)
        FROM edges e
        JOIN bookings b ON tstzrange(b.starts_at, b.blocked_until) && tstzrange(e.lo, e.hi)
        WHERE b.status IN (${LIVE_LIST}) AND b.starts_at < e.hi AND b.ends_at > e.lo
        GROUP BY e.n, b.space_id
      )
      -- Whole milliseconds summed exactly, then one rounding: the same float as summing seconds.
      SELECT booked.n AS period, s.hub_id AS "hubId", SUM(booked.ms)::float8 / 1000 AS seconds
      FROM spaces s JOIN booked ON booked.space_id = s.id
      WHERE s.hub_id = ANY(${ids}::uuid[]) AND s.archived_at IS NULL
      GROUP BY booked.n, s.hub_id`;
  }

  /** The earliest start and latest end of any live booking (null when there is none). One statement. */
  async liveSpan(): Promise<{ from: Date; to: Date } | null> {
    const [row] = await this.prisma.$queryRaw<{ from: Date | null; to: Date | null }[]>`
      SELECT min(starts_at) AS "from", max(ends_at) AS "to" FROM bookings
      WHERE status IN (${LIVE_LIST})`;
    return row?.from && row.to ? { from: row.from, to: row.to } : null;
  }
}
