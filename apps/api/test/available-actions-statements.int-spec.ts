import { Hub, Park, Person, Stakeholder, startPark } from './support/park';
import { TestApi } from './support/test-api';
import { at, fromNow, HOUR_MS, midnightAhead, ROUND_THE_CLOCK, seoulDay } from './support/time';

// What availableActions (and a booking's times and quota) cost on a page: the viewer's roles and
// whatever else the rules need come through the request's loaders, so a page of 30 costs the
// same statements as a page of 10, for every list a screen shows.

let api: TestApi;
let park: Park;
let youth: Hub;
let social: Hub;
let owner: Person;
let manager: Person;
let lead: Stakeholder;
let partner: Stakeholder;
let quotaRoom: string;
let smallRoom: string;
const MANY = 30;

async function statements(query: string, variables: Record<string, unknown>, who: Person) {
  const before = api.prisma.statementCount;
  const data = await api.graphql.ok(query, variables, who.as);
  return { count: api.prisma.statementCount - before, data };
}

/** Statements for a page of `small` and of `large` items, which must be there to read. */
async function pages(
  query: string,
  variables: (first: number) => Record<string, unknown>,
  who: Person,
  length: (data: never) => number,
) {
  const ten = await statements(query, variables(10), who);
  const thirty = await statements(query, variables(MANY), who);
  expect([length(ten.data as never), length(thirty.data as never)]).toEqual([10, MANY]);
  return { ten: ten.count, thirty: thirty.count };
}

async function gql(query: string, variables: Record<string, unknown>, who: Person) {
  return api.graphql.ok(query, variables, who.as);
}

beforeAll(async () => {
  ({ api, park } = await startPark());
  [youth, social] = [await park.hub('youth-hub'), await park.hub('social-economy-centre')];
  owner = await park.newUser({ label: 'owner of many' });
  manager = await park.manager(youth);
  lead = await park.newStakeholder({ owner, kind: 'NON_PROFIT' });
  await park.newMember(youth, lead);
  partner = await park.newStakeholder({ kind: 'PRIVATE_FIRM' });
  for (let i = 0; i < MANY; i += 1) {
    await park.apply(youth, await park.newStakeholder({ owner }));
    await gql(
      `mutation ($input: ProposePartnershipInput!) { proposePartnership(input: $input) { __typename } }`,
      {
        input: {
          proposerId: lead.id,
          partnerId: partner.id,
          hubId: social.id,
          kind: 'PROGRAMME',
          title: `Repair cafés ${i}`,
          summary: 'Monthly repair cafés run together in the park and in two districts.',
          policyAreas: ['ENVIRONMENT_CLIMATE'],
          startsOn: seoulDay(7),
        },
      },
      owner,
    );
    await gql(
      `mutation ($input: ProposeProjectInput!) { proposeProject(input: $input) { __typename } }`,
      {
        input: {
          hubId: youth.id,
          leadStakeholderId: lead.id,
          title: `Youth job map ${i}`,
          summary: 'A map of first jobs and internships, made with young people in Eunpyeong.',
          policyAreas: ['ECONOMY_JOBS'],
          requestedBudget: 1_000_000,
        },
      },
      owner,
    );
  }
  quotaRoom = (
    await park.newSpace(youth, { policy: { weeklyQuotaHours: 100 }, openingHours: ROUND_THE_CLOCK })
  ).id;
  smallRoom = (
    await park.newSpace(youth, { policy: { weeklyQuotaHours: 100 }, openingHours: ROUND_THE_CLOCK })
  ).id;
  const day = midnightAhead(3);
  for (let i = 0; i < MANY; i += 1) {
    const starts = day + i * HOUR_MS;
    await gql(
      `mutation ($input: BookSpaceInput!) { bookSpace(input: $input) { __typename } }`,
      {
        input: {
          spaceId: i < 10 ? smallRoom : quotaRoom,
          stakeholderId: lead.id,
          startsAt: new Date(starts).toISOString(),
          endsAt: new Date(starts + HOUR_MS).toISOString(),
          purpose: 'Team meeting',
          attendees: 3,
        },
      },
      owner,
    );
  }
  const hall = (await park.newSpace(youth, { kind: 'EVENT_HALL', openingHours: ROUND_THE_CLOCK }))
    .id;
  const eventDay = midnightAhead(10);
  for (let i = 0; i < MANY; i += 1) {
    const starts = eventDay + i * HOUR_MS;
    await gql(
      `mutation ($input: CreateEventInput!) { createEvent(input: $input) { __typename } }`,
      {
        input: {
          hubId: youth.id,
          spaceId: hall,
          title: `Evening ${i}`,
          description: 'Neighbours meet.',
          startsAt: new Date(starts).toISOString(),
          endsAt: new Date(starts + HOUR_MS).toISOString(),
          capacity: 5,
        },
      },
      manager,
    );
  }
  for (let i = 0; i < MANY; i += 1) {
    await gql(
      `mutation ($hubId: ID!, $title: String!) { createBudgetRound(input: { hubId: $hubId,
        title: $title, totalBudget: 1000000, maxSelections: 1, tallyMethod: GREEDY }) { __typename } }`,
      { hubId: i < 10 ? social.id : youth.id, title: `Round ${i}` },
      await park.admin(),
    );
  }
}, 300_000);
afterAll(() => api.close());

type Edges = { edges: unknown[] };

describe('availableActions on a page costs no statement per item', () => {
  it('the hub’s membership queue, read by its manager', async () => {
    const { ten, thirty } = await pages(
      `query ($hubId: ID!, $first: Int!) { membershipApplications(hubId: $hubId, first: $first) {
        edges { node { id availableActions } } } }`,
      (first) => ({ hubId: youth.id, first }),
      manager,
      (data: { membershipApplications: Edges }) => data.membershipApplications.edges.length,
    );
    expect(thirty).toBe(ten);
  });

  it('partnerships, read by the proposer’s owner', async () => {
    const { ten, thirty } = await pages(
      `query ($hubId: ID!, $first: Int!) { partnerships(first: $first, filter: { hubId: $hubId }) {
        edges { node { id availableActions } } } }`,
      (first) => ({ hubId: social.id, first }),
      owner,
      (data: { partnerships: Edges }) => data.partnerships.edges.length,
    );
    expect(thirty).toBe(ten);
  });

  it('projects, read by the lead’s owner', async () => {
    const { ten, thirty } = await pages(
      `query ($hubId: ID!, $first: Int!) { projects(first: $first, filter: { hubId: $hubId }) {
        edges { node { id availableActions } } } }`,
      (first) => ({ hubId: youth.id, first }),
      owner,
      (data: { projects: Edges }) => data.projects.edges.length,
    );
    expect(thirty).toBe(ten);
  });

  it('stakeholders, newest first: those the owner acts for (their memberships read too)', async () => {
    const { ten, thirty } = await pages(
      `query ($first: Int!) { stakeholders(first: $first, orderBy: NEWEST) {
        edges { node { id availableActions } } } }`,
      (first) => ({ first }),
      owner,
      (data: { stakeholders: Edges }) => data.stakeholders.edges.length,
    );
    expect(thirty).toBe(ten);
  });

  it('a hub’s events, read by a guest', async () => {
    const { ten, thirty } = await pages(
      `query ($hubId: ID!, $from: DateTime!, $to: DateTime!, $first: Int!) {
        events(hubId: $hubId, from: $from, to: $to, first: $first) {
          edges { node { id availableActions myRsvp { status } } } } }`,
      (first) => ({ hubId: youth.id, from: fromNow(0), to: at(midnightAhead(30), '00:00'), first }),
      owner,
      (data: { events: Edges }) => data.events.edges.length,
    );
    expect(thirty).toBe(ten);
  });

  it('a space’s calendar with each booking’s actions, times and quota, read by hub staff', async () => {
    const calendar = `query ($spaceId: ID!, $from: DateTime!, $to: DateTime!) {
      spaceBookings(spaceId: $spaceId, from: $from, to: $to, first: 100) { edges { node {
        id availableActions cancellableUntil checkInOpensAt checkInClosesAt noShowAt weeklyQuotaLeft
      } } } }`;
    const range = { from: fromNow(0), to: at(midnightAhead(6), '00:00') };
    const small = await statements(calendar, { spaceId: smallRoom, ...range }, manager);
    const large = await statements(calendar, { spaceId: quotaRoom, ...range }, manager);
    const rows = (data: unknown) =>
      (data as { spaceBookings: { edges: unknown[] } }).spaceBookings.edges.length;
    expect([rows(small.data), rows(large.data)]).toEqual([10, MANY - 10]);
    expect(large.count).toBe(small.count);
  });

  it('a hub’s budget rounds, read by its manager', async () => {
    const query = `query ($hubId: ID!) { budgetRounds(hubId: $hubId) { id availableActions } }`;
    const few = await statements(query, { hubId: social.id }, manager);
    const many = await statements(query, { hubId: youth.id }, manager);
    const rows = (data: unknown) => (data as { budgetRounds: unknown[] }).budgetRounds.length;
    expect([rows(few.data), rows(many.data)]).toEqual([10, MANY - 10]);
    expect(many.count).toBe(few.count);
  });
});
