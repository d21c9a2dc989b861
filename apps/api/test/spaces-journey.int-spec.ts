import { DEMO_PASSWORD, seedPark } from '@park/seed';
import { startTestApi, TestApi } from './support/test-api';
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
  const login = async (email: string) => {
    const { login } = await api.graphql.ok<{ login: { accessToken: string } }>(
      `mutation { login(input: { email: "${email}", password: "${DEMO_PASSWORD}" }) { accessToken } }`,
    );
    return login.accessToken;
  };

  beforeAll(async () => {
    api = await startTestApi();
    await seedPark(api.prisma, {
      admin: { email: 'admin@parkcommons.example', password: DEMO_PASSWORD },
      demo: true,
      stakeholders: 40,
      log: () => undefined,
    });
  });
  afterAll(() => api.close());

  it('books, refuses, conflicts, approves and notifies', async () => {
    const hub = await api.prisma.hub.findUniqueOrThrow({
      where: { slug: 'social-economy-centre' },
    });
    // Two stakeholders with APPROVED memberships of the centre, and one with none there.
    const members = await api.prisma.membership.findMany({
      where: { hubId: hub.id, status: 'APPROVED' },
      include: {
        stakeholder: {
          include: { members: { include: { user: true }, where: { role: 'OWNER' } } },
        },
      },
      orderBy: { createdAt: 'asc' },
      take: 2,
    });
    const [first, second] = members.map((m) => m.stakeholder.members[0].user.email);
    const { register } = await api.graphql.ok<{ register: { accessToken: string } }>(
      `mutation { register(input: { email: "visitor@example.org", password: "a long password", displayName: "Visitor" }) { accessToken } }`,
    );
    tokens.first = await login(first);
    tokens.second = await login(second);
    tokens.manager = await login('social-economy-manager@parkcommons.example');
    tokens.visitor = register.accessToken;
    const room = await api.prisma.space.findFirstOrThrow({
      where: { hubId: hub.id, memberOnly: true, kind: 'MEETING_ROOM' },
    });
    const hall = await api.prisma.space.findFirstOrThrow({
      where: { hubId: hub.id, kind: 'EVENT_HALL' },
    });
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
