import { ActionMatrix, ANONYMOUS, describeActions, listedBy } from './support/available-actions';
import { Hub, Park, Person, startPark } from './support/park';
import { SET_UP_MS, TestApi } from './support/test-api';
import { fromNow, HOUR_MS, MINUTE_MS, ROUND_THE_CLOCK } from './support/time';

// Event.availableActions against rsvpEvent and cancelRsvp, for an event with seats free, a full
// one and one that has started, and for each kind of viewer: a guest who holds a seat, one on
// the waitlist, one who gave their seat up, a newcomer, the host, anonymous. An RSVP asked again
// and cancelRsvp without a place both answer the Event as it was (myRsvp unchanged): neither
// changes anything, so neither counts as doing it.

const STATES = ['seats free', 'full', 'started'] as const;
type State = (typeof STATES)[number];
const GOING = 'going guest';
const WAITLISTED = 'waitlisted guest';
const GAVE_UP = 'guest who cancelled';
const NEWCOMER = 'newcomer';
const HOST = 'host';
const ROLES = [GOING, WAITLISTED, GAVE_UP, NEWCOMER, HOST, ANONYMOUS];
const MUTATIONS: Record<string, string> = {
  RSVP: `mutation ($id: ID!) { rsvpEvent(id: $id) { __typename } }`,
  CANCEL_RSVP: `mutation ($id: ID!) { cancelRsvp(id: $id) { __typename } }`,
};

let api: TestApi;
let park: Park;
let youth: Hub;
const people: Record<string, Person> = {};
const as = (role: string) => (role === ANONYMOUS ? {} : people[role].as);

/** A fresh event by the Youth Hub's manager, its guests seated, waitlisted or gone. */
async function build(state: State): Promise<string> {
  const { id: spaceId } = await park.newSpace(youth, {
    kind: 'EVENT_HALL',
    capacity: 30,
    openingHours: ROUND_THE_CLOCK,
    by: people[HOST],
  });
  const startsAt = fromNow(2 * 24 * 60);
  const { createEvent } = await api.graphql.ok<{ createEvent: { id: string } }>(
    `mutation ($input: CreateEventInput!) { createEvent(input: $input) { id } }`,
    {
      input: {
        hubId: youth.id,
        spaceId,
        title: park.unique('Repair evening'),
        description: 'Bring something broken.',
        startsAt,
        endsAt: new Date(Date.parse(startsAt) + 2 * HOUR_MS).toISOString(),
        // One seat when full: the going guest holds it, the waitlisted guest waits.
        capacity: state === 'full' ? 2 : 10,
      },
    },
    people[HOST].as,
  );
  const id = createEvent.id;
  const rsvp = (who: string) => api.graphql.ok(MUTATIONS.RSVP, { id }, people[who].as);
  await rsvp(GAVE_UP);
  await rsvp(GOING);
  await api.graphql.ok(MUTATIONS.CANCEL_RSVP, { id }, people[GAVE_UP].as);
  if (state === 'full') {
    await api.graphql.ok(MUTATIONS.RSVP, { id }, people[HOST].as);
    await rsvp(WAITLISTED);
  }
  if (state === 'started') {
    await api.prisma.event.update({
      where: { id },
      data: { startsAt: new Date(Date.now() - 30 * MINUTE_MS) },
    });
  }
  return id;
}

const matrix: ActionMatrix<State, string> = {
  actions: Object.keys(MUTATIONS),
  roles: ROLES,
  build,
  as: (_id, role) => as(role),
  listed: listedBy(
    () => api,
    'event',
    (id) => id,
  ),
  attempt: (id, action, who) => api.graphql.execute(MUTATIONS[action], { id }, who),
  fingerprint: async (id) =>
    (await api.prisma.rsvp.findMany({ where: { eventId: id }, orderBy: { userId: 'asc' } })).map(
      (row) => [row.userId, row.status],
    ),
};

const EXPECTED: Record<State, Record<string, string[]>> = {
  'seats free': {
    [GOING]: ['CANCEL_RSVP'],
    [WAITLISTED]: ['RSVP'],
    [GAVE_UP]: ['RSVP'],
    [NEWCOMER]: ['RSVP'],
    [HOST]: ['RSVP'],
    [ANONYMOUS]: [],
  },
  full: {
    [GOING]: ['CANCEL_RSVP'],
    [WAITLISTED]: ['CANCEL_RSVP'],
    [GAVE_UP]: ['RSVP'],
    [NEWCOMER]: ['RSVP'],
    [HOST]: ['CANCEL_RSVP'],
    [ANONYMOUS]: [],
  },
  started: {
    [GOING]: ['CANCEL_RSVP'],
    [WAITLISTED]: [],
    [GAVE_UP]: [],
    [NEWCOMER]: [],
    [HOST]: [],
    [ANONYMOUS]: [],
  },
};

beforeAll(async () => {
  ({ api, park } = await startPark());
  youth = await park.hub('youth-hub');
  people[HOST] = await park.manager(youth);
  for (const role of [GOING, WAITLISTED, GAVE_UP, NEWCOMER]) {
    people[role] = await park.newUser({ label: role.replace(/ /g, '-') });
  }
}, SET_UP_MS);
afterAll(() => api.close());

describeActions({
  title: 'Event.availableActions holds to rsvpEvent and cancelRsvp',
  states: STATES,
  matrix,
  expected: EXPECTED,
  each: '%s: each viewer is offered exactly what changes their RSVP',
});
