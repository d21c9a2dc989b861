import { AddressInfo } from 'node:net';
import { Browser } from './client/browser';
import {
  ApplyForMembership,
  ApproveBooking,
  ApproveMembership,
  AssignHubStaff,
  BookingCard,
  BookSpace,
  CancelBooking,
  CancelRsvp,
  CreateEvent,
  CreateSpace,
  CreateStakeholder,
  EventPage,
  HubPage,
  Login,
  Me,
  MembershipHistory,
  MyBookings,
  Register,
  ReviewQueue,
  RsvpEvent,
  SpaceBookings,
  StakeholderPage,
  StartMembershipReview,
  UserCard,
} from './client/operations';
import {
  at,
  DAY_MS,
  Hub,
  midnightAhead,
  openingHours,
  Park,
  SET_UP_MS,
  startPark,
  TestApi,
  WEEKDAY_HOURS,
  workdayAhead,
} from './support';

// The member and staff journeys as a front end would walk them: documents typed by
// graphql-codegen from schema.gql (client/operations.ts), Apollo Client 4 with a normalised
// cache, the real API over HTTP. After each mutation the screen that follows is read from the
// cache alone (Browser.screen: fetchPolicy cache-only, no request sent).

let api: TestApi;
let park: Park;
let youth: Hub;
let uri: string;
const tabs: Browser[] = [];
const ids: Record<string, string> = {};
const PASSWORD = 'a long password for the typed client';

function browser(token?: string): Browser {
  const tab = new Browser(uri, token);
  tabs.push(tab);
  return tab;
}

let admin: Browser;
let manager: Browser;
let member: Browser;

beforeAll(async () => {
  ({ api, park } = await startPark());
  await api.app.listen(0, '127.0.0.1');
  uri = `http://127.0.0.1:${(api.app.getHttpServer().address() as AddressInfo).port}/graphql`;
  youth = await park.hub('youth-hub');
  admin = browser((await park.parkAdmin()).token);
}, SET_UP_MS);

afterAll(async () => {
  for (const tab of tabs) tab.stop();
  await api?.close();
});

describe('typed client, staff: a park admin staffs the Youth Hub and its manager opens rooms', () => {
  it('shows the new manager on the hub page the admin has open', async () => {
    const newcomer = await park.newUser({ label: 'youth manager' });
    ids.manager = newcomer.id;
    const before = await admin.open(HubPage, { slug: 'youth-hub' });
    expect(before.hub?.staff.map((staff) => staff.user.id)).not.toContain(newcomer.id);

    await admin.mutate(AssignHubStaff, { hubId: youth.id, userId: newcomer.id, role: 'MANAGER' });

    const page = await admin.screen(HubPage, { slug: 'youth-hub' });
    expect(page.hub?.staff).toContainEqual(
      expect.objectContaining({
        role: 'MANAGER',
        user: { __typename: 'User', id: newcomer.id, displayName: newcomer.displayName },
      }),
    );
    manager = browser(newcomer.token);
  });

  it('shows a new member-only room that needs approval among the hub’s rooms', async () => {
    await manager.open(HubPage, { slug: 'youth-hub' });
    const { createSpace } = await manager.mutate(CreateSpace, {
      input: {
        hubId: youth.id,
        name: park.unique('Typed Client Room'),
        kind: 'MEETING_ROOM',
        capacity: 6,
        policy: { memberOnly: true, requiresApproval: true },
        openingHours: WEEKDAY_HOURS,
      },
    });
    ids.room = createSpace.id;

    const page = await manager.screen(HubPage, { slug: 'youth-hub' });
    expect(page.hub?.spaces).toContainEqual(
      expect.objectContaining({
        id: ids.room,
        capacity: 6,
        policy: { __typename: 'SpacePolicy', memberOnly: true, requiresApproval: true },
      }),
    );
  });
});

describe('typed client, member: sign-up, a stakeholder, an application the staff approve', () => {
  it('registers and signs in, and the cache knows who they are', async () => {
    member = browser();
    const email = `${park.unique('typed-client').replace(/ /g, '-')}@example.org`.toLowerCase();
    const { register } = await member.mutate(Register, {
      input: { email, password: PASSWORD, displayName: 'Min-ji Typed' },
    });
    ids.member = register.user.id;
    expect(member.card(UserCard, 'User', ids.member)).toEqual({
      __typename: 'User',
      id: ids.member,
      displayName: 'Min-ji Typed',
      email,
    });

    const { login } = await member.mutate(Login, { input: { email, password: PASSWORD } });
    member.signIn(login.accessToken);
    expect(login.user).toMatchObject({ id: ids.member, role: 'MEMBER' });
    expect((await member.open(Me)).me).toMatchObject({ id: ids.member, email });
  });

  it('creates a stakeholder whose page opens from the cache, with them as its OWNER', async () => {
    const name = park.unique('Typed Client Collective');
    const { createStakeholder } = await member.mutate(CreateStakeholder, {
      input: { name, kind: 'YOUTH_GROUP', description: 'Young people who build tools.' },
    });
    ids.stakeholder = createStakeholder.id;

    const { stakeholder } = await member.screen(StakeholderPage, { id: ids.stakeholder });
    expect(stakeholder).toMatchObject({
      id: ids.stakeholder,
      name,
      memberships: { totalCount: 0, edges: [], pageInfo: { hasNextPage: false } },
    });
    expect(stakeholder?.members).toEqual([
      expect.objectContaining({ role: 'OWNER', user: expect.objectContaining({ id: ids.member }) }),
    ]);
  });

  it('applies to the Youth Hub, and the stakeholder page lists the SUBMITTED application', async () => {
    const { applyForMembership } = await member.mutate(ApplyForMembership, {
      input: {
        hubId: youth.id,
        stakeholderId: ids.stakeholder,
        plan: 'COWORKING',
        motivation: 'We would like to build our tools at the park every week.',
      },
    });
    ids.membership = applyForMembership.id;

    const { stakeholder } = await member.screen(StakeholderPage, { id: ids.stakeholder });
    expect(stakeholder?.memberships.totalCount).toBe(1);
    expect(stakeholder?.memberships.edges.map((edge) => edge.node)).toEqual([
      expect.objectContaining({
        id: ids.membership,
        status: 'SUBMITTED',
        hub: expect.objectContaining({ name: 'Youth Hub' }),
      }),
    ]);
  });

  it('moves through the manager’s review queue to APPROVED, with its history, from the cache', async () => {
    const queued = await manager.open(ReviewQueue, { hubId: youth.id });
    const status = async () =>
      (await manager.screen(ReviewQueue, { hubId: youth.id })).membershipApplications.edges.find(
        (edge) => edge.node.id === ids.membership,
      )?.node.status;
    expect(queued.membershipApplications.edges.map((edge) => edge.node.id)).toContain(
      ids.membership,
    );

    await manager.mutate(StartMembershipReview, { id: ids.membership });
    expect(await status()).toBe('UNDER_REVIEW');

    await manager.mutate(ApproveMembership, { id: ids.membership, note: 'Welcome to the hub.' });
    expect(await status()).toBe('APPROVED');
    expect(manager.card(MembershipHistory, 'Membership', ids.membership).history).toEqual([
      expect.objectContaining({ action: 'create', to: 'SUBMITTED' }),
      expect.objectContaining({ action: 'startReview', from: 'SUBMITTED', to: 'UNDER_REVIEW' }),
      expect.objectContaining({
        action: 'approve',
        from: 'UNDER_REVIEW',
        to: 'APPROVED',
        note: 'Welcome to the hub.',
      }),
    ]);

    // Someone else's decision reaches the member's tab with its next request, not by itself.
    const { stakeholder } = await member.open(StakeholderPage, { id: ids.stakeholder });
    expect(stakeholder?.memberships.edges[0]?.node.status).toBe('APPROVED');
  });
});

describe('typed client: a booking the manager approves, and an evening the member joins', () => {
  const day = workdayAhead(3);

  it('books the member-only room: their bookings list it PENDING, from the cache', async () => {
    const { bookSpace } = await member.mutate(BookSpace, {
      input: {
        spaceId: ids.room,
        stakeholderId: ids.stakeholder,
        startsAt: at(day, '10:00'),
        endsAt: at(day, '11:00'),
        purpose: 'Planning our first workshop',
        attendees: 4,
      },
    });
    ids.booking = bookSpace.id;
    expect(member.card(BookingCard, 'Booking', ids.booking)).toMatchObject({
      status: 'PENDING',
      space: { id: ids.room },
      stakeholder: { id: ids.stakeholder },
    });
    // bookSpace selects the booker's own bookings, so the member's bookings screen follows.
    const { me } = await member.screen(MyBookings);
    expect(me?.bookings?.edges.map((edge) => edge.node)).toEqual([
      expect.objectContaining({
        id: ids.booking,
        status: 'PENDING',
        space: expect.objectContaining({ id: ids.room }),
      }),
    ]);
    expect(me?.bookings?.totalCount).toBe(1);
  });

  it('is approved from the room’s bookings on the manager’s screen, which then reads CONFIRMED', async () => {
    const window = { spaceId: ids.room, from: at(day, '00:00'), to: at(day + DAY_MS, '00:00') };
    const listed = await manager.open(SpaceBookings, window);
    expect(listed.spaceBookings.totalCount).toBe(1);
    expect(listed.spaceBookings.edges.map((edge) => edge.node)).toEqual([
      expect.objectContaining({ id: ids.booking, status: 'PENDING' }),
    ]);

    await manager.mutate(ApproveBooking, { id: ids.booking });
    const { spaceBookings } = await manager.screen(SpaceBookings, window);
    expect(spaceBookings.edges.map((edge) => edge.node)).toEqual([
      expect.objectContaining({
        id: ids.booking,
        status: 'CONFIRMED',
        booker: expect.objectContaining({ id: ids.member }),
      }),
    ]);
  });

  it('is cancelled by the member, whose booking card and bookings then read CANCELLED', async () => {
    await member.mutate(CancelBooking, { id: ids.booking, reason: 'We moved online.' });
    expect(member.card(BookingCard, 'Booking', ids.booking).status).toBe('CANCELLED');
    const { me } = await member.screen(MyBookings);
    expect(me?.bookings?.edges.map((edge) => edge.node.status)).toEqual(['CANCELLED']);
  });

  it('lets the manager host an evening whose page opens from the cache, and the member RSVP and cancel', async () => {
    const { createSpace } = await manager.mutate(CreateSpace, {
      input: {
        hubId: youth.id,
        name: park.unique('Typed Client Hall'),
        kind: 'EVENT_HALL',
        capacity: 60,
        policy: { maxDurationMinutes: 480, maxAdvanceDays: 120 },
        openingHours: openingHours('08:00', '23:00', [1, 2, 3, 4, 5, 6, 7]),
      },
    });
    const evening = midnightAhead(5);
    const { createEvent } = await manager.mutate(CreateEvent, {
      input: {
        hubId: youth.id,
        spaceId: createSpace.id,
        title: 'Tools Night',
        description: 'Show what you built.',
        startsAt: at(evening, '18:00'),
        endsAt: at(evening, '20:00'),
        capacity: 30,
      },
    });
    expect((await manager.screen(EventPage, { id: createEvent.id })).event).toMatchObject({
      title: 'Tools Night',
      attendeeCount: 0,
      myRsvp: null,
    });

    expect((await member.open(EventPage, { id: createEvent.id })).event?.myRsvp).toBeNull();
    const { rsvpEvent } = await member.mutate(RsvpEvent, { id: createEvent.id });
    expect(rsvpEvent.myRsvp?.status).toBe('GOING');
    // rsvpEvent returns the Event (its counts and the member's RSVP): the page follows, cached.
    expect((await member.screen(EventPage, { id: createEvent.id })).event).toMatchObject({
      attendeeCount: 1,
      waitlistCount: 0,
      myRsvp: {
        __typename: 'Rsvp',
        id: rsvpEvent.myRsvp?.id,
        status: 'GOING',
        waitlistPosition: null,
      },
    });

    await member.mutate(CancelRsvp, { id: createEvent.id });
    expect((await member.screen(EventPage, { id: createEvent.id })).event).toMatchObject({
      attendeeCount: 0,
      waitlistCount: 0,
      myRsvp: null,
    });
  });
});
