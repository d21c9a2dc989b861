import { NoShowSweeper } from '@park/spaces';
import ical, { CalendarResponse, VEvent } from 'node-ical';
import request from 'supertest';
import { Hub, Park, Person, SET_UP_MS, startPark, TestApi } from './support';
import { at, HOUR_MS, midnightAhead, ROUND_THE_CLOCK } from './support/time';

// The calendar feeds over HTTP, parsed with a real iCalendar parser (node-ical): a person's
// feed behind its secret URL, a hub's public events, a space's busy times without names.
// Times are days ahead of the real clock (the API reads it); the no-show sweep gets its own.

const PUBLIC_URL = 'https://park.example.org';
const ME = `{ me { id calendarFeedUrl } }`;
const RESET = `mutation { resetCalendarFeed }`;
const BOOK = `mutation Book($input: BookSpaceInput!) { bookSpace(input: $input) { id status } }`;
const CANCEL = `mutation Cancel($id: ID!) { cancelBooking(id: $id) { id status } }`;
const HOST = `mutation Host($input: CreateEventInput!) { createEvent(input: $input) { id } }`;
const RSVP = `mutation Rsvp($id: ID!) { rsvpEvent(id: $id) { id } }`;
const CANCEL_EVENT = `mutation CancelEvent($id: ID!) { cancelEvent(id: $id) { id } }`;

describe('calendar feeds', () => {
  let api: TestApi;
  let park: Park;
  let hub: Hub;
  let manager: Person;
  let room: { id: string; name: string };
  let hall: { id: string; name: string };
  let person: Person;
  let stranger: Person;
  let feedUrl: string;
  const bookings: Record<string, string> = {};
  const events: Record<string, string> = {};

  const http = () => request(api.app.getHttpServer());
  const pathOf = (url: string) => url.slice(PUBLIC_URL.length);
  const fetchFeed = (url: string, etag?: string) => {
    const call = http().get(pathOf(url));
    return etag ? call.set('If-None-Match', etag) : call;
  };
  const parsed = async (url: string): Promise<CalendarResponse> => {
    const res = await fetchFeed(url);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
    return ical.sync.parseICS(res.text);
  };
  const vevents = (feed: CalendarResponse) =>
    Object.values(feed).filter((c): c is VEvent => c?.type === 'VEVENT');
  const entry = (feed: CalendarResponse, uid: string) => vevents(feed).find((e) => e.uid === uid);
  /** A property node-ical keeps with its parameters (URL;VALUE=URI) as { val }. */
  const value = (property: unknown) =>
    typeof property === 'object' && property ? (property as { val: string }).val : property;
  const sequenceOf = (event: VEvent | undefined) => Number(event?.sequence);
  const book = async (who: Person, space: { id: string }, day: number, purpose: string) => {
    const { bookSpace } = await api.graphql.ok<{ bookSpace: { id: string } }>(
      BOOK,
      {
        input: {
          spaceId: space.id,
          startsAt: at(day, '10:00'),
          endsAt: at(day, '11:00'),
          purpose,
          attendees: 2,
        },
      },
      who.as,
    );
    return bookSpace.id;
  };
  const host = async (title: string, day: number) => {
    const { createEvent } = await api.graphql.ok<{ createEvent: { id: string } }>(
      HOST,
      {
        input: {
          hubId: hub.id,
          spaceId: hall.id,
          title,
          description: 'Food, music and neighbours.',
          startsAt: at(day, '18:00'),
          endsAt: at(day, '20:00'),
          capacity: 20,
        },
      },
      manager.as,
    );
    return createEvent.id;
  };
  /** SQL statements the API sends while answering `call`. */
  const statementsOf = async (call: () => Promise<unknown>) => {
    const before = api.prisma.statementCount;
    await call();
    return api.prisma.statementCount - before;
  };

  beforeAll(async () => {
    ({ api, park } = await startPark({ PUBLIC_URL }));
    hub = await park.hub('youth-hub');
    manager = await park.manager(hub);
    room = await park.newSpace(hub, { openingHours: ROUND_THE_CLOCK });
    hall = await park.newSpace(hub, {
      kind: 'EVENT_HALL',
      capacity: 40,
      openingHours: ROUND_THE_CLOCK,
    });
    person = await park.newUser({ label: 'feed-reader' });
    stranger = await park.newUser({ label: 'feed-stranger' });
    bookings.first = await book(person, room, midnightAhead(3), 'Team planning');
    bookings.second = await book(person, room, midnightAhead(4), 'Mentoring');
    bookings.theirs = await book(stranger, room, midnightAhead(5), 'Stranger’s workshop');
    events.going = await host('Neighbourhood Evening', midnightAhead(6));
    events.other = await host('Quiz Night', midnightAhead(7));
    await api.graphql.ok(RSVP, { id: events.going }, person.as);
    feedUrl = (await api.graphql.ok<{ me: { calendarFeedUrl: string } }>(ME, {}, person.as)).me
      .calendarFeedUrl;
  }, SET_UP_MS);

  afterAll(() => api?.close());

  it('gives each person a secret feed URL under PUBLIC_URL', () => {
    expect(feedUrl).toMatch(
      new RegExp(`^${PUBLIC_URL}/calendar/me/${person.id}/[0-9a-f]{64}\\.ics$`),
    );
  });

  it('lists your bookings and the events you are going to, in Asia/Seoul, linked to the console', async () => {
    const feed = await parsed(feedUrl);
    const zones = Object.values(feed).filter((c) => c?.type === 'VTIMEZONE');
    expect(zones.map((z) => (z as unknown as { tzid: string }).tzid)).toEqual(['Asia/Seoul']);
    expect(
      vevents(feed)
        .map((e) => e.uid)
        .sort(),
    ).toEqual(
      [
        `booking-${bookings.first}@park-commons`,
        `booking-${bookings.second}@park-commons`,
        `event-${events.going}@park-commons`,
      ].sort(),
    );
    const first = entry(feed, `booking-${bookings.first}@park-commons`)!;
    expect(first.start.toISOString()).toBe(at(midnightAhead(3), '10:00'));
    expect(first.start.tz).toBe('Asia/Seoul');
    expect(first.status).toBe('CONFIRMED');
    expect(first.lastmodified).toBeInstanceOf(Date);
    expect(first.summary).toContain('Team planning');
    expect(value(first.url)).toBe(`${PUBLIC_URL}/spaces/${room.id}`);
    expect(first.description).toContain(`${PUBLIC_URL}/spaces/${room.id}`);
    const evening = entry(feed, `event-${events.going}@park-commons`)!;
    expect(evening.summary).toBe('Neighbourhood Evening');
    expect(value(evening.url)).toBe(`${PUBLIC_URL}/events/${events.going}`);
    expect(evening.location).toBe(hall.name);
  });

  it('keeps UIDs across fetches, and grows SEQUENCE and marks CANCELLED when a booking is cancelled', async () => {
    const before = await parsed(feedUrl);
    const again = await parsed(feedUrl);
    expect(vevents(again).map((e) => [e.uid, e.sequence])).toEqual(
      vevents(before).map((e) => [e.uid, e.sequence]),
    );
    const uid = `booking-${bookings.first}@park-commons`;
    await api.graphql.ok(CANCEL, { id: bookings.first }, person.as);
    const after = await parsed(feedUrl);
    expect(entry(after, uid)?.status).toBe('CANCELLED');
    expect(sequenceOf(entry(after, uid))).toBeGreaterThan(sequenceOf(entry(before, uid)));
    // The untouched one keeps its SEQUENCE.
    const second = `booking-${bookings.second}@park-commons`;
    expect(entry(after, second)?.sequence).toBe(entry(before, second)?.sequence);
  });

  it('marks a no-show CANCELLED', async () => {
    const uid = `booking-${bookings.second}@park-commons`;
    const before = await parsed(feedUrl);
    // The sweep's clock: an hour after the second booking started (the stranger's is later).
    await api.app
      .get(NoShowSweeper)
      .sweep(new Date(Date.parse(at(midnightAhead(4), '10:00')) + 2 * HOUR_MS));
    const status = await api.prisma.booking.findUniqueOrThrow({ where: { id: bookings.second } });
    expect(status.status).toBe('NO_SHOW');
    const after = await parsed(feedUrl);
    expect(entry(after, uid)?.status).toBe('CANCELLED');
    expect(sequenceOf(entry(after, uid))).toBeGreaterThan(sequenceOf(entry(before, uid)));
  });

  it('answers 304 to a poll of an unchanged feed, and a new ETag once it changes', async () => {
    const first = await fetchFeed(feedUrl);
    const etag = first.headers['etag'] as string;
    expect(etag).toMatch(/^".+"$/);
    const unchanged = await fetchFeed(feedUrl, etag);
    expect(unchanged.status).toBe(304);
    expect(unchanged.text ?? '').toBe('');
    expect((await fetchFeed(feedUrl, `W/${etag}`)).status).toBe(304);

    await book(person, room, midnightAhead(8), 'Board meeting');
    const changed = await fetchFeed(feedUrl, etag);
    expect(changed.status).toBe(200);
    expect(changed.headers['etag']).not.toBe(etag);
  });

  it('reads a bounded number of statements per feed, however many entries it has', async () => {
    expect(await statementsOf(() => fetchFeed(feedUrl))).toBe(4);
    for (let day = 9; day < 13; day += 1) await book(person, room, midnightAhead(day), 'More');
    expect(await statementsOf(() => fetchFeed(feedUrl))).toBe(4);
    const etag = (await fetchFeed(feedUrl)).headers['etag'] as string;
    // An unchanged poll: the secret and the state, nothing built.
    expect(await statementsOf(() => fetchFeed(feedUrl, etag))).toBe(2);
  });

  it('answers 404 to someone else’s secret, garbage, and a secret after its reset', async () => {
    const theirs = (await api.graphql.ok<{ me: { calendarFeedUrl: string } }>(ME, {}, stranger.as))
      .me.calendarFeedUrl;
    const theirSecret = theirs.match(/\/([0-9a-f]{64})\.ics$/)![1];
    const mine = `/calendar/me/${person.id}`;
    for (const path of [
      `${mine}/${theirSecret}.ics`,
      `${mine}/not-a-secret.ics`,
      `${mine}/${'0'.repeat(64)}.ics`,
      `/calendar/me/not-a-user/${theirSecret}.ics`,
      `${mine}/${theirSecret}`,
    ]) {
      expect([path, (await http().get(path)).status]).toEqual([path, 404]);
    }

    const { resetCalendarFeed } = await api.graphql.ok<{ resetCalendarFeed: string }>(
      RESET,
      {},
      person.as,
    );
    expect(resetCalendarFeed).not.toBe(feedUrl);
    expect(resetCalendarFeed).toMatch(new RegExp(`^${PUBLIC_URL}/calendar/me/${person.id}/`));
    expect((await fetchFeed(feedUrl)).status).toBe(404);
    expect((await fetchFeed(resetCalendarFeed)).status).toBe(200);
    const { me } = await api.graphql.ok<{ me: { calendarFeedUrl: string } }>(ME, {}, person.as);
    expect(me.calendarFeedUrl).toBe(resetCalendarFeed);
    feedUrl = resetCalendarFeed;
  });

  it('shows the URL to its owner only, and resets only when signed in', async () => {
    const { event } = await api.graphql.ok<{ event: { organizer: { calendarFeedUrl: unknown } } }>(
      `query ($id: ID!) { event(id: $id) { organizer { calendarFeedUrl } } }`,
      { id: events.going },
      person.as,
    );
    expect(event.organizer.calendarFeedUrl).toBeNull();
    expect((await api.graphql.errorCode(RESET, {})).extensions.code).toBe('UNAUTHENTICATED');
  });

  it('publishes a hub’s public events, a cancelled one marked CANCELLED with a higher SEQUENCE', async () => {
    const { hub: read } = await api.graphql.ok<{ hub: { eventsFeedUrl: string } }>(
      `query ($id: ID!) { hub(id: $id) { eventsFeedUrl } }`,
      { id: hub.id },
    );
    expect(read.eventsFeedUrl).toBe(`${PUBLIC_URL}/calendar/hubs/${hub.id}.ics`);
    const before = await parsed(read.eventsFeedUrl);
    const uid = `event-${events.other}@park-commons`;
    expect(vevents(before).map((e) => e.uid)).toEqual(
      expect.arrayContaining([`event-${events.going}@park-commons`, uid]),
    );
    expect(vevents(before).every((e) => !e.uid.startsWith('booking-'))).toBe(true);

    await api.graphql.ok(CANCEL_EVENT, { id: events.other }, manager.as);
    const after = await parsed(read.eventsFeedUrl);
    expect(entry(after, uid)?.status).toBe('CANCELLED');
    expect(sequenceOf(entry(after, uid))).toBeGreaterThan(sequenceOf(entry(before, uid)));
    expect(await statementsOf(() => fetchFeed(read.eventsFeedUrl))).toBe(2);
  });

  it('counts every one of concurrent changes in SEQUENCE (the database bumps it under the row lock)', async () => {
    const id = await host('Repair Café', midnightAhead(9));
    const url = `${PUBLIC_URL}/calendar/hubs/${hub.id}.ics`;
    const uid = `event-${id}@park-commons`;
    const before = sequenceOf(entry(await parsed(url), uid));
    await Promise.all(
      ['Repair Café I', 'Repair Café II', 'Repair Café III'].map((title) =>
        api.graphql.ok(
          `mutation ($id: ID!, $title: String!) { updateEvent(id: $id, input: { title: $title }) { id } }`,
          { id, title },
          manager.as,
        ),
      ),
    );
    expect(sequenceOf(entry(await parsed(url), uid))).toBe(before + 3);
  });

  it('shows the people going that a cancelled event is off', async () => {
    await api.graphql.ok(CANCEL_EVENT, { id: events.going }, manager.as);
    const feed = await parsed(feedUrl);
    expect(entry(feed, `event-${events.going}@park-commons`)?.status).toBe('CANCELLED');
  });

  it('gives a space a free/busy feed with no names, purposes or addresses', async () => {
    const { space } = await api.graphql.ok<{ space: { calendarFeedUrl: string } }>(
      `query ($id: ID!) { space(id: $id) { calendarFeedUrl } }`,
      { id: room.id },
    );
    expect(space.calendarFeedUrl).toBe(`${PUBLIC_URL}/calendar/spaces/${room.id}.ics`);
    const res = await fetchFeed(space.calendarFeedUrl);
    expect(res.status).toBe(200);
    for (const secret of [
      person.displayName,
      person.email,
      stranger.displayName,
      stranger.email,
      'Stranger’s workshop',
      'Mentoring',
    ]) {
      expect(res.text).not.toContain(secret);
    }
    const busy = vevents(ical.sync.parseICS(res.text));
    expect(busy.map((e) => e.uid)).toContain(`booking-${bookings.theirs}@park-commons`);
    // Only what holds the room: the cancelled and the missed bookings are gone.
    expect(busy.map((e) => e.uid)).not.toContain(`booking-${bookings.first}@park-commons`);
    expect(busy.map((e) => e.uid)).not.toContain(`booking-${bookings.second}@park-commons`);
    expect(new Set(busy.map((e) => e.summary))).toEqual(new Set(['Busy/예약됨']));
    const etag = res.headers['etag'] as string;
    expect((await fetchFeed(space.calendarFeedUrl, etag)).status).toBe(304);
    expect(await statementsOf(() => fetchFeed(space.calendarFeedUrl, etag))).toBe(1);
  });

  it('answers 404 for hubs and spaces that do not exist', async () => {
    const nobody = '00000000-0000-4000-8000-000000000000';
    for (const path of [
      `/calendar/hubs/${nobody}.ics`,
      `/calendar/spaces/${nobody}.ics`,
      '/calendar/hubs/youth-hub.ics',
      `/calendar/spaces/${room.id}`,
    ]) {
      expect([path, (await http().get(path)).status]).toEqual([path, 404]);
    }
  });
});
