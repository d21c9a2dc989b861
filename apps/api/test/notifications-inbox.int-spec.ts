import { NotificationKind } from '@park/platform/database';
import { Hub, Park, Person, SET_UP_MS, startPark, TestApi } from './support';

// The inbox as a client renders it: a kind from an enum, the subject as a typed object (a link
// with no string parsing), the text in the reader's own language, and marking read that answers
// what changed. Each step's notices are tested with its workflow (membership-notices-audit, …).

type Variables = Record<string, unknown>;

const INBOX = `query Inbox($first: Int, $unreadOnly: Boolean) {
  notifications(first: $first, unreadOnly: $unreadOnly) {
    totalCount
    edges { node {
      id kind message entityType entityId readAt
      subject {
        __typename
        ... on Membership { id status hub { id name } }
        ... on Stakeholder { id name verified }
        ... on Committee { id name }
      } } } } }`;
const MARK = `mutation Mark($ids: [ID!]!) { markNotificationsRead(ids: $ids) { id kind readAt } }`;
const MARK_ALL = `mutation { markAllNotificationsRead { markedCount unreadCount } }`;

interface Node {
  id: string;
  kind: string;
  message: string;
  entityType: string;
  entityId: string;
  readAt: string | null;
  subject: ({ __typename: string; id: string } & Variables) | null;
}

let api: TestApi;
let park: Park;
let hub: Hub;

async function inbox(who: Person, variables: Variables = { first: 100 }) {
  const { notifications } = await api.graphql.ok<{
    notifications: { totalCount: number; edges: { node: Node }[] };
  }>(INBOX, variables, who.as);
  return { ...notifications, nodes: notifications.edges.map((edge) => edge.node) };
}

/** How many SQL statements the API sends to answer one request. */
async function statementsFor(query: string, variables: Variables, who: Person) {
  const before = api.prisma.statementCount;
  await api.graphql.ok(query, variables, who.as);
  return api.prisma.statementCount - before;
}

/** `reader` owns a stakeholder that joins the hub and is verified, and joins a committee. */
async function tellOf(reader: Person): Promise<{ stakeholderId: string; committeeId: string }> {
  const stakeholder = await park.newStakeholder({ owner: reader });
  await park.newMember(hub, stakeholder);
  await api.graphql.ok(
    `mutation Verify($id: ID!) { verifyStakeholder(id: $id) { id } }`,
    { id: stakeholder.id },
    (await park.admin()).as,
  );
  const manager = await park.manager(hub);
  const { createCommittee } = await api.graphql.ok<{ createCommittee: { id: string } }>(
    `mutation Create($input: CreateCommitteeInput!) { createCommittee(input: $input) { id } }`,
    { input: { hubId: hub.id, name: park.unique('Committee'), kind: 'MIXED' } },
    manager.as,
  );
  await api.graphql.ok(
    `mutation Add($committeeId: ID!, $userId: ID!) {
      addCommitteeMember(committeeId: $committeeId, userId: $userId) { id } }`,
    { committeeId: createCommittee.id, userId: reader.id },
    manager.as,
  );
  return { stakeholderId: stakeholder.id, committeeId: createCommittee.id };
}

describe('notifications: the inbox', () => {
  let reader: Person;
  let told: { stakeholderId: string; committeeId: string }[];

  beforeAll(async () => {
    ({ api, park } = await startPark());
    hub = await park.hub();
    reader = await park.newUser({ label: 'reader' });
    told = [];
    for (let round = 0; round < 5; round += 1) told.push(await tellOf(reader));
  }, SET_UP_MS * 2);
  afterAll(() => api.close());

  it('offers every kind the code can write as the NotificationKind enum', async () => {
    const { __type } = await api.graphql.ok<{ __type: { enumValues: { name: string }[] } }>(
      '{ __type(name: "NotificationKind") { enumValues { name } } }',
    );

    expect(__type.enumValues.map((value) => value.name).sort()).toEqual(
      Object.values(NotificationKind).sort(),
    );
  });

  it('gives each notification its subject as a typed object, newest first', async () => {
    const { nodes, totalCount } = await inbox(reader);

    expect(totalCount).toBe(20);
    const last = told[4];
    expect(nodes.slice(0, 4).map((node) => [node.kind, node.subject?.__typename])).toEqual([
      ['COMMITTEE_JOINED', 'Committee'],
      ['STAKEHOLDER_VERIFIED', 'Stakeholder'],
      ['MEMBERSHIP_APPROVE', 'Membership'],
      ['MEMBERSHIP_START_REVIEW', 'Membership'],
    ]);
    expect(nodes[0].subject).toMatchObject({ id: last.committeeId });
    expect(nodes[1].subject).toEqual({
      __typename: 'Stakeholder',
      id: last.stakeholderId,
      name: expect.any(String),
      verified: true,
    });
    expect(nodes[2].subject).toMatchObject({ status: 'APPROVED', hub: { id: hub.id } });
    for (const node of nodes) expect(node.subject?.id).toBe(node.entityId);
  });

  it('costs the same few statements for a page of 4 and of 20, subjects included', async () => {
    const four = await statementsFor(INBOX, { first: 4 }, reader);
    const twenty = await statementsFor(INBOX, { first: 20 }, reader);

    expect(twenty).toBe(four);
    // Session (2), page, count, memberships, stakeholders, committees, hubs: a fixed number.
    expect(twenty).toBeLessThanOrEqual(9);
  });

  it('speaks the reader’s language: Korean by default, English for an English locale', async () => {
    const korean = (await inbox(reader)).nodes;
    await api.prisma.user.update({ where: { id: reader.id }, data: { locale: 'en-GB' } });
    const english = (await inbox(reader)).nodes;
    await api.prisma.user.update({ where: { id: reader.id }, data: { locale: 'ko' } });

    const approval = (nodes: Node[]) =>
      nodes.find((node) => node.kind === 'MEMBERSHIP_APPROVE')?.message;
    expect(approval(korean)).toMatch(/의 Youth Hub 멤버십이 승인되었습니다\.$/);
    expect(approval(english)).toMatch(/’s membership of Youth Hub was approved\.$/);
    const joined = (nodes: Node[]) => nodes.find((n) => n.kind === 'COMMITTEE_JOINED')?.message;
    expect(joined(korean)).toMatch(/^위원회 “.+”에 참여했습니다\.$/);
    expect(joined(english)).toMatch(/^You joined the committee “.+”\.$/);
    // The same rows, worded twice: nothing is stored per language.
    expect(english.map((node) => node.id)).toEqual(korean.map((node) => node.id));
  });

  it('shows a notification written before messages were rendered with its own words', async () => {
    const old = await api.prisma.notification.create({
      data: {
        recipientId: reader.id,
        kind: 'MEMBERSHIP_APPROVE',
        entityType: 'Membership',
        entityId: reader.id,
        legacyMessage: 'Your stakeholder’s membership of Youth Hub was approved.',
        createdAt: new Date('2026-01-01T00:00:00Z'),
      },
    });

    const { nodes } = await inbox(reader);
    await api.prisma.notification.delete({ where: { id: old.id } });

    expect(nodes.find((node) => node.id === old.id)).toMatchObject({
      message: 'Your stakeholder’s membership of Youth Hub was approved.',
      subject: null,
    });
  });

  describe('marking read', () => {
    it('answers the notifications it marked, now read, and leaves others’ alone', async () => {
      const someoneElse = await park.newUser();
      await tellOf(someoneElse);
      const mine = (await inbox(reader, { first: 3 })).nodes.map((node) => node.id);
      const theirs = (await inbox(someoneElse, { first: 1 })).nodes[0].id;

      const { markNotificationsRead } = await api.graphql.ok<{
        markNotificationsRead: { id: string; readAt: string | null }[];
      }>(MARK, { ids: [...mine, theirs, mine[0]] }, reader.as);

      expect(markNotificationsRead.map((node) => node.id)).toEqual(mine);
      expect(markNotificationsRead.every((node) => node.readAt !== null)).toBe(true);
      const again = await api.graphql.ok<{ markNotificationsRead: unknown[] }>(
        MARK,
        { ids: mine },
        reader.as,
      );
      expect(again.markNotificationsRead).toEqual([]);
      expect((await inbox(someoneElse, { first: 1 })).nodes[0].readAt).toBeNull();
    });

    it('marks all of the reader’s unread ones and answers how many, and that none are left', async () => {
      const someoneElse = await park.newUser();
      await tellOf(someoneElse);
      const unread = (await inbox(reader, { first: 100, unreadOnly: true })).totalCount;

      const { markAllNotificationsRead } = await api.graphql.ok<{
        markAllNotificationsRead: { markedCount: number; unreadCount: number };
      }>(MARK_ALL, {}, reader.as);

      expect(unread).toBeGreaterThan(0);
      expect(markAllNotificationsRead).toEqual({ markedCount: unread, unreadCount: 0 });
      expect((await inbox(reader, { first: 100, unreadOnly: true })).totalCount).toBe(0);
      expect((await inbox(someoneElse, { first: 100, unreadOnly: true })).totalCount).toBe(4);
      const twice = await api.graphql.ok<{ markAllNotificationsRead: { markedCount: number } }>(
        MARK_ALL,
        {},
        reader.as,
      );
      expect(twice.markAllNotificationsRead.markedCount).toBe(0);
    });

    it.each<[string, string, Variables, string, string[] | undefined]>([
      ['an anonymous caller marking all', MARK_ALL, {}, 'UNAUTHENTICATED', undefined],
      ['an anonymous caller marking some', MARK, { ids: [] }, 'UNAUTHENTICATED', undefined],
      ['more than 100 ids', MARK, { ids: Array(101).fill('') }, 'BAD_USER_INPUT', ['ids']],
    ])('refuses %s', async (_story, query, variables, code, fields) => {
      const anonymous = code === 'UNAUTHENTICATED';
      const ids = (variables.ids as string[] | undefined)?.map(() => reader.id);
      const { errors } = await api.graphql.execute(
        query,
        ids ? { ids } : variables,
        anonymous ? {} : reader.as,
      );

      expect(errors?.[0].extensions.code).toBe(code);
      expect(errors?.[0].extensions.fields).toEqual(fields);
    });
  });
});
