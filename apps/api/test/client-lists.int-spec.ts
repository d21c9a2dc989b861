import { Hub, Member, Park, Person, startPark } from './support/park';
import { SET_UP_MS, TestApi } from './support/test-api';
import { at, DAY_MS, seoulDay, workdayAhead } from './support/time';

// Lists that grow are connections: the viewer's bookings (by range, and `me.bookings`, the ones
// not over yet), a space's calendar, a hub's booking queue, and a stakeholder's memberships,
// partnerships and projects and a partnership's thread, each paged by keyset, nested ones at a
// fixed number of statements however many parents a page holds.

interface Page<T = { id: string }> {
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount?: number;
}

interface Relay {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

const PAGE = 'edges { cursor node { id } } pageInfo { hasNextPage endCursor } totalCount';
const MINE = `query Mine($from: DateTime!, $to: DateTime!, $first: Int, $after: String) {
  myBookings(from: $from, to: $to, first: $first, after: $after) { ${PAGE} } }`;
const CALENDAR = `query Calendar($spaceId: ID!, $from: DateTime!, $to: DateTime!, $first: Int) {
  spaceBookings(spaceId: $spaceId, from: $from, to: $to, first: $first) { ${PAGE} } }`;
const QUEUE = `query Queue($hubId: ID!, $status: BookingStatus, $first: Int, $after: String) {
  bookings(hubId: $hubId, status: $status, first: $first, after: $after) {
    edges { node { id status } } pageInfo { hasNextPage endCursor } totalCount } }`;
const DIRECTORY = `query Directory($first: Int) { stakeholders(first: $first) { edges { node { id
  memberships(first: 1) { ${PAGE} } partnerships(first: 1) { ${PAGE} }
  projects(first: 1) { ${PAGE} } } } } }`;

let api: TestApi;
let park: Park;
let hub: Hub;
let member: Member;
let manager: Person;
let stranger: Person;
let space: string;
let booked: string[];
let day: number;

async function statements(work: () => Promise<unknown>): Promise<number> {
  const before = api.prisma.statementCount;
  await work();
  return api.prisma.statementCount - before;
}

const ids = (page: Page) => page.edges.map((edge) => edge.node.id);

beforeAll(async () => {
  ({ api, park } = await startPark());
  hub = await park.hub('youth-hub');
  member = await park.newMember(hub);
  await park.apply(await park.hub('social-economy-centre'), member);
  manager = await park.hubStaff(hub);
  stranger = await park.newUser({ label: 'stranger' });
  space = (await park.newSpace(hub, { policy: { requiresApproval: true } })).id;
  day = workdayAhead(3);
  booked = [];
  for (const clock of ['09:00', '11:00', '13:00']) {
    const [hours] = clock.split(':').map(Number);
    const { bookSpace } = await api.graphql.ok<{ bookSpace: { id: string } }>(
      `mutation Book($input: BookSpaceInput!) { bookSpace(input: $input) { id } }`,
      {
        input: {
          spaceId: space,
          startsAt: at(day, clock),
          endsAt: at(day, `${hours + 1}:00`),
          attendees: 2,
          purpose: 'Planning',
        },
      },
      member.owner.as,
    );
    booked.push(bookSpace.id);
  }
}, SET_UP_MS);

afterAll(() => api?.close());

describe('the viewer’s bookings', () => {
  it('page soonest first by cursor, each booking once, with a total', async () => {
    const range = { from: at(day, '00:00'), to: at(day + DAY_MS, '00:00') };
    const first = await api.graphql.ok<{ myBookings: Page }>(
      MINE,
      { ...range, first: 2 },
      member.owner.as,
    );
    expect(ids(first.myBookings)).toEqual(booked.slice(0, 2));
    expect(first.myBookings).toMatchObject({ pageInfo: { hasNextPage: true }, totalCount: 3 });
    const next = await api.graphql.ok<{ myBookings: Page }>(
      MINE,
      { ...range, first: 2, after: first.myBookings.pageInfo.endCursor },
      member.owner.as,
    );
    expect(ids(next.myBookings)).toEqual(booked.slice(2));
    expect(next.myBookings.pageInfo.hasNextPage).toBe(false);
  });

  it('say where each page starts, and that one reached by `after` has items before it', async () => {
    const range = { from: at(day, '00:00'), to: at(day + DAY_MS, '00:00') };
    const read = async (after?: string | null) => {
      const { myBookings } = await api.graphql.ok<{ myBookings: Page & { pageInfo: Relay } }>(
        `query ($from: DateTime!, $to: DateTime!, $after: String) {
          myBookings(from: $from, to: $to, first: 2, after: $after) {
            edges { cursor } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`,
        { ...range, after },
        member.owner.as,
      );
      return myBookings;
    };
    const first = await read();
    expect(first.pageInfo).toMatchObject({
      hasPreviousPage: false,
      startCursor: first.edges[0].cursor,
    });
    const next = await read(first.pageInfo.endCursor);
    expect(next.pageInfo).toEqual({
      hasNextPage: false,
      hasPreviousPage: true,
      startCursor: next.edges[0].cursor,
      endCursor: next.edges[0].cursor,
    });
    const past = await read(next.pageInfo.endCursor);
    expect(past.pageInfo).toEqual({
      hasNextPage: false,
      hasPreviousPage: true,
      startCursor: null,
      endCursor: null,
    });
  });

  it('me.bookings: the ones not over yet, the next first; null on anyone else', async () => {
    const { me } = await api.graphql.ok<{ me: { bookings: Page } }>(
      `{ me { bookings(first: 10) { ${PAGE} } } }`,
      {},
      member.owner.as,
    );
    expect(ids(me.bookings)).toEqual(booked);
    const { node } = await api.graphql.ok<{ node: { bookings: Page | null } }>(
      `query ($id: ID!) { node(id: $id) { ... on User { bookings { totalCount } } } }`,
      { id: member.owner.id },
      stranger.as,
    );
    expect(node.bookings).toBeNull();
  });

  it('refuses a cursor of another list', async () => {
    const queue = await api.graphql.ok<{ bookings: Page }>(
      QUEUE,
      { hubId: hub.id, first: 1 },
      manager.as,
    );
    const error = await api.graphql.errorCode(
      MINE,
      {
        from: at(day, '00:00'),
        to: at(day + DAY_MS, '00:00'),
        after: queue.bookings.pageInfo.endCursor,
      },
      member.owner.as,
    );
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['after'] });
  });
});

describe('a space’s calendar and a hub’s queue', () => {
  it('give the hub’s staff a page of the calendar', async () => {
    const { spaceBookings } = await api.graphql.ok<{ spaceBookings: Page }>(
      CALENDAR,
      { spaceId: space, from: at(day, '00:00'), to: at(day + DAY_MS, '00:00'), first: 2 },
      manager.as,
    );
    expect(ids(spaceBookings)).toEqual(booked.slice(0, 2));
    expect(spaceBookings.totalCount).toBe(3);
  });

  it('list a hub’s PENDING bookings for its staff, soonest first', async () => {
    await api.graphql.ok(
      `mutation ($id: ID!) { approveBooking(id: $id) { id } }`,
      { id: booked[1] },
      manager.as,
    );
    const { bookings } = await api.graphql.ok<{
      bookings: Page<{ id: string; status: string }>;
    }>(QUEUE, { hubId: hub.id, status: 'PENDING', first: 10 }, manager.as);
    expect(bookings.edges.map((edge) => edge.node)).toEqual([
      { id: booked[0], status: 'PENDING' },
      { id: booked[2], status: 'PENDING' },
    ]);
    expect(bookings.totalCount).toBe(2);
  });

  it.each([
    [
      'the calendar',
      CALENDAR,
      () => ({ spaceId: space, from: at(day, '00:00'), to: at(day + DAY_MS, '00:00') }),
    ],
    ['the queue', QUEUE, () => ({ hubId: hub.id })],
  ])('keep %s from anyone else: FORBIDDEN', async (_story, query, variables) => {
    const error = await api.graphql.errorCode(query, variables(), member.owner.as);
    expect(error.extensions.code).toBe('FORBIDDEN');
  });
});

describe('nested connections', () => {
  it('page a stakeholder’s memberships for its people, oldest first', async () => {
    const read = (after?: string | null) =>
      api.graphql.ok<{ stakeholder: { memberships: Page<{ id: string; status: string }> } }>(
        `query ($id: ID!, $after: String) { stakeholder(id: $id) {
          memberships(first: 1, after: $after) { edges { node { id status } }
            pageInfo { hasNextPage hasPreviousPage endCursor } totalCount } } }`,
        { id: member.id, after },
        // Its own people see every status; anyone else only the APPROVED ones.
        member.owner.as,
      );
    const first = (await read()).stakeholder.memberships;
    expect(first.edges.map((edge) => edge.node)).toEqual([
      { id: member.membershipId, status: 'APPROVED' },
    ]);
    expect(first).toMatchObject({
      pageInfo: { hasNextPage: true, hasPreviousPage: false },
      totalCount: 2,
    });
    const second = (await read(first.pageInfo.endCursor)).stakeholder.memberships;
    expect(second.edges.map((edge) => edge.node.status)).toEqual(['SUBMITTED']);
    expect(second.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
  });

  it('page a partnership’s thread for its people, and show it empty to others', async () => {
    const partner = await park.newStakeholder();
    const { proposePartnership } = await api.graphql.ok<{ proposePartnership: { id: string } }>(
      `mutation ($input: ProposePartnershipInput!) { proposePartnership(input: $input) { id } }`,
      {
        input: {
          proposerId: member.id,
          partnerId: partner.id,
          hubId: hub.id,
          kind: 'PROGRAMME',
          title: 'Saturday workshops',
          summary: 'Two stakeholders run workshops together on Saturdays.',
          startsOn: seoulDay(10),
        },
      },
      member.owner.as,
    );
    const id = proposePartnership.id;
    for (const body of ['First', 'Second', 'Third']) {
      await api.graphql.ok(
        `mutation ($id: ID!, $body: String!) { addPartnershipComment(id: $id, body: $body) { comment { id } } }`,
        { id, body },
        member.owner.as,
      );
    }
    const THREAD = `query ($id: ID!, $after: String) { partnership(id: $id) {
      comments(first: 2, after: $after) { edges { node { body } }
        pageInfo { hasNextPage endCursor } totalCount } } }`;
    type Thread = { partnership: { comments: Page<{ body: string }> } | null };
    const page = (await api.graphql.ok<Thread>(THREAD, { id }, member.owner.as)).partnership!
      .comments;
    expect(page.edges.map((edge) => edge.node.body)).toEqual(['First', 'Second']);
    expect(page).toMatchObject({ pageInfo: { hasNextPage: true }, totalCount: 3 });
    const rest = (
      await api.graphql.ok<Thread>(THREAD, { id, after: page.pageInfo.endCursor }, member.owner.as)
    ).partnership!.comments;
    expect(rest.edges.map((edge) => edge.node.body)).toEqual(['Third']);
    // A PROPOSED partnership is hidden from a stranger altogether.
    expect((await api.graphql.ok<Thread>(THREAD, { id }, stranger.as)).partnership).toBeNull();
  });

  it('cost the same statements for a directory page of 2 stakeholders or of 6', async () => {
    for (let n = 0; n < 4; n += 1) await park.newStakeholder();
    const small = await statements(() => api.graphql.ok(DIRECTORY, { first: 2 }));
    const large = await statements(() => api.graphql.ok(DIRECTORY, { first: 6 }));
    expect(large).toBe(small);
    // The page, its count-free nested pages (memberships 1, partnerships 2, projects 2) and
    // their totals (one each).
    expect(small).toBeLessThanOrEqual(9);
  });
});
