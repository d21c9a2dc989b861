import { startPark } from './support/park';
import { SET_UP_MS, TestApi } from './support/test-api';
import { at, workdayAhead } from './support/time';

const BOOK = `mutation Book($input: BookSpaceInput!) { bookSpace(input: $input) { id status } }`;

/**
 * The booking journey: a member of the Social Economy Support Centre books a member-only room, a
 * non-member is refused, a second member's overlapping booking gets CONFLICT, staff approve a
 * pending hall booking, and the booker is notified.
 */
describe('journey: booking rooms at the Social Economy Support Centre', () => {
  let api: TestApi;
  const tokens: Record<string, string> = {};
  let room: { id: string };
  let hall: { id: string };

  beforeAll(async () => {
    const { api: started, park } = await startPark();
    api = started;
    const hub = await park.hub('social-economy-centre');
    // Two stakeholders with APPROVED memberships of the centre, and a visitor with none there.
    tokens.first = (await park.newMember(hub)).owner.token;
    tokens.second = (await park.newMember(hub)).owner.token;
    tokens.visitor = (await park.newUser({ label: 'visitor' })).token;
    tokens.manager = (await park.manager(hub)).token;
    // The centre's rooms as the demo park has them: a members-only meeting room and a hall that
    // staff approve, booked two days ahead at the earliest.
    room = await park.newSpace(hub, {
      policy: { memberOnly: true, minNoticeMinutes: 30, weeklyQuotaHours: 10 },
    });
    hall = await park.newSpace(hub, {
      kind: 'EVENT_HALL',
      capacity: 80,
      policy: {
        requiresApproval: true,
        minNoticeMinutes: 2880,
        maxDurationMinutes: 480,
        bufferMinutes: 30,
      },
    });
  }, SET_UP_MS);
  afterAll(() => api.close());

  it('books, refuses, conflicts, approves and notifies', async () => {
    const slot = {
      spaceId: room.id,
      startsAt: at(workdayAhead(8), '16:00'),
      endsAt: at(workdayAhead(8), '17:00'),
      purpose: 'Board meeting',
      attendees: 4,
    };

    const booked = await api.graphql.ok<{ bookSpace: { status: string } }>(
      BOOK,
      { input: slot },
      { token: tokens.first },
    );
    expect(booked.bookSpace.status).toBe('CONFIRMED');

    const refused = await api.graphql.errorCode(
      BOOK,
      {
        input: {
          ...slot,
          startsAt: at(workdayAhead(9), '16:00'),
          endsAt: at(workdayAhead(9), '17:00'),
        },
      },
      { token: tokens.visitor },
    );
    expect(refused.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['spaceId'] });
    expect(JSON.stringify(refused.extensions.violations)).toContain('MEMBERS_ONLY');

    const overlapping = await api.graphql.errorCode(
      BOOK,
      { input: { ...slot, startsAt: at(workdayAhead(8), '16:30') } },
      { token: tokens.second },
    );
    expect(overlapping.extensions.code).toBe('CONFLICT');

    const hallSlot = {
      spaceId: hall.id,
      startsAt: at(workdayAhead(10), '10:00'),
      endsAt: at(workdayAhead(10), '12:00'),
      purpose: 'Social economy fair',
      attendees: 50,
    };
    const pending = await api.graphql.ok<{ bookSpace: { id: string; status: string } }>(
      BOOK,
      { input: hallSlot },
      { token: tokens.second },
    );
    expect(pending.bookSpace.status).toBe('PENDING');

    const approved = await api.graphql.ok<{ approveBooking: { status: string } }>(
      `mutation { approveBooking(id: "${pending.bookSpace.id}") { status } }`,
      {},
      { token: tokens.manager },
    );
    expect(approved.approveBooking.status).toBe('CONFIRMED');

    const { notifications } = await api.graphql.ok<{
      notifications: { edges: { node: { kind: string; entityId: string } }[] };
    }>(
      '{ notifications(unreadOnly: true) { edges { node { kind entityId } } } }',
      {},
      { token: tokens.second },
    );
    expect(notifications.edges.map((e) => e.node)).toContainEqual({
      kind: 'BOOKING_APPROVE',
      entityId: pending.bookSpace.id,
    });
  });
});
