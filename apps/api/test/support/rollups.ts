import fc from 'fast-check';
import { BookingStatus, PartnershipKind, StakeholderKind } from '@park/platform/database';
import { SpaceUtilisation } from '@park/spaces';
import { Park, startPark } from './park';
import { TestApi } from './test-api';
import { DAY_MS, MINUTE_MS, ROUND_THE_CLOCK, seoulDate, seoulMidnight, WEEK_MS } from './time';

// The rollups parkStats reads, kept by triggers (migration 20261127060000_park_rollups): booked
// time of live bookings per space and Asia/Seoul day, and memberships by (hub, status),
// stakeholders by kind and partnerships by (kind, status). After random histories and under
// concurrent writers they must equal a recount from the base tables, and parkStats must give
// what its definition gave before the rollups (live bookings summed straight from bookings).
// Every space here is open around the clock, so a hub's open time is its spaces × the period.

export const ADMIN = 'park admin';
export const OWNER = 'owner';

export const LIVE: BookingStatus[] = ['PENDING', 'CONFIRMED', 'CHECKED_IN'];
export const BOOKING_STATES: BookingStatus[] = [...LIVE, 'REJECTED', 'CANCELLED', 'NO_SHOW'];
/** In the schema's order, which is the order parkStats lists them in. */
export const STAKEHOLDER_KINDS = Object.values(StakeholderKind);
export const PARTNERSHIP_KINDS = Object.values(PartnershipKind);
/** The values an arbitrary generates. */
export type Generated<A> = A extends fc.Arbitrary<infer T> ? T : never;
/** Refusals a random history runs into; anything else (a 500 above all) fails the test. */
export const TOLERATED = new Set(['CONFLICT', 'INVALID_TRANSITION', 'BAD_USER_INPUT']);

export const STATS = `query ($from: DateTime!, $to: DateTime!) { parkStats(from: $from, to: $to) {
  hubs { hub { id } activeMembers pendingApplications utilisation }
  stakeholdersByKind { kind count } partnershipsByKind { kind count } } }`;

export let api: TestApi;
let park: Park;
export let utilisation: SpaceUtilisation;
export let hubIds: string[];
export let ownerId: string;
export const tokens: Record<string, string> = {};
export let sequence = 0;

export const as = (who: string) => ({ token: tokens[who] });

/** A mutation a random history may try; tolerated refusals return null. */
export async function attempt<T = Record<string, { id: string }>>(
  who: string,
  query: string,
  variables: Record<string, unknown>,
): Promise<T | null> {
  const response = await api.graphql.execute<T>(query, variables, as(who));
  const [error] = response.errors ?? [];
  if (!error) return response.data as T;
  if (TOLERATED.has(error.extensions.code)) return null;
  throw new Error(`${error.extensions.code}: ${error.message}`);
}

export async function createSpace(
  hubId: string,
  policy: Record<string, unknown> = {},
): Promise<string> {
  sequence += 1;
  const { createSpace } = await api.graphql.ok<{ createSpace: { id: string } }>(
    `mutation ($input: CreateSpaceInput!) { createSpace(input: $input) { id } }`,
    {
      input: {
        hubId,
        name: `Rollup Room ${sequence}`,
        kind: 'MEETING_ROOM',
        capacity: 10,
        openingHours: ROUND_THE_CLOCK,
        policy: { maxDurationMinutes: 10_080, maxAdvanceDays: 365, ...policy },
      },
    },
    as(ADMIN),
  );
  return createSpace.id;
}

export async function createStakeholder(kind: string): Promise<string> {
  sequence += 1;
  const { createStakeholder } = await api.graphql.ok<{ createStakeholder: { id: string } }>(
    `mutation ($input: CreateStakeholderInput!) { createStakeholder(input: $input) { id } }`,
    { input: { name: `Rollup Collective ${sequence}`, kind } },
    as(OWNER),
  );
  return createStakeholder.id;
}

export function book(spaceId: string, startsAt: number, endsAt: number) {
  return attempt<{ bookSpace: { id: string; status: string } }>(
    OWNER,
    `mutation ($input: BookSpaceInput!) { bookSpace(input: $input) { id status } }`,
    {
      input: {
        spaceId,
        startsAt: new Date(startsAt).toISOString(),
        endsAt: new Date(endsAt).toISOString(),
        purpose: 'Rollup story',
        attendees: 2,
      },
    },
  );
}

export const apply = (stakeholderId: string, hubId: string) =>
  attempt<{ applyForMembership: { id: string } }>(
    OWNER,
    `mutation ($input: ApplyForMembershipInput!) { applyForMembership(input: $input) { id } }`,
    { input: { hubId, stakeholderId, plan: 'COWORKING', motivation: 'We would like to join.' } },
  );

/** The moves each state allows (the flows' tables), for random histories that get somewhere. */
export const NEXT: Record<string, Record<string, string[]>> = {
  booking: { PENDING: ['approve', 'reject', 'cancel'], CONFIRMED: ['checkIn', 'cancel'] },
  membership: {
    SUBMITTED: ['startReview', 'reject', 'withdraw'],
    UNDER_REVIEW: ['approve', 'approve', 'reject', 'withdraw'],
    APPROVED: ['suspend', 'end'],
    SUSPENDED: ['reinstate', 'end'],
  },
  partnership: {
    PROPOSED: ['accept', 'accept', 'decline', 'withdraw'],
    AGREED: ['approve', 'approve', 'reject', 'withdraw'],
    ACTIVE: ['complete', 'terminate'],
  },
};

/** Each workflow move: who makes it and its mutation (reasons and notes inline). */
export const BOOKING_MOVES = {
  approve: [ADMIN, 'approveBooking(id: $id)'],
  reject: [ADMIN, 'rejectBooking(id: $id, reason: "Not this time")'],
  cancel: [OWNER, 'cancelBooking(id: $id)'],
  checkIn: [OWNER, 'checkInBooking(id: $id)'],
} as const;
export const MEMBERSHIP_MOVES = {
  startReview: [ADMIN, 'startMembershipReview(id: $id)'],
  approve: [ADMIN, 'approveMembership(id: $id)'],
  reject: [ADMIN, 'rejectMembership(id: $id, reason: "Not now")'],
  suspend: [ADMIN, 'suspendMembership(id: $id, reason: "Unpaid")'],
  reinstate: [ADMIN, 'reinstateMembership(id: $id)'],
  end: [ADMIN, 'endMembership(id: $id)'],
  withdraw: [OWNER, 'withdrawMembershipApplication(id: $id)'],
} as const;
export const PARTNERSHIP_MOVES = {
  accept: [OWNER, 'acceptPartnership(id: $id)'],
  decline: [OWNER, 'declinePartnership(id: $id, reason: "No time")'],
  withdraw: [OWNER, 'withdrawPartnership(id: $id)'],
  approve: [ADMIN, 'approvePartnership(id: $id)'],
  reject: [ADMIN, 'rejectPartnership(id: $id, reason: "Out of scope")'],
  complete: [ADMIN, 'completePartnership(id: $id)'],
  terminate: [ADMIN, 'terminatePartnership(id: $id, reason: "Ended early")'],
} as const;

export const move = (
  moves: Record<string, readonly [string, string]>,
  action: string,
  id: string,
) => attempt(moves[action][0], `mutation ($id: ID!) { ${moves[action][1]} { id } }`, { id });

// ── Recounts ──────────────────────────────────────────────────────────────────────────────────

/** Booked ms per "day space" of live bookings, split at Seoul midnights here, not in SQL. */
export async function recountedBookedDays(): Promise<Record<string, number>> {
  const bookings = await api.prisma.booking.findMany({
    where: { status: { in: LIVE } },
    select: { spaceId: true, startsAt: true, endsAt: true },
  });
  const totals: Record<string, number> = {};
  for (const booking of bookings) {
    const end = booking.endsAt.getTime();
    for (let start = booking.startsAt.getTime(); start < end;) {
      const midnight = seoulMidnight(start);
      const next = Math.min(end, midnight + DAY_MS);
      const key = `${seoulDate(midnight)} ${booking.spaceId}`;
      totals[key] = (totals[key] ?? 0) + next - start;
      start = next;
    }
  }
  return totals;
}

export async function rolledUpBookedDays(): Promise<Record<string, number>> {
  const rows = await api.prisma.spaceBookedDay.findMany({ where: { bookedMs: { not: 0 } } });
  return Object.fromEntries(
    rows.map((row) => [
      `${row.day.toISOString().slice(0, 10)} ${row.spaceId}`,
      Number(row.bookedMs),
    ]),
  );
}

/** Each counter table beside the same count taken from its base table; zero rows left out. */
export const COUNTERS = {
  memberships: [
    `SELECT hub_id || ' ' || status AS key, count AS n FROM membership_counts WHERE count <> 0`,
    `SELECT hub_id || ' ' || status AS key, COUNT(*)::int AS n FROM memberships GROUP BY 1`,
  ],
  stakeholders: [
    `SELECT kind::text AS key, count AS n FROM stakeholder_counts WHERE count <> 0`,
    `SELECT kind::text AS key, COUNT(*)::int AS n FROM stakeholders GROUP BY 1`,
  ],
  partnerships: [
    `SELECT kind || ' ' || status AS key, count AS n FROM partnership_counts WHERE count <> 0`,
    `SELECT kind || ' ' || status AS key, COUNT(*)::int AS n FROM partnerships GROUP BY 1`,
  ],
};

export async function keyed(sql: string): Promise<Record<string, number>> {
  const rows = await api.prisma.$queryRawUnsafe<{ key: string; n: number }[]>(sql);
  return Object.fromEntries(rows.map((row) => [row.key, row.n]));
}

/** Every rollup beside its recount; equal when the triggers lost nothing. */
export async function rollupsAndRecounts() {
  const rolledUp: Record<string, Record<string, number>> = {};
  const recounted: Record<string, Record<string, number>> = {};
  rolledUp.bookedDays = await rolledUpBookedDays();
  recounted.bookedDays = await recountedBookedDays();
  for (const [name, [counter, recount]] of Object.entries(COUNTERS)) {
    rolledUp[name] = await keyed(counter);
    recounted[name] = await keyed(recount);
  }
  return { rolledUp, recounted };
}

export async function expectRollupsExact(): Promise<void> {
  const { rolledUp, recounted } = await rollupsAndRecounts();
  expect(rolledUp).toEqual(recounted);
}

// ── parkStats before the rollups ───────────────────────────────────────────────────────────────

/** Booked seconds per hub exactly as utilisation summed them before the rollup. */
export async function oldBookedSeconds(ids: string[], from: Date, to: Date): Promise<number[]> {
  const rows = await api.prisma.$queryRaw<{ hubId: string; seconds: number }[]>`
    SELECT s.hub_id AS "hubId",
           SUM(EXTRACT(EPOCH FROM LEAST(b.ends_at, ${to}) - GREATEST(b.starts_at, ${from})))::float8 AS seconds
    FROM spaces s JOIN bookings b ON b.space_id = s.id
    WHERE s.hub_id = ANY(${ids}::uuid[]) AND s.archived_at IS NULL
      AND b.status = ANY(${LIVE}::"BookingStatus"[])
      AND b.starts_at < ${to}
      AND b.starts_at > ${new Date(from.getTime() - WEEK_MS)}
      AND b.ends_at > ${from}
    GROUP BY s.hub_id`;
  return ids.map((id) => Number(rows.find((row) => row.hubId === id)?.seconds ?? 0));
}

/** parkStats' figures as the group-by counts and the old booked-time sum gave them. */
export async function oldParkStats(from: Date, to: Date) {
  const seconds = await oldBookedSeconds(hubIds, from, to);
  const [memberships, stakeholders, partnerships, spaces] = await Promise.all([
    api.prisma.membership.groupBy({ by: ['hubId', 'status'], _count: { _all: true } }),
    api.prisma.stakeholder.groupBy({ by: ['kind'], _count: { _all: true } }),
    api.prisma.partnership.groupBy({
      by: ['kind'],
      where: { status: 'ACTIVE' },
      _count: { _all: true },
    }),
    api.prisma.space.groupBy({
      by: ['hubId'],
      where: { archivedAt: null },
      _count: { _all: true },
    }),
  ]);
  const members = (hubId: string, statuses: string[]) =>
    memberships
      .filter((row) => row.hubId === hubId && statuses.includes(row.status))
      .reduce((sum, row) => sum + row._count._all, 0);
  return {
    hubs: hubIds.map((hubId, index) => {
      const open =
        (spaces.find((row) => row.hubId === hubId)?._count._all ?? 0) *
        (to.getTime() - from.getTime());
      const ratio = open ? Math.min(1, (seconds[index] * 1000) / open) : 0;
      return {
        hub: { id: hubId },
        activeMembers: members(hubId, ['APPROVED']),
        pendingApplications: members(hubId, ['SUBMITTED', 'UNDER_REVIEW']),
        utilisation: Math.round(ratio * 10_000) / 10_000,
      };
    }),
    stakeholdersByKind: STAKEHOLDER_KINDS.map((kind) => ({
      kind,
      count: stakeholders.find((row) => row.kind === kind)?._count._all ?? 0,
    })),
    partnershipsByKind: PARTNERSHIP_KINDS.map((kind) => ({
      kind,
      count: partnerships.find((row) => row.kind === kind)?._count._all ?? 0,
    })),
  };
}

export async function expectParkStatsAsBefore(from: Date, to: Date): Promise<void> {
  const { parkStats } = await api.graphql.ok<{ parkStats: unknown }>(
    STATS,
    { from: from.toISOString(), to: to.toISOString() },
    as(ADMIN),
  );
  expect(parkStats).toEqual(await oldParkStats(from, to));
}

/**
 * A period for parkStats: on a Seoul midnight or anywhere (to the millisecond), whole days or
 * not, shorter than a day or weeks long; `base` is a Seoul midnight.
 */
export const period = (base: number) =>
  fc
    .record({
      startMinutes: fc.integer({ min: -3 * 24 * 60, max: 25 * 24 * 60 }),
      ms: fc.nat(999),
      aligned: fc.boolean(),
      days: fc.integer({ min: 0, max: 30 }),
      minutes: fc.integer({ min: 0, max: 24 * 60 }),
    })
    .map(({ startMinutes, ms, aligned, days, minutes }) => {
      const from = aligned
        ? seoulMidnight(base + startMinutes * MINUTE_MS)
        : base + startMinutes * MINUTE_MS + ms;
      const length =
        aligned && minutes % 2 === 0 ? days * DAY_MS : days * DAY_MS + minutes * MINUTE_MS + ms;
      return { from: new Date(from), to: new Date(from + Math.max(1, length)) };
    });
/** The API, the three hubs (in parkStats' order), a park admin and OWNER, who books. */
export async function startRollupStories(): Promise<void> {
  ({ api, park } = await startPark());
  utilisation = api.app.get(SpaceUtilisation);
  for (const slug of ['youth-hub', 'social-economy-centre', 'local-community-centre'] as const) {
    await park.hub(slug);
  }
  tokens[ADMIN] = (await park.parkAdmin()).token;
  const owner = await park.newUser({ label: 'rollup-owner', displayName: 'Rollup Owner' });
  tokens[OWNER] = owner.token;
  ownerId = owner.id;
  // In parkStats' own order.
  const { parkStats } = await api.graphql.ok<{ parkStats: { hubs: { hub: { id: string } }[] } }>(
    STATS,
    { from: new Date(0).toISOString(), to: new Date(DAY_MS).toISOString() },
    as(ADMIN),
  );
  hubIds = parkStats.hubs.map((row) => row.hub.id);
}
