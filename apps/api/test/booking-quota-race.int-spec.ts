import { GraphqlResponse } from '@park/platform/testing';
import { Hub, Park, Person, Stakeholder, startPark } from './support/park';
import { SET_UP_MS, TestApi } from './support/test-api';
import { at, DAY_MS, nextMonday, openingHours } from './support/time';

// The weekly quota holds when many people book at once, and whenever membership is what opens
// the room: booking for the stakeholder or not. A member-only room with a 12-hour weekly quota;
// six 4-hour bookings of one stakeholder's week sent together: exactly three fit. Each story
// books in a Seoul week of its own, weeks ahead of the clock.

const BOOK = `mutation Book($input: BookSpaceInput!) {
  bookSpace(input: $input) { id status stakeholder { id } } }`;
type Booked = { bookSpace: { id: string; status: string; stakeholder: { id: string } | null } };

let api: TestApi;
let park: Park;
let youth: Hub;
let spaceId: string;

/** The six 4-hour slots of one week: Monday and Tuesday, 07–11, 11–15, 15–19 (Seoul). */
function sixSlots(monday: number) {
  return [monday, monday + DAY_MS].flatMap((day) =>
    [
      ['07:00', '11:00'],
      ['11:00', '15:00'],
      ['15:00', '19:00'],
    ].map(([from, to]) => ({ startsAt: at(day, from), endsAt: at(day, to) })),
  );
}

/** A member stakeholder of the Youth Hub with its owner and five more people. */
async function collective(): Promise<{ stakeholder: Stakeholder; people: Person[] }> {
  const stakeholder = await park.newStakeholder({ name: park.unique('Quota Makers') });
  const others = await park.newUsers(5, { label: 'quota-member' });
  await park.addMembers(stakeholder, others);
  await park.newMember(youth, stakeholder);
  return { stakeholder, people: [stakeholder.owner, ...others] };
}

/** How many answers were each status or error code, and the errors' rules. */
function tally(responses: GraphqlResponse<Booked>[]) {
  const count: Record<string, number> = {};
  for (const response of responses) {
    const error = response.errors?.[0];
    const key = error
      ? `${error.extensions.code} ${(error.extensions.violations as { rule: string }[] | undefined)
          ?.map((v) => v.rule)
          .join(',')}`
      : (response.data as Booked).bookSpace.status;
    count[key] = (count[key] ?? 0) + 1;
  }
  return count;
}

/** Live hours of the stakeholder's bookings in the room, from the database. */
async function liveHours(stakeholderId: string): Promise<number> {
  const rows = await api.prisma.booking.findMany({
    where: { spaceId, stakeholderId, status: { in: ['PENDING', 'CONFIRMED', 'CHECKED_IN'] } },
  });
  return rows.reduce((sum, row) => sum + (row.endsAt.getTime() - row.startsAt.getTime()), 0) / 36e5;
}

beforeAll(async () => {
  ({ api, park } = await startPark());
  youth = await park.hub('youth-hub');
  spaceId = (
    await park.newSpace(youth, {
      policy: { memberOnly: true, weeklyQuotaHours: 12, maxDurationMinutes: 240 },
      openingHours: openingHours('07:00', '22:00', [1, 2, 3, 4, 5, 6, 7]),
    })
  ).id;
}, SET_UP_MS);
afterAll(() => api.close());

describe('the weekly quota under concurrent bookings', () => {
  it('six parallel 4-hour bookings for one stakeholder against 12 hours: three confirmed, three WEEKLY_QUOTA', async () => {
    const { stakeholder, people } = await collective();
    const slots = sixSlots(nextMonday(14));
    const responses = await Promise.all(
      slots.map((slot, index) =>
        api.graphql.execute<Booked>(
          BOOK,
          {
            input: {
              spaceId,
              ...slot,
              purpose: `Sprint ${index + 1}`,
              attendees: 4,
              stakeholderId: stakeholder.id,
            },
          },
          people[index].as,
        ),
      ),
    );

    expect(responses.map((r) => r.status)).toEqual(Array(6).fill(200));
    expect(tally(responses)).toEqual({ CONFIRMED: 3, 'BAD_USER_INPUT WEEKLY_QUOTA': 3 });
    for (const refused of responses.filter((r) => r.errors)) {
      expect(refused.errors?.[0].extensions.fields).toEqual(['stakeholderId']);
    }
    expect(await liveHours(stakeholder.id)).toBe(12);
    // The refused requests left nothing behind: a history step and an audit row per booking.
    const rows = await api.prisma.booking.findMany({ where: { stakeholderId: stakeholder.id } });
    expect(rows).toHaveLength(3);
    expect(
      await api.prisma.auditLogEntry.count({
        where: { action: 'Booking.create', entityId: { in: rows.map((row) => row.id) } },
      }),
    ).toBe(3);
  });

  it('counts a member’s booking without stakeholderId against their stakeholder, in parallel too', async () => {
    const { stakeholder, people } = await collective();
    const slots = sixSlots(nextMonday(21));
    const responses = await Promise.all(
      slots.map((slot, index) =>
        api.graphql.execute<Booked>(
          BOOK,
          { input: { spaceId, ...slot, purpose: `Drop-in ${index + 1}`, attendees: 2 } },
          people[index].as,
        ),
      ),
    );

    expect(tally(responses)).toEqual({ CONFIRMED: 3, 'BAD_USER_INPUT WEEKLY_QUOTA': 3 });
    // Booked through the stakeholder's membership, so booked for it.
    for (const response of responses.filter((r) => !r.errors)) {
      expect(response.data?.bookSpace.stakeholder).toEqual({ id: stakeholder.id });
    }
    expect(await liveHours(stakeholder.id)).toBe(12);
  });

  it('asks a person in two member stakeholders which one books (BAD_USER_INPUT on stakeholderId)', async () => {
    const { stakeholder, people } = await collective();
    const second = await park.newStakeholder({ owner: people[1], name: park.unique('Second') });
    await park.newMember(youth, second);
    const [slot] = sixSlots(nextMonday(28));
    const input = { spaceId, ...slot, purpose: 'Which one?', attendees: 2 };
    const before = await api.prisma.booking.count();

    const response = await api.graphql.execute<Booked>(BOOK, { input }, people[1].as);

    expect(response.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: ['stakeholderId'],
    });
    expect(await api.prisma.booking.count()).toBe(before);
    // Naming it books, against that stakeholder's quota.
    const named = await api.graphql.execute<Booked>(
      BOOK,
      { input: { ...input, stakeholderId: stakeholder.id } },
      people[1].as,
    );
    expect(named.data?.bookSpace).toMatchObject({ stakeholder: { id: stakeholder.id } });
  });

  it('leaves staff, who need no membership to book, outside the quota', async () => {
    const manager = await park.manager(youth);
    const slots = sixSlots(nextMonday(35));
    for (const [index, slot] of slots.entries()) {
      const input = { spaceId, ...slot, purpose: `Staff ${index + 1}`, attendees: 2 };
      const { data } = await api.graphql.execute<Booked>(BOOK, { input }, manager.as);
      expect(data?.bookSpace).toMatchObject({ status: 'CONFIRMED', stakeholder: null });
    }
  });
});
