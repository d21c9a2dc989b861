import { BookingService } from '@park/spaces';
import { ActionMatrix, describeActions, readActions } from './support/available-actions';
import {
  ADMIN,
  ANONYMOUS,
  api,
  as,
  book,
  FELLOW,
  moveDocument,
  OUTSIDER,
  OWNER,
  park,
  request,
  shiftTo,
  SOCIAL_MANAGER,
  stakeholderId,
  startBookingStories,
  tokens,
  YOUTH_COORDINATOR,
} from './support/bookings';
import { SET_UP_MS } from './support/test-api';
import { DAY_MS, fromNow, HOUR_MS, ROUND_THE_CLOCK } from './support/time';

// Booking.availableActions against the mutations, for every state (and, where time decides,
// for a booking far ahead, one whose check-in is open and one that is over) and every kind of
// viewer: the booker, a fellow member of the stakeholder booked for, the Youth Hub's
// coordinator, another hub's manager, a park admin, an outsider and anonymous. The API reads the
// real clock, so bookings are made ahead and then moved in time (shiftTo), as if it had passed.

const STATES = [
  'PENDING',
  'PENDING, over',
  'CONFIRMED, tomorrow',
  'CONFIRMED, check-in open',
  'CONFIRMED, over',
  'CHECKED_IN',
  'REJECTED',
  'CANCELLED',
  'NO_SHOW',
] as const;
type State = (typeof STATES)[number];
// Separation of duties: a Youth Hub coordinator who is also a MEMBER of the stakeholder booked for.
const INSIDER = 'insider';
const ROLES = [
  INSIDER,
  OWNER,
  FELLOW,
  YOUTH_COORDINATOR,
  SOCIAL_MANAGER,
  ADMIN,
  OUTSIDER,
  ANONYMOUS,
];
const MOVES = {
  APPROVE: 'approve',
  REJECT: 'reject',
  CANCEL: 'cancel',
  CHECK_IN: 'checkIn',
} as const;

interface Built {
  id: string;
  spaceId: string;
  startsAt: number;
}

// Staff read the space's calendar, the booker their own bookings; others see neither.
const FIELDS = 'id availableActions';
const CALENDAR = `query Calendar($spaceId: ID!, $from: DateTime!, $to: DateTime!) {
  spaceBookings(spaceId: $spaceId, from: $from, to: $to, first: 100) { edges { node { ${FIELDS} } } } }`;
const MINE = `query Mine($from: DateTime!, $to: DateTime!) {
  myBookings(from: $from, to: $to, first: 100) { edges { node { ${FIELDS} } } } }`;

/** A booking for OWNER's stakeholder in a room of its own, brought to `state`. */
async function build(state: State): Promise<Built> {
  const pending = state.startsWith('PENDING') || state === 'REJECTED';
  const { id: spaceId } = await park.newSpace(await park.hub('youth-hub'), {
    policy: { requiresApproval: pending },
    openingHours: ROUND_THE_CLOCK,
  });
  const startsAt = fromNow(2 * 24 * 60);
  const endsAt = new Date(Date.parse(startsAt) + HOUR_MS).toISOString();
  const { id } = await book(OWNER, request(spaceId, startsAt, endsAt, { stakeholderId }));
  const run = async (who: string, action: keyof typeof MOVES, reason?: string) => {
    const response = await api.graphql.execute(
      moveDocument(MOVES[action]),
      { id, reason },
      as(who),
    );
    if (response.errors) throw new Error(JSON.stringify(response.errors));
  };
  let startsIn = 2 * 24 * 60;
  if (state === 'PENDING, over' || state === 'CONFIRMED, over') startsIn = -120;
  if (state === 'CONFIRMED, check-in open' || state === 'CHECKED_IN') startsIn = 10;
  if (state === 'NO_SHOW') startsIn = -60;
  if (startsIn !== 2 * 24 * 60) await shiftTo(id, startsIn);
  if (state === 'CHECKED_IN') await run(OWNER, 'CHECK_IN');
  if (state === 'REJECTED') await run(YOUTH_COORDINATOR, 'REJECT', 'The room is being painted');
  if (state === 'CANCELLED') await run(OWNER, 'CANCEL');
  if (state === 'NO_SHOW') {
    // The sweep's own move, for this booking only.
    const row = await api.prisma.booking.findUniqueOrThrow({ where: { id } });
    expect(await api.app.get(BookingService).markNoShow(row, new Date())).toBe(true);
  }
  const row = await api.prisma.booking.findUniqueOrThrow({ where: { id } });
  expect(row.status).toBe(state.split(',')[0]);
  return { id, spaceId, startsAt: row.startsAt.getTime() };
}

async function listed(booking: Built, who: { token?: string }): Promise<string[]> {
  const range = {
    from: new Date(booking.startsAt - DAY_MS).toISOString(),
    to: new Date(booking.startsAt + DAY_MS).toISOString(),
  };
  type Rows = { edges: { node: { id: string; availableActions: string[] } }[] };
  const find = (rows: Rows) => rows.edges.find(({ node }) => node.id === booking.id)?.node;
  const calendar = await readActions(
    api,
    CALENDAR,
    { spaceId: booking.spaceId, ...range },
    who,
    (data: { spaceBookings: Rows }) => find(data.spaceBookings),
  );
  if (calendar.length) return calendar;
  return readActions(api, MINE, range, who, (data: { myBookings: Rows }) => find(data.myBookings));
}

const matrix: ActionMatrix<State, Built> = {
  actions: Object.keys(MOVES),
  roles: ROLES,
  build,
  as: (_booking, role) => as(role),
  listed,
  attempt: (booking, action, who) =>
    api.graphql.execute(
      moveDocument(MOVES[action as keyof typeof MOVES]),
      { id: booking.id, reason: 'Plans changed' },
      who,
    ),
};

const NOBODY_ELSE = {
  [INSIDER]: [],
  [FELLOW]: [],
  [SOCIAL_MANAGER]: [],
  [OUTSIDER]: [],
  [ANONYMOUS]: [],
};
const EXPECTED: Partial<Record<State, Record<string, string[]>>> = {
  PENDING: {
    [OWNER]: ['CANCEL'],
    [YOUTH_COORDINATOR]: ['APPROVE', 'CANCEL', 'REJECT'],
    [ADMIN]: ['APPROVE', 'CANCEL', 'REJECT'],
    ...NOBODY_ELSE,
  },
  'CONFIRMED, tomorrow': {
    [OWNER]: ['CANCEL'],
    [YOUTH_COORDINATOR]: ['CANCEL'],
    [ADMIN]: ['CANCEL'],
    ...NOBODY_ELSE,
  },
  'CONFIRMED, check-in open': {
    [OWNER]: ['CANCEL', 'CHECK_IN'],
    [YOUTH_COORDINATOR]: ['CANCEL', 'CHECK_IN'],
    [ADMIN]: ['CANCEL', 'CHECK_IN'],
    ...NOBODY_ELSE,
  },
  'CONFIRMED, over': {
    [OWNER]: [],
    [YOUTH_COORDINATOR]: [],
    [ADMIN]: [],
    ...NOBODY_ELSE,
  },
};

beforeAll(async () => {
  await startBookingStories();
  const insider = await park.hubStaff(await park.hub('youth-hub'), 'COORDINATOR');
  tokens[INSIDER] = insider.token;
  await park.acceptInvitation(
    await park.invite(stakeholderId, insider.email, 'MEMBER', { as: as(OWNER) }),
    insider,
  );
}, SET_UP_MS);
afterAll(() => api.close());

describeActions({
  title: 'Booking.availableActions holds to the mutations',
  states: STATES,
  matrix,
  expected: EXPECTED,
  each: '%s: each viewer is offered exactly the moves that succeed now',
});

describe('Booking.availableActions beside the mutations', () => {
  it('refuses cancelling a booking that is over, and changes nothing', async () => {
    const booking = await build('CONFIRMED, over');
    const before = await api.prisma.booking.findUniqueOrThrow({ where: { id: booking.id } });
    const response = await api.graphql.execute(
      moveDocument('cancel'),
      { id: booking.id },
      as(OWNER),
    );
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: ['id'],
    });
    expect(await api.prisma.booking.findUniqueOrThrow({ where: { id: booking.id } })).toEqual(
      before,
    );
  });
});
