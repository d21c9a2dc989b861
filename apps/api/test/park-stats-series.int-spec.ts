import { Park, startPark } from './support/park';
import { ok, refused } from './support/partnerships';
import { SET_UP_MS, TestApi } from './support/test-api';

// parkStats' utilisation week by week and month by month, on rooms and bookings written row by
// row in March 2031 (fixed dates no run's clock reaches), so each figure is worked out beside its
// rows. The period starts on a Wednesday at noon and ends on a Wednesday at midnight (Seoul), so
// the first and last weeks are cut short.

const FROM = '2031-03-05T12:00:00+09:00';
const TO = '2031-04-02T00:00:00+09:00';
const at = (local: string) => new Date(`${local}+09:00`);
const utc = (local: string) => at(local).toISOString();

const SERIES = `query ($from: DateTime!, $to: DateTime!, $interval: UtilisationInterval!) {
  parkStats(from: $from, to: $to) {
    hubs { hub { slug } utilisation }
    utilisationSeries(interval: $interval) { from to hubs { hub { slug } utilisation } } } }`;
const PLAIN = `query ($from: DateTime!, $to: DateTime!) {
  parkStats(from: $from, to: $to) { hubs { hub { slug } utilisation } } }`;

interface Series {
  parkStats: {
    hubs: { hub: { slug: string }; utilisation: number }[];
    utilisationSeries: {
      from: string;
      to: string;
      hubs: { hub: { slug: string }; utilisation: number }[];
    }[];
  };
}

let api: TestApi;
let park: Park;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  ({ api, park } = await startPark());
  const youth = await park.hub('youth-hub');
  const social = await park.hub('social-economy-centre');
  await park.hub('local-community-centre');
  tokens.admin = (await park.parkAdmin()).token;
  tokens.coordinator = (await park.hubStaff(youth, 'COORDINATOR')).token;
  const member = await park.newUser({ label: 'member' });
  tokens.member = member.token;
  await buildRooms(youth.id, social.id, member.id);
}, SET_UP_MS);
afterAll(() => api.close());

const series = (who: string, interval: string, from = FROM, to = TO, query = SERIES) =>
  api.graphql.execute<Series>(query, { from, to, interval }, { token: tokens[who] });

/** One period's figures as [youth, social, local]. */
const figures = (period: Series['parkStats']['utilisationSeries'][number]) =>
  period.hubs.map((hub) => hub.utilisation);

describe('parkStats.utilisationSeries', () => {
  it('cuts the period at Seoul Mondays, the first and last weeks short', async () => {
    const { parkStats } = ok(await series('admin', 'WEEK'));
    expect(parkStats.utilisationSeries.map(({ from, to }) => [from, to])).toEqual([
      [utc('2031-03-05T12:00:00'), utc('2031-03-10T00:00:00')],
      [utc('2031-03-10T00:00:00'), utc('2031-03-17T00:00:00')],
      [utc('2031-03-17T00:00:00'), utc('2031-03-24T00:00:00')],
      [utc('2031-03-24T00:00:00'), utc('2031-03-31T00:00:00')],
      [utc('2031-03-31T00:00:00'), utc('2031-04-02T00:00:00')],
    ]);
    expect(parkStats.utilisationSeries[0].hubs.map((hub) => hub.hub.slug)).toEqual([
      'youth-hub',
      'social-economy-centre',
      'local-community-centre',
    ]);
    expect(parkStats.utilisationSeries.map(figures)).toEqual([
      // Room A is open Wed 12–18 + Thu + Fri = 24 h; booked Wed 12–14 (of 10–14) + Thu 4 h = 6 h.
      // The hall: 108 h open from Wednesday noon, nothing booked.
      [0.25, 0, 0],
      // Room A 45 h, Monday's whole day 9 h (the no-show does not count); the hall 16.8 of 168 h.
      [0.2, 0.1, 0],
      [0, 0, 0],
      // 4 h 30 PENDING of 45 h.
      [0.1, 0, 0],
      // Monday and Tuesday: 18 h open, Tuesday's 9 h booked; Wednesday's booking is after `to`.
      [0.5, 0, 0],
    ]);
  });

  it('cuts the period at the first of each month (Seoul)', async () => {
    const { parkStats } = ok(await series('admin', 'MONTH'));
    expect(parkStats.utilisationSeries.map(({ from, to }) => [from, to])).toEqual([
      [utc('2031-03-05T12:00:00'), utc('2031-04-01T00:00:00')],
      [utc('2031-04-01T00:00:00'), utc('2031-04-02T00:00:00')],
    ]);
    expect(parkStats.utilisationSeries.map(figures)).toEqual([
      // Room A: 24 + 3 × 45 + Monday 31st 9 = 168 h open; 6 + 9 + 4.5 = 19.5 h booked.
      // The hall: 26.5 days = 636 h open, 16.8 h booked = 0.0264… to four places.
      [0.1161, 0.0264, 0],
      // Tuesday 1 April: open 9 h, booked 9 h.
      [1, 0, 0],
    ]);
  });

  it('gives each period the figure parkStats gives for that period alone', async () => {
    for (const interval of ['WEEK', 'MONTH']) {
      const { parkStats } = ok(await series('admin', interval));
      for (const period of parkStats.utilisationSeries) {
        const alone = ok(await series('admin', interval, period.from, period.to, PLAIN));
        expect(alone.parkStats.hubs).toEqual(period.hubs);
      }
    }
  });

  it('costs two SQL statements more than parkStats, for any number of periods', async () => {
    const count = async (query: string, interval: string, from: string, to: string) => {
      const before = api.prisma.statementCount;
      ok(await series('admin', interval, from, to, query));
      return api.prisma.statementCount - before;
    };
    const plain = await count(PLAIN, 'WEEK', FROM, TO);
    expect(await count(SERIES, 'MONTH', FROM, TO)).toBe(plain + 2);
    expect(await count(SERIES, 'WEEK', FROM, TO)).toBe(plain + 2);
    // The longest period, from a Sunday: a day, 52 weeks and a day = 54 weeks.
    const longFrom = '2031-03-02T00:00:00+09:00';
    const longTo = '2032-03-02T00:00:00+09:00';
    expect(await count(SERIES, 'WEEK', longFrom, longTo)).toBe(plain + 2);
    const { parkStats } = ok(await series('admin', 'WEEK', longFrom, longTo));
    expect(parkStats.utilisationSeries).toHaveLength(54);
  });

  it('is for staff only, like parkStats, and refuses an unknown interval', async () => {
    ok(await series('coordinator', 'WEEK'));
    expect(refused(await series('member', 'WEEK')).extensions.code).toBe('FORBIDDEN');
    expect(refused(await series('admin', 'DAY')).extensions.code).toBe('BAD_USER_INPUT');
  });
});

/** Room A of the youth hub (Mon–Fri 09–18), the social centre's hall (always open), bookings. */
async function buildRooms(youthId: string, socialId: string, bookerId: string): Promise<void> {
  const prisma = api.prisma;
  const space = (hubId: string, name: string, days: number[], opens: number, closes: number) =>
    prisma.space.create({
      data: {
        hubId,
        name,
        kind: 'MEETING_ROOM',
        capacity: 8,
        amenities: [],
        openingHours: {
          create: days.map((weekday) => ({
            weekday,
            opensMinute: opens,
            closesMinute: closes,
          })),
        },
      },
    });
  const room = await space(youthId, 'Series room A', [1, 2, 3, 4, 5], 540, 1080);
  const hall = await space(socialId, 'Series hall', [1, 2, 3, 4, 5, 6, 7], 0, 1440);
  const booking = (spaceId: string, starts: string, ends: string, status: string) => ({
    spaceId,
    bookerId,
    startsAt: at(starts),
    endsAt: at(ends),
    blockedUntil: at(ends),
    purpose: 'Series',
    attendees: 2,
    status: status as 'CONFIRMED',
  });
  await prisma.booking.createMany({
    data: [
      booking(room.id, '2031-03-05T10:00:00', '2031-03-05T14:00:00', 'CONFIRMED'),
      booking(room.id, '2031-03-06T09:00:00', '2031-03-06T13:00:00', 'CHECKED_IN'),
      booking(room.id, '2031-03-10T09:00:00', '2031-03-10T18:00:00', 'CONFIRMED'),
      booking(room.id, '2031-03-11T10:00:00', '2031-03-11T12:00:00', 'NO_SHOW'),
      booking(room.id, '2031-03-26T13:00:00', '2031-03-26T17:30:00', 'PENDING'),
      booking(room.id, '2031-04-01T09:00:00', '2031-04-01T18:00:00', 'CONFIRMED'),
      booking(room.id, '2031-04-02T10:00:00', '2031-04-02T12:00:00', 'CONFIRMED'),
      booking(hall.id, '2031-03-15T06:00:00', '2031-03-15T22:48:00', 'CONFIRMED'),
    ],
  });
}
