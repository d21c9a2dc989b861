import { GraphqlError } from '@park/platform/testing';
import { DEMO_PASSWORD, seedPark } from '@park/seed';
import { startTestApi, TestApi } from './support/test-api';

// Booking a space: the policy rules a request must meet, overlaps the database refuses, and what
// happens to a booking afterwards (approve, reject, cancel, check in: who may, from which state).
// Free time, weekly series, calendars and the no-show job: spaces.int-spec.ts.
// Races and statement budgets: booking-concurrency.int-spec.ts.

const ADMIN = 'admin@parkcommons.example';
const YOUTH_MANAGER = 'youth-manager@parkcommons.example';
const YOUTH_COORDINATOR = 'youth-coordinator@parkcommons.example';
const SOCIAL_MANAGER = 'social-economy-manager@parkcommons.example';
/** Registered in beforeAll: OWNER owns a stakeholder with an APPROVED Youth Hub membership. */
const OWNER = 'owner@booking-stories.example';
/** A MEMBER of OWNER's stakeholder. */
const FELLOW = 'fellow@booking-stories.example';
/** Belongs to no stakeholder at all. */
const OUTSIDER = 'outsider@booking-stories.example';
const ANONYMOUS = 'anonymous';

const MINUTE_MS = 60 * 1000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;
const WEEK_MS = 7 * DAY_MS;
const SEOUL_MS = 9 * HOUR_MS;

type Variables = Record<string, unknown>;
interface Step {
  action: string;
  from: string | null;
  to: string;
  note: string | null;
  actor: { id: string } | null;
}
interface BookingView {
  id: string;
  status: string;
  startsAt: string;
  endsAt: string;
  seriesId: string | null;
  checkedInAt: string | null;
  stakeholder: { id: string } | null;
  history: Step[];
}
type Violation = { field: string; rule: string };

const BOOKING_FIELDS = `id status startsAt endsAt seriesId checkedInAt stakeholder { id }
  history { action from to note actor { id } }`;
const BOOK = `mutation Book($input: BookSpaceInput!) { bookSpace(input: $input) { ${BOOKING_FIELDS} } }`;
const FIELD_OF = {
  approve: 'approveBooking',
  reject: 'rejectBooking',
  cancel: 'cancelBooking',
  checkIn: 'checkInBooking',
};
type Move = keyof typeof FIELD_OF;
const REGISTER = `mutation Register($input: RegisterInput!) { register(input: $input) { accessToken } }`;
const LOGIN = `mutation Login($input: LoginInput!) { login(input: $input) { accessToken } }`;
/** The mutation of a move; reject needs a reason, cancel takes one. */
function moveDocument(action: Move): string {
  const reason = {
    reject: ['$reason: String!', ', reason: $reason'],
    cancel: ['$reason: String', ', reason: $reason'],
  }[action as 'reject' | 'cancel'] ?? ['', ''];
  const variables = reason[0] ? `$id: ID!, ${reason[0]}` : '$id: ID!';
  return `mutation Move(${variables}) { ${FIELD_OF[action]}(id: $id${reason[1]}) { ${BOOKING_FIELDS} } }`;
}

let api: TestApi;
const tokens: Record<string, string | undefined> = { [ANONYMOUS]: undefined };
const ids: Record<string, string> = {};
let youthHub: string;
let stakeholderId: string;
let sequence = 0;

const as = (who: string) => ({ token: tokens[who] });

/** Seoul midnight of the first `weekday` (1 = Monday) at least `days` ahead, as a UTC instant. */
function dayAhead(weekday: number, days: number): number {
  const today = Math.floor((Date.now() + SEOUL_MS) / DAY_MS) * DAY_MS - SEOUL_MS;
  for (let day = today + days * DAY_MS; ; day += DAY_MS) {
    if ((new Date(day + SEOUL_MS).getUTCDay() || 7) === weekday) return day;
  }
}
/** `clock` ("HH:MM", Seoul) on the day starting at `day`, as ISO. */
function at(day: number, clock: string): string {
  const [hours, minutes] = clock.split(':').map(Number);
  return new Date(day + hours * HOUR_MS + minutes * MINUTE_MS).toISOString();
}
/** A whole minute `minutes` from now, as ISO. */
const fromNow = (minutes: number) =>
  new Date(Math.ceil(Date.now() / MINUTE_MS) * MINUTE_MS + minutes * MINUTE_MS).toISOString();

const WEEKDAY_HOURS = [1, 2, 3, 4, 5].map((weekday) => ({
  weekday,
  opens: '09:00',
  closes: '18:00',
}));
const ROUND_THE_CLOCK = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({
  weekday,
  opens: '00:00',
  closes: '24:00',
}));

/** A fresh Youth Hub room, created by its manager, with the policy a story needs. */
async function room(policy: Variables = {}, openingHours = WEEKDAY_HOURS): Promise<string> {
  sequence += 1;
  const { createSpace } = await api.graphql.ok<{ createSpace: { id: string } }>(
    `mutation Create($input: CreateSpaceInput!) { createSpace(input: $input) { id } }`,
    {
      input: {
        hubId: youthHub,
        name: `Booking Story Room ${sequence}`,
        kind: 'MEETING_ROOM',
        capacity: 8,
        policy,
        openingHours,
      },
    },
    as(YOUTH_MANAGER),
  );
  return createSpace.id;
}

function request(spaceId: string, startsAt: string, endsAt: string, extra: Variables = {}) {
  return { spaceId, startsAt, endsAt, purpose: 'Team meeting', attendees: 4, ...extra };
}
/** A request for `from`–`to` (Seoul clock) on the day starting at `day`. */
const slot = (spaceId: string, day: number, from: string, to: string, extra: Variables = {}) =>
  request(spaceId, at(day, from), at(day, to), extra);

async function book(who: string, input: Variables): Promise<BookingView> {
  return (await api.graphql.ok<{ bookSpace: BookingView }>(BOOK, { input }, as(who))).bookSpace;
}

const refusal = (who: string, query: string, variables: Variables): Promise<GraphqlError> =>
  api.graphql.errorCode(query, variables, as(who));

async function move(who: string, action: Move, id: string, reason?: string) {
  const data = await api.graphql.ok<Record<string, BookingView>>(
    moveDocument(action),
    { id, reason },
    as(who),
  );
  return data[FIELD_OF[action]];
}

/** Everything a booking or a move could write, park-wide. */
async function totals() {
  const [bookings, history, audit, notices] = await Promise.all([
    api.prisma.booking.count(),
    api.prisma.workflowEvent.count(),
    api.prisma.auditLogEntry.count(),
    api.prisma.notification.count(),
  ]);
  return { bookings, history, audit, notices };
}

async function noticesOf(entityId: string) {
  const rows = await api.prisma.notification.findMany({ where: { entityId } });
  return rows.map((row) => ({ to: row.recipientId, kind: row.kind, message: row.message }));
}

/** Moves a booking's times `startsInMinutes` from now, as if time had passed. */
async function shiftTo(id: string, startsInMinutes: number, lastsMinutes = 60) {
  const startsAt = new Date(Date.now() + startsInMinutes * MINUTE_MS);
  const endsAt = new Date(startsAt.getTime() + lastsMinutes * MINUTE_MS);
  await api.prisma.booking.update({
    where: { id },
    data: { startsAt, endsAt, blockedUntil: endsAt },
  });
}

describe('bookings', () => {
  beforeAll(async () => {
    api = await startTestApi({ NO_SHOW_SWEEP_SECONDS: '0' });
    await seedPark(api.prisma, {
      admin: { email: ADMIN, password: DEMO_PASSWORD },
      demo: true,
      stakeholders: 40,
      log: () => undefined,
    });
    for (const email of [OWNER, FELLOW, OUTSIDER]) {
      const input = { email, password: DEMO_PASSWORD, displayName: email.split('@')[0] };
      const data = await api.graphql.ok<{ register: { accessToken: string } }>(REGISTER, { input });
      tokens[email] = data.register.accessToken;
    }
    for (const email of [ADMIN, YOUTH_MANAGER, YOUTH_COORDINATOR, SOCIAL_MANAGER]) {
      const input = { email, password: DEMO_PASSWORD };
      tokens[email] = (
        await api.graphql.ok<{ login: { accessToken: string } }>(LOGIN, { input })
      ).login.accessToken;
    }
    for (const user of await api.prisma.user.findMany({
      where: { email: { in: Object.keys(tokens) } },
    })) {
      ids[user.email] = user.id;
    }
    youthHub = (await api.prisma.hub.findUniqueOrThrow({ where: { slug: 'youth-hub' } })).id;
    // OWNER's collective, with FELLOW in it, becomes an APPROVED member of the Youth Hub.
    const { createStakeholder } = await api.graphql.ok<{ createStakeholder: { id: string } }>(
      `mutation Create($input: CreateStakeholderInput!) { createStakeholder(input: $input) { id } }`,
      { input: { name: 'Booking Stories Collective', kind: 'YOUTH_GROUP' } },
      as(OWNER),
    );
    stakeholderId = createStakeholder.id;
    await api.graphql.ok(
      `mutation Add($id: ID!, $email: String!) {
        addStakeholderMember(stakeholderId: $id, email: $email, role: MEMBER) { id } }`,
      { id: stakeholderId, email: FELLOW },
      as(OWNER),
    );
    const { applyForMembership } = await api.graphql.ok<{ applyForMembership: { id: string } }>(
      `mutation Apply($input: ApplyForMembershipInput!) { applyForMembership(input: $input) { id } }`,
      {
        input: {
          hubId: youthHub,
          stakeholderId,
          plan: 'COWORKING',
          motivation: 'We meet every week to plan youth projects.',
        },
      },
      as(OWNER),
    );
    for (const field of ['startMembershipReview', 'approveMembership']) {
      await api.graphql.ok(
        `mutation Move($id: ID!) { ${field}(id: $id) { id } }`,
        { id: applyForMembership.id },
        as(ADMIN),
      );
    }
  });
  afterAll(() => api.close());

  describe('booking a slot', () => {
    it('anyone signed in books an open room: CONFIRMED, with its first history step and no notice', async () => {
      const spaceId = await room();
      const monday = dayAhead(1, 7);

      const booking = await book(OUTSIDER, slot(spaceId, monday, '10:00', '11:30'));

      expect(booking).toEqual({
        id: expect.any(String),
        status: 'CONFIRMED',
        startsAt: at(monday, '10:00'),
        endsAt: at(monday, '11:30'),
        seriesId: null,
        checkedInAt: null,
        stakeholder: null,
        history: [
          {
            action: 'create',
            from: null,
            to: 'CONFIRMED',
            note: null,
            actor: { id: ids[OUTSIDER] },
          },
        ],
      });
      expect(
        await api.prisma.booking.findUniqueOrThrow({ where: { id: booking.id } }),
      ).toMatchObject({ spaceId, bookerId: ids[OUTSIDER], attendees: 4, purpose: 'Team meeting' });
      expect(await noticesOf(booking.id)).toEqual([]);
    });

    it('where approval is required a member waits as PENDING and the hub staff are told; staff are CONFIRMED at once', async () => {
      const spaceId = await room({ requiresApproval: true });
      const tuesday = dayAhead(2, 7);

      const pending = await book(FELLOW, slot(spaceId, tuesday, '10:00', '11:00'));
      const staff = await book(YOUTH_COORDINATOR, slot(spaceId, tuesday, '14:00', '15:00'));

      expect(pending.status).toBe('PENDING');
      expect(staff.status).toBe('CONFIRMED');
      const notices = await noticesOf(pending.id);
      expect(notices.map((n) => [n.to, n.kind]).sort()).toEqual(
        [
          [ids[YOUTH_MANAGER], 'BOOKING_TO_APPROVE'],
          [ids[YOUTH_COORDINATOR], 'BOOKING_TO_APPROVE'],
        ].sort(),
      );
      expect(await noticesOf(staff.id)).toEqual([]);
    });

    it('a member of a stakeholder books on its behalf; anyone else asking for it is FORBIDDEN', async () => {
      const spaceId = await room({ memberOnly: true });
      const wednesday = dayAhead(3, 7);

      const forCollective = await book(
        FELLOW,
        slot(spaceId, wednesday, '10:00', '11:00', { stakeholderId }),
      );
      const before = await totals();
      const error = await refusal(OUTSIDER, BOOK, {
        input: slot(spaceId, wednesday, '13:00', '14:00', { stakeholderId }),
      });

      expect(forCollective.stakeholder).toEqual({ id: stakeholderId });
      expect(error.extensions.code).toBe('FORBIDDEN');
      expect(await totals()).toEqual(before);
    });

    /** `from`–`to` on the first `weekday` a week or more ahead. */
    const on =
      (weekday: number, from: string, to: string, extra: Variables = {}) =>
      () => ({
        startsAt: at(dayAhead(weekday, 7), from),
        endsAt: at(dayAhead(weekday, 7), to),
        ...extra,
      });
    const soon = (from: number, to: number) => () => ({
      startsAt: fromNow(from),
      endsAt: fromNow(to),
    });
    it.each<[string, string, string, Variables, () => Variables]>([
      ['ending first', 'END_AFTER_START', 'endsAt', {}, on(1, '11:00', '10:00')],
      ['an hour ago', 'NOT_IN_THE_PAST', 'startsAt', {}, soon(-120, -60)],
      ['in an hour', 'MIN_NOTICE', 'startsAt', { minNoticeMinutes: 180 }, soon(60, 120)],
      ['90 minutes', 'MAX_DURATION', 'endsAt', { maxDurationMinutes: 60 }, on(2, '10:00', '11:30')],
      ['a week ahead', 'MAX_ADVANCE', 'startsAt', { maxAdvanceDays: 5 }, on(3, '10:00', '11:00')],
      ['on a Saturday', 'OPENING_HOURS', 'startsAt', {}, on(6, '10:00', '11:00')],
      ['past closing', 'OPENING_HOURS', 'startsAt', {}, on(4, '17:30', '18:30')],
      ['for 9 of 8 seats', 'CAPACITY', 'attendees', {}, on(5, '10:00', '11:00', { attendees: 9 })],
      ['by a non-member', 'MEMBERS_ONLY', 'spaceId', { memberOnly: true }, on(5, '10:00', '11:00')],
    ])(
      'a booking %s breaks %s: BAD_USER_INPUT naming %s, and nothing is created',
      async (_story, rule, field, policy, ask) => {
        const round = ['NOT_IN_THE_PAST', 'MIN_NOTICE'].includes(rule);
        const spaceId = await room(policy, round ? ROUND_THE_CLOCK : WEEKDAY_HOURS);
        const asked = ask();
        const before = await totals();

        const error = await refusal(OUTSIDER, BOOK, {
          input: request(spaceId, asked.startsAt as string, asked.endsAt as string, asked),
        });

        expect(error.extensions.code).toBe('BAD_USER_INPUT');
        expect(error.extensions.fields).toContain(field);
        expect(error.extensions.violations).toContainEqual(
          expect.objectContaining({ field, rule }),
        );
        expect(await totals()).toEqual(before);
      },
    );

    it('a stakeholder over its weekly quota across the hub is refused on stakeholderId (WEEKLY_QUOTA)', async () => {
      const [spaceId, otherRoom] = [await room({ weeklyQuotaHours: 3 }), await room()];
      const monday = dayAhead(1, 35);
      const mine = { stakeholderId };
      await book(OWNER, slot(spaceId, monday, '09:00', '11:00', mine));
      // One more hour in another Youth Hub room, later that Seoul week: 3 hours, the quota.
      await book(FELLOW, slot(otherRoom, monday + 2 * DAY_MS, '09:00', '10:00', mine));
      const before = await totals();

      const error = await refusal(OWNER, BOOK, {
        input: slot(spaceId, monday + 4 * DAY_MS, '09:00', '09:30', mine),
      });

      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['stakeholderId'] });
      expect(error.extensions.violations).toEqual([
        expect.objectContaining({ field: 'stakeholderId', rule: 'WEEKLY_QUOTA' }),
      ]);
      expect(await totals()).toEqual(before);
      const nextWeek = await book(OWNER, slot(spaceId, monday + WEEK_MS, '09:00', '12:00', mine));
      expect(nextWeek.status).toBe('CONFIRMED');
    });

    it('lists every rule a request breaks at once', async () => {
      const spaceId = await room({ memberOnly: true, maxDurationMinutes: 60 });
      const saturday = dayAhead(6, 7);

      const error = await refusal(OUTSIDER, BOOK, {
        input: slot(spaceId, saturday, '10:00', '12:00', { attendees: 20 }),
      });

      expect((error.extensions.violations as Violation[]).map((v) => v.rule).sort()).toEqual(
        ['CAPACITY', 'MAX_DURATION', 'MEMBERS_ONLY', 'OPENING_HOURS'].sort(),
      );
      expect([...(error.extensions.fields ?? [])].sort()).toEqual(
        ['attendees', 'endsAt', 'spaceId', 'startsAt'].sort(),
      );
    });

    it('staff may book with less notice and for longer than members, but never over another booking', async () => {
      const spaceId = await room(
        { minNoticeMinutes: 240, maxDurationMinutes: 60 },
        ROUND_THE_CLOCK,
      );
      const startsAt = fromNow(60);
      const endsAt = fromNow(240);

      const staff = await book(YOUTH_MANAGER, request(spaceId, startsAt, endsAt));
      const member = await refusal(OUTSIDER, BOOK, {
        input: request(spaceId, startsAt, fromNow(90)),
      });
      const before = await totals();
      const overlap = await api.graphql.execute(
        BOOK,
        { input: request(spaceId, fromNow(180), fromNow(300)) },
        as(YOUTH_COORDINATOR),
      );

      expect(staff.status).toBe('CONFIRMED');
      expect((member.extensions.violations as Violation[]).map((v) => v.rule)).toEqual([
        'MIN_NOTICE',
      ]);
      expect(overlap.status).toBe(200);
      expect(overlap.errors?.[0].extensions.code).toBe('CONFLICT');
      expect(await totals()).toEqual(before);
    });

    it('the buffer keeps bookings apart on both sides: inside it is a CONFLICT, exactly at it is fine', async () => {
      const spaceId = await room({ bufferMinutes: 15 });
      const thursday = dayAhead(4, 7);
      const held = await book(OWNER, slot(spaceId, thursday, '12:00', '13:00'));
      const before = await totals();

      const tooSoon = await refusal(FELLOW, BOOK, {
        input: slot(spaceId, thursday, '13:10', '14:00'),
      });
      const tooLate = await refusal(FELLOW, BOOK, {
        input: slot(spaceId, thursday, '11:00', '11:50'),
      });
      const within = await refusal(YOUTH_MANAGER, BOOK, {
        input: slot(spaceId, thursday, '12:30', '12:45'),
      });
      expect([tooSoon, tooLate, within].map((e) => e.extensions.code)).toEqual([
        'CONFLICT',
        'CONFLICT',
        'CONFLICT',
      ]);
      expect(await totals()).toEqual(before);

      const after = await book(FELLOW, slot(spaceId, thursday, '13:15', '14:00'));
      const ahead = await book(FELLOW, slot(spaceId, thursday, '11:00', '11:45'));
      expect([held.status, after.status, ahead.status]).toEqual([
        'CONFIRMED',
        'CONFIRMED',
        'CONFIRMED',
      ]);
    });

    it.each([
      { story: 'an anonymous caller', who: ANONYMOUS, code: 'UNAUTHENTICATED' },
      { story: 'an unknown space', who: OWNER, code: 'NOT_FOUND' },
    ])('$story gets $code', async ({ who, code }) => {
      const spaceId = code === 'NOT_FOUND' ? '00000000-0000-4000-8000-000000000000' : await room();
      const monday = dayAhead(1, 14);

      const error = await refusal(who, BOOK, {
        input: slot(spaceId, monday, '10:00', '11:00'),
      });

      expect(error.extensions.code).toBe(code);
    });
  });

  describe('after booking', () => {
    /** A booking of a fresh room by `who`; PENDING where the room needs approval. */
    async function booked(who = OWNER, approval = true, day = dayAhead(3, 7)) {
      const spaceId = await room({ requiresApproval: approval }, ROUND_THE_CLOCK);
      const booking = await book(who, slot(spaceId, day, '10:00', '12:00'));
      return { spaceId, day, booking };
    }

    it('staff approve a PENDING booking: CONFIRMED, a history step, and the booker is told', async () => {
      const { booking } = await booked();

      const approved = await move(YOUTH_COORDINATOR, 'approve', booking.id);

      expect(approved.status).toBe('CONFIRMED');
      expect(approved.history).toEqual([
        { action: 'create', from: null, to: 'PENDING', note: null, actor: { id: ids[OWNER] } },
        {
          action: 'approve',
          from: 'PENDING',
          to: 'CONFIRMED',
          note: null,
          actor: { id: ids[YOUTH_COORDINATOR] },
        },
      ]);
      const told = (await noticesOf(booking.id)).filter((n) => n.to === ids[OWNER]);
      expect(told.map((n) => n.kind)).toEqual(['BOOKING_APPROVE']);
    });

    it('staff reject with a reason: REJECTED, the booker hears why, and the slot is free again', async () => {
      const { spaceId, day, booking } = await booked();

      const rejected = await move(ADMIN, 'reject', booking.id, 'The room is being repainted');
      const again = await book(FELLOW, slot(spaceId, day, '11:00', '12:00'));

      expect(rejected.status).toBe('REJECTED');
      expect(rejected.history.at(-1)).toEqual({
        action: 'reject',
        from: 'PENDING',
        to: 'REJECTED',
        note: 'The room is being repainted',
        actor: { id: ids[ADMIN] },
      });
      const told = (await noticesOf(booking.id)).filter((n) => n.to === ids[OWNER]);
      expect(told).toEqual([
        {
          to: ids[OWNER],
          kind: 'BOOKING_REJECT',
          message: expect.stringContaining('The room is being repainted'),
        },
      ]);
      expect(again.status).toBe('PENDING');
    });

    it('the booker cancels (no notice to themself) and the slot can be booked again', async () => {
      const { spaceId, day, booking } = await booked(OWNER, false);
      const overlapping = slot(spaceId, day, '11:00', '13:00');
      expect((await refusal(FELLOW, BOOK, { input: overlapping })).extensions.code).toBe(
        'CONFLICT',
      );

      const cancelled = await move(OWNER, 'cancel', booking.id, 'Plans changed');
      const rebooked = await book(FELLOW, overlapping);

      expect(cancelled.status).toBe('CANCELLED');
      expect(cancelled.history.map((s) => [s.action, s.from, s.to, s.note])).toEqual([
        ['create', null, 'CONFIRMED', null],
        ['cancel', 'CONFIRMED', 'CANCELLED', 'Plans changed'],
      ]);
      expect(await noticesOf(booking.id)).toEqual([]);
      expect(rebooked.status).toBe('CONFIRMED');
    });

    it('when staff cancel a booking, the booker is told', async () => {
      const { booking } = await booked(OWNER, false);

      const cancelled = await move(YOUTH_MANAGER, 'cancel', booking.id, 'Fire drill');

      expect(cancelled.status).toBe('CANCELLED');
      expect(await noticesOf(booking.id)).toEqual([
        { to: ids[OWNER], kind: 'BOOKING_CANCEL', message: expect.stringContaining('Fire drill') },
      ]);
    });

    it.each<[string, Move, string, string]>([
      ['the booker', 'approve', 'FORBIDDEN', OWNER],
      ['staff of another hub', 'approve', 'FORBIDDEN', SOCIAL_MANAGER],
      ['a fellow member of the booker', 'reject', 'FORBIDDEN', FELLOW],
      ['someone else', 'cancel', 'FORBIDDEN', OUTSIDER],
      ['staff of another hub', 'cancel', 'FORBIDDEN', SOCIAL_MANAGER],
      ['someone else', 'checkIn', 'FORBIDDEN', OUTSIDER],
      ['an anonymous caller', 'cancel', 'UNAUTHENTICATED', ANONYMOUS],
    ])('%s may not %s it: %s, and nothing changes', async (_story, action, code, who) => {
      const { booking } = await booked(OWNER, action !== 'checkIn');
      const before = await totals();

      const error = await refusal(who, moveDocument(action), { id: booking.id, reason: 'Because' });

      expect(error.extensions.code).toBe(code);
      expect(await totals()).toEqual(before);
      expect(
        (await api.prisma.booking.findUniqueOrThrow({ where: { id: booking.id } })).status,
      ).toBe(booking.status);
    });

    it.each<{ state: string; action: Move; path: Move[] }>([
      { state: 'CONFIRMED', action: 'approve', path: ['approve'] },
      { state: 'CONFIRMED', action: 'reject', path: ['approve'] },
      { state: 'REJECTED', action: 'cancel', path: ['reject'] },
      { state: 'CANCELLED', action: 'cancel', path: ['cancel'] },
      { state: 'CANCELLED', action: 'approve', path: ['cancel'] },
      { state: 'PENDING', action: 'checkIn', path: [] },
      { state: 'CANCELLED', action: 'checkIn', path: ['cancel'] },
    ])(
      '$action on a $state booking is INVALID_TRANSITION naming both',
      async ({ state, action, path }) => {
        const { booking } = await booked();
        for (const step of path) await move(YOUTH_MANAGER, step, booking.id, 'Step');
        const before = await totals();

        const error = await refusal(YOUTH_MANAGER, moveDocument(action), {
          id: booking.id,
          reason: 'Again',
        });

        expect(error.extensions).toMatchObject({ code: 'INVALID_TRANSITION', state, action });
        expect(await totals()).toEqual(before);
      },
    );

    it('check-in opens 15 minutes before the start and closes at the end; outside is BAD_USER_INPUT', async () => {
      const { booking } = await booked(OWNER, false);
      const attempt = () => refusal(OWNER, moveDocument('checkIn'), { id: booking.id });

      await shiftTo(booking.id, 20);
      const early = await attempt();
      await shiftTo(booking.id, -70);
      const late = await attempt();
      await shiftTo(booking.id, 10);
      const checkedIn = await move(OWNER, 'checkIn', booking.id);

      for (const refused of [early, late]) {
        expect(refused.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['id'] });
      }
      expect(checkedIn.status).toBe('CHECKED_IN');
      expect(Date.now() - Date.parse(checkedIn.checkedInAt as string)).toBeLessThan(60_000);
      expect(checkedIn.history.map((s) => [s.action, s.to])).toEqual([
        ['create', 'CONFIRMED'],
        ['checkIn', 'CHECKED_IN'],
      ]);
      const again = await attempt();
      expect(again.extensions).toMatchObject({
        code: 'INVALID_TRANSITION',
        state: 'CHECKED_IN',
        action: 'checkIn',
      });
    });

    it('staff may check a booker in, after the start too', async () => {
      const { booking } = await booked(OWNER, false);
      await shiftTo(booking.id, -30);

      const checkedIn = await move(YOUTH_COORDINATOR, 'checkIn', booking.id);

      expect(checkedIn.status).toBe('CHECKED_IN');
      expect(checkedIn.history.at(-1)?.actor).toEqual({ id: ids[YOUTH_COORDINATOR] });
      expect(await noticesOf(booking.id)).toEqual([]);
    });

    it('cancelling a booking about to start frees its slot for someone else at once', async () => {
      const { spaceId, booking } = await booked(OWNER, false);
      await shiftTo(booking.id, 5);

      await move(OWNER, 'cancel', booking.id);
      const now = await book(YOUTH_MANAGER, request(spaceId, fromNow(1), fromNow(60)));

      expect(now.status).toBe('CONFIRMED');
    });
  });
});
