import { Park, startPark } from './support/park';
import { SET_UP_MS, TestApi } from './support/test-api';
import { at, DAY_MS, midnightAhead, ROUND_THE_CLOCK } from './support/time';

// The park's upcoming events on the home page (events without hubId: every hub's, soonest
// first) and a hub's own events read from the hub found by slug (Hub.events).

const EVENTS = `query Events($hubId: ID, $from: DateTime!, $to: DateTime!, $first: Int) {
  events(hubId: $hubId, from: $from, to: $to, first: $first) {
    edges { node { id hub { slug } } } totalCount } }`;
const HUB_EVENTS = `query HubEvents($slug: String!, $from: DateTime!, $to: DateTime!) {
  hub(slug: $slug) { events(from: $from, to: $to, first: 10) { edges { node { id } } totalCount } } }`;

let api: TestApi;
let park: Park;
const hosted: { id: string; slug: string }[] = [];
let from: string;
let to: string;

beforeAll(async () => {
  ({ api, park } = await startPark());
  // A window of its own, far enough ahead that no other story's events fall in it.
  const first = midnightAhead(300);
  from = new Date(first).toISOString();
  to = new Date(first + 4 * DAY_MS).toISOString();
  for (const [offset, slug] of [
    [2, 'social-economy-centre'],
    [0, 'youth-hub'],
    [1, 'social-economy-centre'],
  ] as const) {
    const hub = await park.hub(slug);
    const manager = await park.manager(hub);
    const hall = await park.newSpace(hub, {
      kind: 'EVENT_HALL',
      capacity: 50,
      openingHours: ROUND_THE_CLOCK,
      policy: { maxAdvanceDays: 365, maxDurationMinutes: 480 },
    });
    const day = first + offset * DAY_MS;
    const { createEvent } = await api.graphql.ok<{ createEvent: { id: string } }>(
      `mutation Host($input: CreateEventInput!) { createEvent(input: $input) { id } }`,
      {
        input: {
          hubId: hub.id,
          spaceId: hall.id,
          title: park.unique('Evening'),
          startsAt: at(day, '18:00'),
          endsAt: at(day, '20:00'),
          capacity: 20,
        },
      },
      manager.as,
    );
    hosted[offset] = { id: createEvent.id, slug };
  }
}, SET_UP_MS);
afterAll(() => api?.close());

describe('the park’s events', () => {
  it('lists every hub’s events soonest first when no hub is named, for anyone', async () => {
    const { events } = await api.graphql.ok<{
      events: { edges: { node: { id: string; hub: { slug: string } } }[]; totalCount: number };
    }>(EVENTS, { from, to, first: 10 });
    expect(events.edges.map(({ node }) => node.id)).toEqual(hosted.map((event) => event.id));
    expect(events.edges.map(({ node }) => node.hub.slug)).toEqual(hosted.map((e) => e.slug));
    expect(events.totalCount).toBe(3);
  });

  it('still lists one hub’s events when hubId is given', async () => {
    const social = await park.hub('social-economy-centre');
    const { events } = await api.graphql.ok<{ events: { totalCount: number } }>(EVENTS, {
      hubId: social.id,
      from,
      to,
    });
    expect(events.totalCount).toBe(2);
  });

  it('reads a hub’s events from the hub itself', async () => {
    const { hub } = await api.graphql.ok<{
      hub: { events: { edges: { node: { id: string } }[]; totalCount: number } };
    }>(HUB_EVENTS, { slug: 'social-economy-centre', from, to });
    expect(hub.events.edges.map(({ node }) => node.id)).toEqual([hosted[1].id, hosted[2].id]);
    expect(hub.events.totalCount).toBe(2);
  });

  it('refuses a window that ends before it starts, naming the field', async () => {
    const error = await api.graphql.errorCode(EVENTS, { from: to, to: from });
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(error.extensions)).toContain('to');
  });
});
