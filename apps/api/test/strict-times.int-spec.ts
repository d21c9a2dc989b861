import { GraphqlError } from '@park/platform/testing';
import { Hub, Park, Person, Stakeholder, startPark } from './support/park';
import { SET_UP_MS, TestApi } from './support/test-api';
import { at, seoulDay, workdayAhead } from './support/time';

// Times and days that cannot be misread: DateTime takes RFC 3339 with an offset only, Date a
// real calendar day, and a refusal names the argument or input field it was given for, whether
// it came as a variable or written in the document. Hubs and spaces say their zone.

const FREE = `query Free($spaceId: ID!, $start: DateTime!, $end: DateTime!) {
  availability(spaceId: $spaceId, from: $start, to: $end) { startsAt endsAt } }`;
const BOOK = `mutation Book($input: BookSpaceInput!) { bookSpace(input: $input) { id startsAt } }`;
const PROPOSE = `mutation Propose($input: ProposePartnershipInput!) {
  proposePartnership(input: $input) { id startsOn endsOn } }`;

let api: TestApi;
let park: Park;
let hub: Hub;
let space: string;
let booker: Person;
let proposer: Stakeholder;
let partner: Stakeholder;
let day: number;

const bookings = () => api.prisma.booking.count({ where: { spaceId: space } });
const partnerships = () => api.prisma.partnership.count({ where: { proposerId: proposer.id } });

function expectNamed(error: GraphqlError, field: string): void {
  expect(error.extensions.code).toBe('BAD_USER_INPUT');
  expect(error.extensions.fields).toEqual([field]);
}

function booking(startsAt: unknown) {
  return { spaceId: space, startsAt, endsAt: at(day, '11:00'), attendees: 2, purpose: 'Planning' };
}

function proposal(startsOn: unknown, endsOn: unknown = null) {
  return {
    proposerId: proposer.id,
    partnerId: partner.id,
    hubId: hub.id,
    kind: 'PROGRAMME',
    title: 'Saturday workshops',
    summary: 'Two stakeholders run workshops together on Saturdays.',
    startsOn,
    endsOn,
  };
}

beforeAll(async () => {
  ({ api, park } = await startPark());
  hub = await park.hub('youth-hub');
  space = (await park.newSpace(hub)).id;
  booker = await park.newUser({ label: 'booker' });
  [proposer, partner] = [await park.newStakeholder(), await park.newStakeholder()];
  day = workdayAhead(3);
}, SET_UP_MS);

afterAll(() => api?.close());

describe('DateTime', () => {
  it('reads an offset and answers in UTC with milliseconds', async () => {
    const { availability } = await api.graphql.ok<{ availability: { startsAt: string }[] }>(FREE, {
      spaceId: space,
      start: `${seoulDay(0, day)}T09:00:00+09:00`,
      end: `${seoulDay(0, day)}T12:00:00.000+09:00`,
    });
    expect(availability[0].startsAt).toBe(at(day, '09:00'));
    expect(availability[0].startsAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
  });

  it.each([
    ['a local time without an offset', '2026-12-07T14:00'],
    ['a date as a browser prints it', 'Tue Dec 08 2026'],
    ['a day that does not exist', '2026-02-30T10:00:00Z'],
    ['a number', 1796641200000],
  ])('refuses %s in a variable, naming the argument it is passed to', async (_story, value) => {
    const error = await api.graphql.errorCode(FREE, {
      spaceId: space,
      start: value,
      end: at(day, '12:00'),
    });
    expectNamed(error, 'from');
    expect(error.message).toMatch(/RFC 3339/);
  });

  it('refuses one written in the document, naming the argument', async () => {
    const error = await api.graphql.errorCode(
      `{ availability(spaceId: "${space}", from: "2026-12-07T14:00", to: "${at(day, '12:00')}") {
          startsAt } }`,
    );
    expectNamed(error, 'from');
  });

  it('refuses one inside an input variable, naming the field, and books nothing', async () => {
    const before = await bookings();
    const error = await api.graphql.errorCode(
      BOOK,
      { input: booking('2026-12-07T14:00') },
      booker.as,
    );
    expectNamed(error, 'startsAt');
    expect(await bookings()).toBe(before);
  });

  it('refuses one inside an input written in the document, naming the field', async () => {
    const before = await bookings();
    const error = await api.graphql.errorCode(
      `mutation { bookSpace(input: { spaceId: "${space}", startsAt: "Tue Dec 08 2026",
          endsAt: "${at(day, '11:00')}", attendees: 2, purpose: "Planning" }) { id } }`,
      {},
      booker.as,
    );
    expectNamed(error, 'startsAt');
    expect(await bookings()).toBe(before);
  });

  it('books with the offset the client wrote, and shows it in UTC', async () => {
    const local = `${seoulDay(0, day)}T10:00:00+09:00`;
    const { bookSpace } = await api.graphql.ok<{ bookSpace: { startsAt: string } }>(
      BOOK,
      { input: booking(local) },
      booker.as,
    );
    expect(bookSpace.startsAt).toBe(at(day, '10:00'));
  });
});

describe('Date', () => {
  it('takes a real day and gives it back as written', async () => {
    const startsOn = seoulDay(10);
    const { proposePartnership } = await api.graphql.ok<{
      proposePartnership: { startsOn: string; endsOn: string | null };
    }>(PROPOSE, { input: proposal(startsOn, seoulDay(40)) }, proposer.owner.as);
    expect(proposePartnership).toMatchObject({ startsOn, endsOn: seoulDay(40) });
  });

  it.each([
    ['a day that does not exist', '2026-02-30'],
    ['a date-time', '2026-12-07T00:00:00Z'],
    ['another order', '07/12/2026'],
  ])('refuses %s in an input variable, naming the field, and proposes nothing', async (_s, bad) => {
    const before = await partnerships();
    const error = await api.graphql.errorCode(
      PROPOSE,
      { input: proposal(seoulDay(10), bad) },
      proposer.owner.as,
    );
    expectNamed(error, 'endsOn');
    expect(await partnerships()).toBe(before);
  });

  it('refuses one written in the document, naming the field', async () => {
    const before = await partnerships();
    const error = await api.graphql.errorCode(
      `mutation { proposePartnership(input: { proposerId: "${proposer.id}",
          partnerId: "${partner.id}", hubId: "${hub.id}", kind: PROGRAMME,
          title: "Saturday workshops", summary: "Two stakeholders run workshops together.",
          startsOn: "2026-02-30" }) { id } }`,
      {},
      proposer.owner.as,
    );
    expectNamed(error, 'startsOn');
    expect(await partnerships()).toBe(before);
  });

  it('checks "today" in the hub’s zone: yesterday in Seoul is in the past', async () => {
    const error = await api.graphql.errorCode(
      PROPOSE,
      { input: proposal(seoulDay(-1)) },
      proposer.owner.as,
    );
    expectNamed(error, 'startsOn');
  });
});

describe('time zones', () => {
  it('are named on hubs and spaces', async () => {
    const data = await api.graphql.ok<{
      hub: { timeZone: string };
      space: { timeZone: string; hub: { timeZone: string } };
    }>(
      `query ($hub: ID!, $space: ID!) { hub(id: $hub) { timeZone }
        space(id: $space) { timeZone hub { timeZone } } }`,
      { hub: hub.id, space },
    );
    expect(data).toEqual({
      hub: { timeZone: 'Asia/Seoul' },
      space: { timeZone: 'Asia/Seoul', hub: { timeZone: 'Asia/Seoul' } },
    });
  });
});
