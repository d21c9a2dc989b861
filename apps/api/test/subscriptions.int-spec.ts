import { IdentityService } from '@park/identity';
import { NotificationService } from '@park/notification';
import { NotificationKind, TransactionRunner } from '@park/platform/database';
import { AddressInfo } from 'node:net';
import WebSocket from 'ws';
import { LiveClient, liveClient, quietFor } from './support/live-client';
import { Hub, Park, Person, SET_UP_MS, startPark, TestApi } from './support';

// GraphQL subscriptions over WebSocket (graphql-ws) at /graphql: who may connect, what each
// subscription delivers, that every event is read again with the rules of the queries when it
// is sent, that ended sessions close their sockets and that the limits hold.

const NOTIFICATIONS = `subscription { notificationReceived {
  unreadCount notification { id kind entityType entityId } } }`;
const INBOX = `subscription { staffInboxChanged { counts { applications bookings } } }`;

interface Received {
  notificationReceived: {
    unreadCount: number;
    notification: { id: string; kind: string; entityType: string; entityId: string };
  };
}
interface InboxChanged {
  staffInboxChanged: { counts: { applications: number; bookings: number } };
}

let api: TestApi;
let park: Park;
let hub: Hub;
let port: number;
const clients: LiveClient[] = [];

function connect(token?: string): LiveClient {
  const client = liveClient(port, token);
  clients.push(client);
  return client;
}

/** A second session of `who` with its refresh token (what logout and refresh take). */
async function session(who: Person) {
  const user = await api.prisma.user.findUniqueOrThrow({ where: { id: who.id } });
  return api.app.get(IdentityService).openSession(user);
}

beforeAll(async () => {
  ({ api, park } = await startPark({
    LIVE_MAX_CONNECTIONS_PER_USER: '3',
    LIVE_SUBSCRIBES_PER_10S: '8',
    LIVE_MAX_MESSAGE_BYTES: '4096',
  }));
  await api.app.listen(0, '127.0.0.1');
  port = (api.app.getHttpServer().address() as AddressInfo).port;
  hub = await park.hub('youth-hub');
}, SET_UP_MS);

afterEach(async () => {
  await Promise.all(clients.splice(0).map((client) => client.dispose()));
});

afterAll(() => api?.close());

describe('connection_init', () => {
  it('refuses a socket without an access token with 4403', async () => {
    expect(await connect().closed).toBe(4403);
  });

  it('refuses a forged token with 4403', async () => {
    const someone = await park.newUser();
    expect(await connect(`${someone.token}x`).closed).toBe(4403);
  });

  it('accepts the access token of a live session', async () => {
    const someone = await park.newUser();
    await expect(connect(someone.token).connected).resolves.toBeUndefined();
  });
});

describe('notificationReceived', () => {
  it('delivers the viewer’s new notification with their unread count, and no one else’s', async () => {
    const stakeholder = await park.newStakeholder();
    const bystander = await park.newUser();
    const mine = connect(stakeholder.owner.token).watch<Received>(NOTIFICATIONS);
    const theirs = connect(bystander.token).watch<Received>(NOTIFICATIONS);
    await quietFor(200);

    const { membershipId } = await park.newMember(hub, stakeholder);

    const { notificationReceived } = await mine.next();
    expect(notificationReceived.notification.entityId).toBe(membershipId);
    const { notifications } = await api.graphql.ok<{
      notifications: { edges: { node: { id: string; readAt: string | null } }[] };
    }>(`{ notifications(first: 50) { edges { node { id readAt } } } }`, {}, stakeholder.owner.as);
    const ids = notifications.edges.map((edge) => edge.node.id);
    expect(ids).toContain(notificationReceived.notification.id);
    expect(notificationReceived.unreadCount).toBeGreaterThanOrEqual(1);
    expect(notificationReceived.unreadCount).toBeLessThanOrEqual(ids.length);
    await quietFor(300);
    expect(theirs.events).toEqual([]);
  });

  it('publishes nothing for a change that rolls back, and the committed one after it', async () => {
    const reader = await park.newUser();
    const watch = connect(reader.token).watch<Received>(NOTIFICATIONS);
    await quietFor(200);
    const notices = api.app.get(NotificationService);
    const post = (tx: Parameters<NotificationService['announce']>[0]) =>
      notices.announce(tx, { entityType: 'User', entityId: reader.id }, [
        { recipientId: reader.id, kind: NotificationKind.DATA_EXPORT_READY, params: {} },
      ]);

    await expect(
      api.app.get(TransactionRunner).run(async (tx) => {
        await post(tx);
        throw new Error('rolled back on purpose');
      }),
    ).rejects.toThrow('rolled back on purpose');
    await quietFor(500);
    expect(watch.events).toEqual([]);

    await api.app.get(TransactionRunner).run(post);
    const { notificationReceived } = await watch.next();
    expect(notificationReceived.notification.entityId).toBe(reader.id);
    expect(watch.events).toHaveLength(1);
  });
});

describe('staffInboxChanged', () => {
  it('tells hub staff of a new application with the counts the query answers', async () => {
    const manager = await park.hubStaff(hub);
    const watch = connect(manager.token).watch<InboxChanged>(INBOX);
    await quietFor(200);

    await park.apply(hub, await park.newStakeholder());

    const { staffInboxChanged } = await watch.next();
    const { staffInbox } = await api.graphql.ok<{
      staffInbox: { counts: { applications: number } };
    }>(`{ staffInbox { counts { applications } } }`, {}, manager.as);
    expect(staffInboxChanged.counts.applications).toBe(staffInbox.counts.applications);
  });

  it('stops telling someone who is no longer the hub’s staff', async () => {
    const leaving = await park.hubStaff(hub, 'COORDINATOR');
    const admin = await park.admin();
    const gone = connect(leaving.token).watch<InboxChanged>(INBOX);
    const staying = connect(admin.token).watch<InboxChanged>(INBOX);
    await quietFor(200);
    await park.apply(hub, await park.newStakeholder());
    await gone.next();
    await staying.next();

    await api.graphql.ok(
      `mutation Unassign($hubId: ID!, $userId: ID!) { unassignHubStaff(hubId: $hubId, userId: $userId) { id } }`,
      { hubId: hub.id, userId: leaving.id },
      admin.as,
    );
    await park.apply(hub, await park.newStakeholder());

    await staying.next();
    await quietFor(300);
    expect(gone.events).toHaveLength(1);
  });

  it('refuses a member as the query does', async () => {
    const member = await park.newUser();
    const watch = connect(member.token).watch<InboxChanged>(INBOX);
    await expect(watch.next(1500)).rejects.toThrow();
    expect(JSON.stringify(watch.errors)).toContain('FORBIDDEN');
  });
});

describe('availabilityChanged and budgetRoundTallied', () => {
  it('tells a space’s watchers when it is booked, with its availability read then', async () => {
    const manager = await park.manager(hub);
    const space = await park.newSpace(hub);
    const other = await park.newSpace(hub);
    // A weekday hour inside the rooms' opening hours, a few days out (10:00–11:00 in Seoul).
    const startsAt = new Date(Date.now() + 3 * 86_400_000);
    while ([0, 6].includes(startsAt.getUTCDay())) startsAt.setUTCDate(startsAt.getUTCDate() + 1);
    startsAt.setUTCHours(1, 0, 0, 0);
    const endsAt = new Date(startsAt.getTime() + 3_600_000);
    const watcher = await park.newUser();
    const client = connect(watcher.token);
    const query = `subscription S($id: ID!) { availabilityChanged(spaceId: $id) { id name } }`;
    const dayStart = new Date(startsAt.getTime() - 3_600_000);
    const dayEnd = new Date(endsAt.getTime() + 3_600_000);
    const range = { from: dayStart.toISOString(), to: dayEnd.toISOString() };
    const watched = client.watch<{ availabilityChanged: { id: string; name: string } }>(query, {
      id: space.id,
    });
    const elsewhere = client.watch(query, { id: other.id });
    const typo = client.watch(`subscription { availabilityChanged(spaceId: "x") { nme } }`);
    await quietFor(300);

    await api.graphql.ok(
      `mutation ($input: BookSpaceInput!) { bookSpace(input: $input) { id } }`,
      {
        input: { spaceId: space.id, startsAt, endsAt, attendees: 2, purpose: 'Planning' },
      },
      manager.as,
    );

    const { availabilityChanged } = await watched.next();
    expect(availabilityChanged).toEqual({ id: space.id, name: space.name });
    // The week view then reads the booked hour as taken.
    const { availability } = await api.graphql.ok<{
      availability: { startsAt: string; endsAt: string }[];
    }>(
      `query A($id: ID!, $from: DateTime!, $to: DateTime!) {
        availability(spaceId: $id, from: $from, to: $to) { startsAt endsAt } }`,
      { id: space.id, ...range },
      watcher.as,
    );
    expect(availability.some((slot) => slot.startsAt === startsAt.toISOString())).toBe(false);
    await quietFor(300);
    expect(elsewhere.events).toEqual([]);
    // A selection that does not validate is the client's mistake, as over HTTP.
    expect(JSON.stringify(typo.errors)).toContain('BAD_USER_INPUT');
  });

  it('refuse an unknown space or round with NOT_FOUND', async () => {
    const someone = await park.newUser();
    const client = connect(someone.token);
    const space = client.watch(
      `subscription S($id: ID!) { availabilityChanged(spaceId: $id) { id } }`,
      { id: '00000000-0000-4000-8000-000000000000' },
    );
    const round = client.watch(
      `subscription R($id: ID!) { budgetRoundTallied(roundId: $id) { id status } }`,
      { id: '00000000-0000-4000-8000-000000000000' },
    );
    await quietFor(800);
    expect(JSON.stringify(space.errors)).toContain('NOT_FOUND');
    expect(JSON.stringify(round.errors)).toContain('NOT_FOUND');
  });
});

describe('the session ending closes the socket', () => {
  it('on logout', async () => {
    const someone = await park.newUser();
    const signedIn = await session(someone);
    const client = connect(signedIn.accessToken);
    await client.connected;
    await api.app.get(IdentityService).logout(signedIn.refreshToken);
    expect(await client.closed).toBe(4403);
  });

  it('on refresh-token reuse', async () => {
    const someone = await park.newUser();
    const signedIn = await session(someone);
    const client = connect(signedIn.accessToken);
    await client.connected;
    const identity = api.app.get(IdentityService);
    await identity.refresh(signedIn.refreshToken);
    await identity.refresh(signedIn.refreshToken).catch(() => undefined);
    expect(await client.closed).toBe(4403);
  });

  it('on account erasure', async () => {
    const someone = await park.newUser();
    const client = connect(someone.token);
    await client.connected;
    await api.graphql.ok(
      `mutation Erase($id: ID!) { eraseUser(userId: $id, reason: "Asked in writing to be forgotten") }`,
      { id: someone.id },
      (await park.admin()).as,
    );
    expect(await client.closed).toBe(4403);
  });
});

describe('limits', () => {
  it('refuses a connection past the per-user limit with 4429', async () => {
    const someone = await park.newUser();
    const open = [connect(someone.token), connect(someone.token), connect(someone.token)];
    await Promise.all(open.map((client) => client.connected));
    expect(await connect(someone.token).closed).toBe(4429);
  });

  it('closes a flood of subscribe messages with 4429 instead of queueing them', async () => {
    const someone = await park.newUser();
    const client = connect(someone.token);
    await client.connected;
    for (let i = 0; i < 12; i += 1) client.watch(NOTIFICATIONS);
    expect(await client.closed).toBe(4429);
  });

  it('cuts a message larger than the limit (1009)', async () => {
    const someone = await park.newUser();
    const client = connect(someone.token);
    await client.connected;
    client.watch(`subscription { notificationReceived { unreadCount } } # ${'x'.repeat(5000)}`);
    expect(await client.closed).toBe(1009);
  });

  it('holds subscriptions to the depth limit of queries and refuses queries over WebSocket', async () => {
    const someone = await park.newUser();
    const client = connect(someone.token);
    const deep = client.watch(
      `subscription { notificationReceived { notification { subject { ... on Membership {
        stakeholder { memberships { edges { node { hub { spaces { hub { spaces { hub { id } } } } } } } } } } } } } }`,
    );
    const query = client.watch(`query { hubs { id } }`);
    await quietFor(800);
    expect(JSON.stringify(deep.errors)).toMatch(/depth/i);
    expect(JSON.stringify(query.errors)).toContain('Only subscriptions');
  });

  it('answers an upgrade on another path with 404', async () => {
    const socket = new WebSocket(`ws://127.0.0.1:${port}/elsewhere`, 'graphql-transport-ws');
    const status = await new Promise<number>((resolve) => {
      socket.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
      socket.on('error', () => resolve(-1));
    });
    expect(status).toBe(404);
  });
});
