import { Member, Park, Person, startPark } from './support/park';
import { SET_UP_MS, TestApi } from './support/test-api';
import { at, workdayAhead } from './support/time';

// What a normalised cache needs: every cached type has an id unique across types, node(id)
// refetches anything as the viewer may see it, and root lookups of one entity answer null
// (with no error) when it is missing or hidden, so one gone item does not blank a screen.

const NODE = `query Node($id: ID!) { node(id: $id) { __typename id } }`;
const NOBODY = '00000000-0000-4000-8000-000000000000';

let api: TestApi;
let park: Park;
let member: Member;
let stranger: Person;
let admin: Person;
let bookingId: string;
let seriesId: string;

async function node(id: string, who?: Person) {
  const response = await api.graphql.execute<{ node: { __typename: string; id: string } | null }>(
    NODE,
    { id },
    who?.as,
  );
  expect(response.errors).toBeUndefined();
  return response.data?.node ?? null;
}

/** SQL statements the app sends while `work` runs. */
async function statements(work: () => Promise<unknown>): Promise<number> {
  const before = api.prisma.statementCount;
  await work();
  return api.prisma.statementCount - before;
}

beforeAll(async () => {
  ({ api, park } = await startPark());
  const hub = await park.hub('youth-hub');
  member = await park.newMember(hub);
  stranger = await park.newUser({ label: 'stranger' });
  admin = await park.parkAdmin();
  const space = await park.newSpace(hub);
  const day = workdayAhead(3);
  const booked = await api.graphql.ok<{
    bookSpaceSeries: { id: string; booked: { id: string }[] };
  }>(
    `mutation Series($input: BookSeriesInput!) { bookSpaceSeries(input: $input) {
        id booked { id } } }`,
    {
      input: {
        spaceId: space.id,
        startsAt: at(day, '10:00'),
        endsAt: at(day, '11:00'),
        attendees: 2,
        purpose: 'Weekly planning',
        occurrences: 2,
        mode: 'ALL_OR_NOTHING',
      },
    },
    member.owner.as,
  );
  seriesId = booked.bookSpaceSeries.id;
  bookingId = booked.bookSpaceSeries.booked[0].id;
}, SET_UP_MS);

afterAll(() => api?.close());

describe('node(id)', () => {
  it('refetches public things for anyone, as their own type', async () => {
    expect(await node(member.id)).toEqual({ __typename: 'Stakeholder', id: member.id });
    expect(await node(member.hub.id)).toEqual({ __typename: 'Hub', id: member.hub.id });
    expect(await node(stranger.id)).toEqual({ __typename: 'User', id: stranger.id });
  });

  it('applies each type’s visibility: a membership for its people, not for a stranger', async () => {
    const id = member.membershipId;
    expect(await node(id, member.owner)).toEqual({ __typename: 'Membership', id });
    expect(await node(id, admin)).toEqual({ __typename: 'Membership', id });
    expect(await node(id, stranger)).toBeNull();
    expect(await node(id)).toBeNull();
  });

  it('refetches a booking and its weekly series for the booker only', async () => {
    expect(await node(bookingId, member.owner)).toEqual({ __typename: 'Booking', id: bookingId });
    expect(await node(seriesId, member.owner)).toEqual({
      __typename: 'BookingSeries',
      id: seriesId,
    });
    expect(await node(bookingId, stranger)).toBeNull();
    expect(await node(seriesId, stranger)).toBeNull();
  });

  it('answers null for an id nobody has, and BAD_USER_INPUT for one that is no id', async () => {
    expect(await node(NOBODY, admin)).toBeNull();
    const error = await api.graphql.errorCode(NODE, { id: 'stakeholder-1' });
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['id'] });
  });

  it('finds the type in one statement, then loads the thing', async () => {
    expect(await statements(() => node(member.id))).toBe(2);
  });

  it('reads fields through the type’s own resolvers', async () => {
    const { node: found } = await api.graphql.ok<{ node: { name: string; timeZone?: string } }>(
      `query ($id: ID!) { node(id: $id) { ... on Stakeholder { name } ... on Hub { timeZone } } }`,
      { id: member.id },
    );
    expect(found).toEqual({ name: member.name });
  });
});

describe('ids a cache can key by', () => {
  it('give a step of history its own id, and its actor is the User', async () => {
    const { membership } = await api.graphql.ok<{
      membership: { history: { id: string; actor: { __typename: string; id: string } }[] };
    }>(
      `query ($id: ID!) { membership(id: $id) { history { id actor { __typename id } } } }`,
      { id: member.membershipId },
      admin.as,
    );
    const ids = membership.history.map((step) => step.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(membership.history[0].actor).toEqual({ __typename: 'User', id: member.owner.id });
    expect(await node(ids[0], admin)).toBeNull(); // a step is refetched through its entity
  });

  it('give a stakeholder’s member an id of its own, not the user’s', async () => {
    const { stakeholder } = await api.graphql.ok<{
      stakeholder: { members: { id: string; user: { id: string } }[] };
    }>(`query ($id: ID!) { stakeholder(id: $id) { members { id user { id } } } }`, {
      id: member.id,
    });
    const [owner] = stakeholder.members;
    expect(owner.user.id).toBe(member.owner.id);
    expect(owner.id).not.toBe(owner.user.id);
  });
});

describe('root lookups of one entity', () => {
  it.each([
    ['membership', 'membership(id: $id) { id }'],
    ['partnership', 'partnership(id: $id) { id }'],
    ['project', 'project(id: $id) { id }'],
    ['committee', 'committee(id: $id) { id }'],
    ['event', 'event(id: $id) { id }'],
    ['space', 'space(id: $id) { id }'],
    ['stakeholder', 'stakeholder(id: $id) { id }'],
    ['budgetRound', 'budgetRound(id: $id) { id }'],
  ])('%s: a missing one is null, with no error', async (field, selection) => {
    const response = await api.graphql.execute(
      `query ($id: ID!) { ${selection} }`,
      { id: NOBODY },
      stranger.as,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ [field]: null });
  });

  it('membership: a hidden one is null for a stranger, with no error', async () => {
    const response = await api.graphql.execute(
      `query ($id: ID!) { membership(id: $id) { id } }`,
      { id: member.membershipId },
      stranger.as,
    );
    expect(response).toMatchObject({ data: { membership: null }, errors: undefined });
  });
});
