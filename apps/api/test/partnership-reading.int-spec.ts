import { Prisma } from '@park/platform/database';
import {
  DATA_SHARING,
  ok,
  PartnershipWorld,
  refused,
  Variables,
  Who,
} from './support/partnerships';
import { SET_UP_MS } from './support/test-api';

// Reading partnerships: who sees which, the private comment thread, lists with filters and
// keyset pages, profiles and hub figures, and what a page costs in SQL statements.

const ONE = `query One($id: ID!) {
  partnership(id: $id) {
    id status title startsOn endsOn
    dataSharing { datasets purpose retentionDays personalData }
    history { action from to actor { displayName } note }
    comments(first: 100) { edges { node { body author { displayName } } } } } }`;
const LIST = `query List($filter: PartnershipFilter, $first: Int, $after: String) {
  partnerships(filter: $filter, first: $first, after: $after) {
    totalCount
    edges { cursor node { id status kind } }
    pageInfo { hasNextPage endCursor } } }`;
const COMMENT = `mutation Comment($id: ID!, $body: String!) {
  addPartnershipComment(id: $id, body: $body) {
    comment { id body author { displayName } createdAt }
    partnership { id comments(first: 100) {
      totalCount pageInfo { hasNextPage } edges { node { id body } } } } } }`;

const PARTICIPANTS: Who[] = [
  'proposerOwner',
  'proposerMember',
  'partnerAdmin',
  'partnerMember',
  'hubManager',
  'parkAdmin',
];
const OUTSIDERS: Who[] = ['otherHubStaff', 'stranger', 'anonymous'];

interface Page {
  totalCount: number;
  edges: { cursor: string; node: { id: string; status: string; kind: string } }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}
interface One {
  id: string;
  status: string;
  dataSharing: unknown;
  history: { action: string; actor: { displayName: string } | null }[];
  comments: { body: string; author: { displayName: string } | null }[];
}

let world: PartnershipWorld;
const fixtures: Record<string, string> = {};
const DATA_TERMS = { kind: 'DATA', dataSharing: DATA_SHARING };

type Thread = { edges: { node: One['comments'][number] }[] };

/** One partnership as `who` reads it, its comment thread (a connection) as a list. */
async function read(who: Who, id: string) {
  const response = await world.api.graphql.execute<{
    partnership: (Omit<One, 'comments'> & { comments: Thread }) | null;
  }>(ONE, { id }, world.as(who));
  const found = response.data?.partnership;
  const partnership = found && {
    ...found,
    comments: found.comments.edges.map((edge) => edge.node),
  };
  return { ...response, data: response.data && { partnership: partnership as One } };
}

async function page(who: Who, variables: Variables): Promise<Page> {
  return ok(await world.api.graphql.execute<{ partnerships: Page }>(LIST, variables, world.as(who)))
    .partnerships;
}

/** Follows endCursor to the end: every node, in the order the API gives them. */
async function everyPage(who: Who, variables: Variables, first = 25): Promise<string[]> {
  const ids: string[] = [];
  let after: string | null = null;
  for (;;) {
    const current: Page = await page(who, { ...variables, first, after });
    ids.push(...current.edges.map((edge) => edge.node.id));
    if (!current.pageInfo.hasNextPage) return ids;
    expect(current.edges).toHaveLength(first);
    after = current.pageInfo.endCursor;
  }
}

/** What the database says the list must hold, newest first. */
async function expected(where: Prisma.PartnershipWhereInput): Promise<string[]> {
  const rows = await world.api.prisma.partnership.findMany({
    where,
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    select: { id: true },
  });
  return rows.map((row) => row.id);
}

const PUBLIC: Prisma.PartnershipWhereInput = { status: { in: ['ACTIVE', 'COMPLETED'] } };

beforeAll(async () => {
  world = await PartnershipWorld.start();
  // Enough partnerships for a page of 50 and filters over several pages of 7, in every hub,
  // kind and status, among enough stakeholders for a directory page of 100.
  await world.crowd(60, 100);
  for (const state of ['PROPOSED', 'ACTIVE', 'COMPLETED', 'TERMINATED']) {
    fixtures[state] = await world.inState(state, DATA_TERMS);
  }
}, SET_UP_MS);
afterAll(() => world.close());

describe('who sees a partnership', () => {
  it.each(PARTICIPANTS)('shows a PROPOSED one, its terms and its history to %s', async (who) => {
    const { partnership } = ok(await read(who, fixtures.PROPOSED));

    expect(partnership).toMatchObject({
      status: 'PROPOSED',
      dataSharing: DATA_TERMS.dataSharing,
      history: [{ action: 'create', actor: { displayName: expect.any(String) } }],
    });
  });

  it.each(OUTSIDERS)(
    'answers null, with no error, to %s for a PROPOSED or TERMINATED one',
    async (who) => {
      for (const id of [fixtures.PROPOSED, fixtures.TERMINATED]) {
        expect(ok(await read(who, id)).partnership).toBeNull();
      }
    },
  );

  it.each(OUTSIDERS)(
    'shows %s ACTIVE and COMPLETED ones, without terms, history or comments',
    async (who) => {
      for (const state of ['ACTIVE', 'COMPLETED']) {
        const { partnership } = ok(await read(who, fixtures[state]));
        expect(partnership).toMatchObject({
          id: fixtures[state],
          status: state,
          dataSharing: null,
          history: [],
          comments: [],
        });
      }
    },
  );

  it('shows participants the whole history of an ACTIVE one, with each step’s actor', async () => {
    const { partnership } = ok(await read('partnerMember', fixtures.ACTIVE));

    expect(partnership.history.map((step) => step.action)).toEqual(['create', 'accept', 'approve']);
    expect(partnership.history.every((step) => step.actor?.displayName)).toBe(true);
  });

  it('answers null, with no error, for an id nobody has', async () => {
    const response = await read('parkAdmin', '00000000-0000-4000-8000-00000000000a');

    expect(ok(response).partnership).toBeNull();
  });
});

describe('the comment thread', () => {
  const comment = (who: Who, id: string, body: string) =>
    world.api.graphql.execute<{
      addPartnershipComment: {
        comment: { id: string; body: string };
        partnership: {
          id: string;
          comments: {
            totalCount: number;
            pageInfo: { hasNextPage: boolean };
            edges: { node: { id: string; body: string } }[];
          };
        };
      };
    }>(COMMENT, { id, body }, world.as(who));

  it.each(PARTICIPANTS)('lets %s write in it', async (who) => {
    const data = ok(await comment(who, fixtures.PROPOSED, `  Hello from ${who}  `));

    const { comment: added, partnership } = data.addPartnershipComment;
    expect(added).toMatchObject({
      body: `Hello from ${who}`,
      author: { displayName: expect.any(String) },
    });
    // The partnership comes back with its thread ending in the new comment: the page holds the
    // whole thread, so its last edge is the thread's last comment.
    expect(partnership.id).toBe(fixtures.PROPOSED);
    const { totalCount, pageInfo, edges } = partnership.comments;
    expect(pageInfo.hasNextPage).toBe(false);
    expect(edges).toHaveLength(totalCount);
    expect(edges.at(-1)?.node).toEqual({ id: added.id, body: added.body });
  });

  // A private partnership is NOT_FOUND to them, as partnership(id) answers; a public one FORBIDDEN.
  it.each<[Who, string, string]>([
    ['otherHubStaff', 'NOT_FOUND', 'FORBIDDEN'],
    ['stranger', 'NOT_FOUND', 'FORBIDDEN'],
    ['anonymous', 'UNAUTHENTICATED', 'UNAUTHENTICATED'],
  ])(
    'refuses %s (%s on a private partnership, %s on a public one), writing nothing',
    async (who, hidden, shown) => {
      for (const [id, code] of [
        [fixtures.PROPOSED, hidden],
        [fixtures.ACTIVE, shown],
      ]) {
        const before = await world.snapshot(id);

        expect(refused(await comment(who, id, 'Let me in')).extensions.code).toBe(code);
        expect(await world.snapshot(id)).toEqual(before);
      }
    },
  );

  it('refuses an empty comment and an unknown partnership', async () => {
    const empty = refused(await comment('proposerOwner', fixtures.PROPOSED, '   '));
    const unknown = refused(
      await comment('proposerOwner', '00000000-0000-4000-8000-00000000000b', 'Hello'),
    );

    expect(empty.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['body'] });
    expect(unknown.extensions.code).toBe('NOT_FOUND');
  });

  it('reads oldest first to participants, and as empty to everyone else', async () => {
    const id = await world.inState('ACTIVE');
    for (const [who, body] of [
      ['proposerOwner', 'First'],
      ['hubManager', 'Second'],
      ['partnerMember', 'Third'],
    ] as [Who, string][]) {
      ok(await comment(who, id, body));
    }

    for (const who of PARTICIPANTS) {
      const { partnership } = ok(await read(who, id));
      expect(partnership.comments.map((c) => c.body)).toEqual(['First', 'Second', 'Third']);
    }
    for (const who of OUTSIDERS) {
      expect(ok(await read(who, id)).partnership.comments).toEqual([]);
    }
  });

  it('tells everyone in the thread but the author, park admins once they have written', async () => {
    const id = await world.inState('PROPOSED');

    ok(await comment('partnerMember', id, 'Can we start in March?'));
    expect(await world.notified(id, 'PARTNERSHIP_COMMENT')).toEqual([
      'hubCoordinator',
      'hubManager',
      'partnerAdmin',
      'partnerOwner',
      'proposerAdmin',
      'proposerMember',
      'proposerOwner',
    ]);

    ok(await comment('parkAdmin', id, 'March works for the park.'));
    ok(await comment('proposerOwner', id, 'March it is.'));
    const third = await world.api.prisma.notification.findMany({
      where: {
        entityId: id,
        kind: 'PARTNERSHIP_COMMENT',
        params: { path: ['excerpt'], equals: 'March it is.' },
      },
      include: { recipient: true },
    });
    expect(third.map((n) => n.recipientId)).toContain(world.userIds.parkAdmin);
    expect(third.map((n) => n.recipientId)).not.toContain(world.userIds.proposerOwner);
  });
});

describe('listing partnerships', () => {
  it('shows anonymous callers the public ones only, newest first', async () => {
    expect(await everyPage('anonymous', {})).toEqual(await expected(PUBLIC));
  });

  it('shows a stakeholder’s people its own besides the public ones', async () => {
    const ids = await everyPage('proposerMember', {});

    expect(ids).toEqual(
      await expected({
        OR: [PUBLIC, { proposerId: world.proposerId }, { partnerId: world.proposerId }],
      }),
    );
    expect(ids).toContain(fixtures.PROPOSED);
  });

  it('shows hub staff everything in their hub, and park admins everything', async () => {
    expect(await everyPage('hubManager', {})).toEqual(
      await expected({ OR: [PUBLIC, { hubId: world.hubId }] }),
    );
    const all = await page('parkAdmin', { first: 1 });
    expect(all.totalCount).toBe(await world.api.prisma.partnership.count());
  });

  it.each<[string, () => Variables, () => Prisma.PartnershipWhereInput]>([
    [
      'a stakeholder, on either side',
      () => ({ stakeholderId: world.partnerId }),
      () => ({ OR: [{ proposerId: world.partnerId }, { partnerId: world.partnerId }] }),
    ],
    ['a hub', () => ({ hubId: world.otherHubId }), () => ({ hubId: world.otherHubId })],
    ['a status', () => ({ status: 'TERMINATED' }), () => ({ status: 'TERMINATED' })],
    ['a kind', () => ({ kind: 'SPACE_SHARING' }), () => ({ kind: 'SPACE_SHARING' })],
    [
      'all four at once',
      () => ({
        stakeholderId: world.proposerId,
        hubId: world.hubId,
        status: 'ACTIVE',
        kind: 'DATA',
      }),
      () => ({
        OR: [{ proposerId: world.proposerId }, { partnerId: world.proposerId }],
        hubId: world.hubId,
        status: 'ACTIVE',
        kind: 'DATA',
      }),
    ],
  ])('filters by %s, across every page', async (_story, filter, where) => {
    const ids = await everyPage('parkAdmin', { filter: filter() }, 7);

    expect(ids).toEqual(await expected(where()));
    expect(ids.length).toBeGreaterThan(0);
    const { totalCount } = await page('parkAdmin', { filter: filter(), first: 1 });
    expect(totalCount).toBe(ids.length);
  });

  it('keeps filters within what the viewer may see', async () => {
    const ids = await everyPage('anonymous', { filter: { stakeholderId: world.proposerId } });

    expect(ids).toEqual(
      await expected({
        AND: [PUBLIC, { OR: [{ proposerId: world.proposerId }, { partnerId: world.proposerId }] }],
      }),
    );
    expect(ids).not.toContain(fixtures.PROPOSED);
  });

  it('pages without gaps or repeats, and puts a new partnership first', async () => {
    const id = await world.inState('ACTIVE');
    const walked = await everyPage('parkAdmin', {}, 9);

    expect(walked[0]).toBe(id);
    expect(new Set(walked).size).toBe(walked.length);
    expect(walked).toEqual(await expected({}));
  });

  it.each<[string, Variables, string]>([
    [
      'a cursor of another list',
      { after: Buffer.from('["stakeholders:name","x"]').toString('base64url') },
      'after',
    ],
    ['a forged cursor', { after: 'not-a-cursor' }, 'after'],
    ['a page of 101', { first: 101 }, 'first'],
    ['a page of 0', { first: 0 }, 'first'],
    ['an unknown status', { filter: { status: 'PAUSED' } }, 'status'],
    ['a malformed stakeholder id', { filter: { stakeholderId: 's3' } }, 'stakeholderId'],
  ])('refuses %s as BAD_USER_INPUT naming it', async (_story, variables, field) => {
    const error = refused(await world.api.graphql.execute(LIST, variables));

    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [field] });
  });
});

describe('profiles and hub figures', () => {
  const PROFILE = `query Profile($id: ID!) { stakeholder(id: $id) {
    partnerships(first: 100) { edges { node { id status proposer { id } partner { id } } } } } }`;

  async function profile(id: string) {
    const data = ok(
      await world.api.graphql.execute<{
        stakeholder: { partnerships: { edges: { node: { id: string; status: string } }[] } };
      }>(PROFILE, { id }),
    );
    return data.stakeholder.partnerships.edges.map((edge) => edge.node);
  }

  it('shows an ACTIVE partnership on both stakeholders’ profiles, and only ACTIVE ones', async () => {
    for (const stakeholderId of [world.proposerId, world.partnerId]) {
      const shown = await profile(stakeholderId);
      expect(shown.map((p) => p.id)).toEqual(
        await expected({
          status: 'ACTIVE',
          OR: [{ proposerId: stakeholderId }, { partnerId: stakeholderId }],
        }),
      );
      expect(shown.map((p) => p.id)).toContain(fixtures.ACTIVE);
      expect(shown.map((p) => p.id)).not.toContain(fixtures.COMPLETED);
    }
  });

  it('counts ACTIVE partnerships in Hub.stats, up on approval and down on termination', async () => {
    const STATS = '{ hub(slug: "social-economy-centre") { stats { activePartnerships } } }';
    const count = async () =>
      ok(await world.api.graphql.execute<{ hub: { stats: { activePartnerships: number } } }>(STATS))
        .hub.stats.activePartnerships;
    const before = await count();
    expect(before).toBe(
      await world.api.prisma.partnership.count({ where: { hubId: world.hubId, status: 'ACTIVE' } }),
    );

    const id = await world.inState('ACTIVE');
    expect(await count()).toBe(before + 1);

    ok(await world.act('hubManager', 'terminate', id));
    expect(await count()).toBe(before);
    expect((await profile(world.proposerId)).map((p) => p.id)).not.toContain(id);
  });
});

describe('what a page costs', () => {
  const NESTED = `query Budget($first: Int) { partnerships(first: $first) { edges { node {
    id title startsOn proposer { name members { role } } partner { name } hub { name stats { activePartnerships } }
    dataSharing { purpose } history { action actor { displayName } } comments(first: 3) { edges { node { body author { displayName } } } }
  } } } }`;
  const PROFILES = `query Profiles($first: Int) { stakeholders(first: $first) { edges { node {
    name partnerships(first: 3) { edges { node { title partner { name } hub { slug } } } } } } } }`;

  async function statementsFor(query: string, variables: Variables, who: Who): Promise<number> {
    const before = world.api.prisma.statementCount;
    const data = ok(await world.api.graphql.execute(query, variables, world.as(who)));
    expect(data).toBeTruthy();
    return world.api.prisma.statementCount - before;
  }

  it.each<Who>(['parkAdmin', 'proposerMember', 'anonymous'])(
    'costs %s the same statements for 10 and for 50 partnerships with their relations',
    async (who) => {
      const ten = await statementsFor(NESTED, { first: 10 }, who);
      const fifty = await statementsFor(NESTED, { first: 50 }, who);

      expect(fifty).toBe(ten);
      expect(ten).toBeLessThanOrEqual(16);
    },
  );

  it('costs the same for 50 and for 100 profiles with their partnerships', async () => {
    // Both pages show partnerships, so both load their partners and hubs.
    for (const first of [50, 100]) {
      const { stakeholders } = ok(
        await world.api.graphql.execute<{
          stakeholders: { edges: { node: { partnerships: { edges: unknown[] } } }[] };
        }>(PROFILES, { first }),
      );
      expect(stakeholders.edges.some((edge) => edge.node.partnerships.edges.length)).toBe(true);
    }

    const fifty = await statementsFor(PROFILES, { first: 50 }, 'anonymous');
    const hundred = await statementsFor(PROFILES, { first: 100 }, 'anonymous');

    expect(hundred).toBe(fifty);
  });

  it('really pages 50 for a park admin', async () => {
    const { partnerships } = ok(
      await world.api.graphql.execute<{ partnerships: { edges: unknown[] } }>(
        NESTED,
        { first: 50 },
        world.as('parkAdmin'),
      ),
    );
    expect(partnerships.edges).toHaveLength(50);
  });
});
