import { GraphqlError } from '@park/platform/testing';
import { DEMO_PASSWORD, seedPark } from '@park/seed';
import { startTestApi, TestApi } from './support/test-api';

// Hub membership, what it leaves behind: the staff queue, who may read an application, a hub's
// members and figures, contacts shared between fellow members, notifications and the audit log.
// Applying and the moves themselves: membership-applying and membership-review-by-staff.int-spec.ts.

const ADMIN = 'admin@parkcommons.example';
const YOUTH_MANAGER = 'youth-manager@parkcommons.example';
const YOUTH_COORDINATOR = 'youth-coordinator@parkcommons.example';
const SOCIAL_MANAGER = 'social-economy-manager@parkcommons.example';
const LOCAL_MANAGER = 'local-community-manager@parkcommons.example';
/** Owner of demo stakeholder s00001 and of nothing the stories create. */
const STRANGER = 'member-s00001-1@parkcommons.example';
/** Registered in beforeAll: the people of the stakeholders the stories create. */
const OWNER = 'owner@records-applicants.example';
const APPLICANT_ADMIN = 'admin@records-applicants.example';
const MEMBER = 'member@records-applicants.example';
const ANONYMOUS = 'anonymous';
const OPEN = ['SUBMITTED', 'UNDER_REVIEW'] as const;

type Who = string;
type Variables = Record<string, unknown>;
type Action = 'startReview' | 'approve' | 'reject' | 'suspend' | 'reinstate' | 'end';
interface Page<T> {
  totalCount: number;
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

const MUTATIONS: Record<Action, [field: string, text?: 'note' | 'reason']> = {
  startReview: ['startMembershipReview'],
  approve: ['approveMembership', 'note'],
  reject: ['rejectMembership', 'reason'],
  suspend: ['suspendMembership', 'reason'],
  reinstate: ['reinstateMembership'],
  end: ['endMembership', 'note'],
};

const LOGIN = `mutation Login($input: LoginInput!) { login(input: $input) { accessToken } }`;
const REGISTER = `mutation Register($input: RegisterInput!) {
  register(input: $input) { accessToken user { id } } }`;
const CREATE = `mutation Create($input: CreateStakeholderInput!) {
  createStakeholder(input: $input) { id } }`;
const ADD_MEMBER = `mutation Add($stakeholderId: ID!, $email: String!, $role: StakeholderRole!) {
  addStakeholderMember(stakeholderId: $stakeholderId, email: $email, role: $role) { id } }`;
const APPLY = `mutation Apply($input: ApplyForMembershipInput!) {
  applyForMembership(input: $input) { id } }`;
const QUEUE = `query Queue($hubId: ID!, $status: MembershipStatus, $first: Int, $after: String) {
  membershipApplications(hubId: $hubId, status: $status, first: $first, after: $after) {
    totalCount edges { cursor node { id status } } pageInfo { hasNextPage endCursor } } }`;
const MEMBERS = `query Members($slug: String!, $first: Int, $after: String) {
  hub(slug: $slug) { members(first: $first, after: $after) {
    totalCount edges { cursor node { id status } } pageInfo { hasNextPage endCursor } } } }`;
const STATS = `query Stats($slug: String!) {
  hub(slug: $slug) { stats { activeMembers openApplications } } }`;
const CONTACT = `query Contact($id: ID!) { stakeholder(id: $id) { contactEmail } }`;
const NOTIFICATIONS = `query Notices($unreadOnly: Boolean, $first: Int, $after: String) {
  notifications(unreadOnly: $unreadOnly, first: $first, after: $after) {
    totalCount edges { cursor node { id kind entityId readAt } }
    pageInfo { hasNextPage endCursor } } }`;
const MARK_READ = `mutation Read($ids: [ID!]!) { markNotificationsRead(ids: $ids) }`;
const AUDIT = `query Audit($filter: AuditLogFilter, $first: Int, $after: String) {
  auditLog(filter: $filter, first: $first, after: $after) {
    totalCount edges { cursor node { id action actor { id } entityType entityId details at } }
    pageInfo { hasNextPage endCursor } } }`;

let api: TestApi;
const tokens: Record<Who, string | undefined> = { [ANONYMOUS]: undefined };
const ids: Record<Who, string> = {};
const hubs: Record<string, string> = {};
let sequence = 0;

const as = (who: Who) => ({ token: tokens[who] });
const idsOf = (nodes: { id: string }[]) => nodes.map((node) => node.id);

function refusal(who: Who, query: string, variables: Variables): Promise<GraphqlError> {
  return api.graphql.errorCode(query, variables, as(who));
}

async function register(email: string): Promise<void> {
  const { register } = await api.graphql.ok<{
    register: { accessToken: string; user: { id: string } };
  }>(REGISTER, { input: { email, password: DEMO_PASSWORD, displayName: email.split('@')[0] } });
  tokens[email] = register.accessToken;
  ids[email] = register.user.id;
}

async function login(email: string): Promise<void> {
  const { login } = await api.graphql.ok<{ login: { accessToken: string } }>(LOGIN, {
    input: { email, password: DEMO_PASSWORD },
  });
  tokens[email] = login.accessToken;
  ids[email] = (await api.prisma.user.findUniqueOrThrow({ where: { email } })).id;
}

async function moveOk(who: Who, action: Action, id: string, text?: string): Promise<void> {
  const [field, kind] = MUTATIONS[action];
  const document = kind
    ? `mutation Move($id: ID!, $text: String${kind === 'reason' ? '!' : ''}) {
        ${field}(id: $id, ${kind}: $text) { id } }`
    : `mutation Move($id: ID!) { ${field}(id: $id) { id } }`;
  const fallback = kind === 'reason' ? `Reason to ${action}` : undefined;
  await api.graphql.ok(document, kind ? { id, text: text ?? fallback } : { id }, as(who));
}

/** A stakeholder no story has touched, with `people` added after its `owner`. */
async function freshStakeholder(
  owner: Who = OWNER,
  people: [Who, string][] = [
    [APPLICANT_ADMIN, 'ADMIN'],
    [MEMBER, 'MEMBER'],
  ],
  contactEmail?: string,
): Promise<string> {
  sequence += 1;
  const { createStakeholder } = await api.graphql.ok<{ createStakeholder: { id: string } }>(
    CREATE,
    { input: { name: `Records Story Collective ${sequence}`, kind: 'STARTUP', contactEmail } },
    as(owner),
  );
  for (const [email, role] of people) {
    await api.graphql.ok(
      ADD_MEMBER,
      { stakeholderId: createStakeholder.id, email, role },
      as(owner),
    );
  }
  return createStakeholder.id;
}

async function apply(
  stakeholderId: string,
  hubId: string,
  who: Who = OWNER,
  motivation = 'We teach coding to retired neighbours every week.',
): Promise<string> {
  const { applyForMembership } = await api.graphql.ok<{ applyForMembership: { id: string } }>(
    APPLY,
    { input: { hubId, stakeholderId, plan: 'ASSOCIATE', motivation } },
    as(who),
  );
  return applyForMembership.id;
}

/** Follows endCursor to the last page, checking hasNextPage and endCursor on the way. */
async function everyPage<T>(
  read: (after: string | null) => Promise<Page<T>>,
  first: number,
): Promise<{ nodes: T[]; totalCount: number }> {
  const nodes: T[] = [];
  let after: string | null = null;
  for (;;) {
    const page: Page<T> = await read(after);
    nodes.push(...page.edges.map((edge) => edge.node));
    expect(page.pageInfo.endCursor).toBe(page.edges.at(-1)?.cursor ?? null);
    if (!page.pageInfo.hasNextPage) return { nodes, totalCount: page.totalCount };
    expect(page.edges).toHaveLength(first);
    after = page.pageInfo.endCursor;
  }
}

/** Memberships of a hub in these states, as SQL orders them: oldest first. */
async function sqlMemberships(hubId: string, statuses: readonly string[]): Promise<string[]> {
  const rows = await api.prisma.$queryRaw<{ id: string }[]>`
    SELECT id::text FROM memberships
    WHERE hub_id = ${hubId}::uuid AND status::text = ANY(${[...statuses]})
    ORDER BY created_at, id`;
  return rows.map((row) => row.id);
}

describe('membership: queues, privacy, figures, notifications and the audit log', () => {
  beforeAll(async () => {
    api = await startTestApi();
    await seedPark(api.prisma, {
      admin: { email: ADMIN, password: DEMO_PASSWORD },
      demo: true,
      stakeholders: 40,
      log: () => undefined,
    });
    for (const email of [OWNER, APPLICANT_ADMIN, MEMBER]) await register(email);
    for (const email of [
      ADMIN,
      YOUTH_MANAGER,
      YOUTH_COORDINATOR,
      SOCIAL_MANAGER,
      LOCAL_MANAGER,
      STRANGER,
    ]) {
      await login(email);
    }
    for (const hub of await api.prisma.hub.findMany()) hubs[hub.slug] = hub.id;
  });
  afterAll(() => api.close());

  describe('the staff queue', () => {
    beforeAll(async () => {
      // Fresh applications besides the demo park's, in open and closed states.
      const paths: Action[][] = [
        [],
        ['startReview'],
        [],
        ['startReview'],
        [],
        ['reject'],
        ['startReview', 'approve', 'end'],
      ];
      for (const path of paths) {
        const id = await apply(await freshStakeholder(), hubs['youth-hub']);
        for (const action of path) await moveOk(YOUTH_MANAGER, action, id);
      }
    });

    const queue = (who: Who, variables: Variables) => async (after: string | null) =>
      (
        await api.graphql.ok<{ membershipApplications: Page<{ id: string; status: string }> }>(
          QUEUE,
          { ...variables, after },
          as(who),
        )
      ).membershipApplications;

    it.each([
      ['the hub’s manager, page by page', YOUTH_MANAGER, 2],
      ['the hub’s coordinator, in one page', YOUTH_COORDINATOR, 100],
      ['a park admin, three at a time', ADMIN, 3],
    ])(
      'shows %s every open application of the hub once, oldest first',
      async (_story, who, first) => {
        const hubId = hubs['youth-hub'];
        const expected = await sqlMemberships(hubId, OPEN);
        expect(expected.length).toBeGreaterThan(5);

        const { nodes, totalCount } = await everyPage(queue(who, { hubId, first }), first);

        expect(idsOf(nodes)).toEqual(expected);
        expect(totalCount).toBe(expected.length);
        expect(new Set(nodes.map((node) => node.status))).toEqual(new Set(OPEN));
      },
    );

    it.each([['SUBMITTED'], ['UNDER_REVIEW'], ['APPROVED'], ['REJECTED'], ['ENDED']])(
      'filters by status: %s',
      async (status) => {
        const hubId = hubs['youth-hub'];
        const expected = await sqlMemberships(hubId, [status]);
        expect(expected.length).toBeGreaterThan(0);

        const { nodes, totalCount } = await everyPage(
          queue(YOUTH_MANAGER, { hubId, status, first: 4 }),
          4,
        );

        expect(idsOf(nodes)).toEqual(expected);
        expect(totalCount).toBe(expected.length);
        expect(nodes.every((node) => node.status === status)).toBe(true);
      },
    );

    it.each<[string, Variables, string]>([
      ['first over 100', { first: 101 }, 'first'],
      ['first of 0', { first: 0 }, 'first'],
      ['a cursor that is not one', { after: 'not-a-cursor' }, 'after'],
      ['a hubId that is not a UUID', { hubId: 'youth-hub' }, 'hubId'],
    ])('refuses %s as BAD_USER_INPUT naming the field', async (_story, bad, field) => {
      const error = await refusal(YOUTH_MANAGER, QUEUE, { hubId: hubs['youth-hub'], ...bad });

      expect(error.extensions.code).toBe('BAD_USER_INPUT');
      expect(error.extensions.fields).toEqual([field]);
    });

    it.each([
      ['another hub’s manager', SOCIAL_MANAGER, 'FORBIDDEN'],
      ['an applicant', OWNER, 'FORBIDDEN'],
      ['an unrelated member', STRANGER, 'FORBIDDEN'],
      ['an anonymous caller', ANONYMOUS, 'UNAUTHENTICATED'],
    ])('refuses %s: %s', async (_story, who, code) => {
      const error = await refusal(who, QUEUE, { hubId: hubs['youth-hub'] });

      expect(error.extensions.code).toBe(code);
    });
  });

  describe('who may read an application', () => {
    const MOTIVATION = 'We run a community fridge and need a cold room near the park.';
    let stakeholderId: string;
    let membershipId: string;

    beforeAll(async () => {
      stakeholderId = await freshStakeholder();
      membershipId = await apply(stakeholderId, hubs['youth-hub'], APPLICANT_ADMIN, MOTIVATION);
      await moveOk(YOUTH_MANAGER, 'startReview', membershipId);
      await moveOk(YOUTH_COORDINATOR, 'approve', membershipId, 'Welcome');
    });

    const HISTORY = [{ action: 'create' }, { action: 'startReview' }, { action: 'approve' }];

    it.each([
      ['its OWNER', OWNER, true],
      ['its ADMIN', APPLICANT_ADMIN, true],
      ['its MEMBER', MEMBER, true],
      ['the hub’s manager', YOUTH_MANAGER, true],
      ['the hub’s coordinator', YOUTH_COORDINATOR, true],
      ['a park admin', ADMIN, true],
      ['another hub’s manager', SOCIAL_MANAGER, false],
      ['a stranger', STRANGER, false],
      ['an anonymous caller', ANONYMOUS, false],
    ])('%s reading the stakeholder sees motivation and history: %s', async (_story, who, sees) => {
      const { stakeholder } = await api.graphql.ok<{
        stakeholder: { memberships: { id: string; motivation: string | null }[] };
      }>(
        `query One($id: ID!) { stakeholder(id: $id) {
            memberships { id status motivation history { action } } } }`,
        { id: stakeholderId },
        as(who),
      );

      expect(stakeholder.memberships).toEqual([
        {
          id: membershipId,
          status: 'APPROVED',
          motivation: sees ? MOTIVATION : null,
          history: sees ? HISTORY : [],
        },
      ]);
    });

    it.each([
      ['its MEMBER', MEMBER, null],
      ['the hub’s coordinator', YOUTH_COORDINATOR, null],
      ['a park admin', ADMIN, null],
      ['a stranger', STRANGER, 'NOT_FOUND'],
      ['another hub’s manager', SOCIAL_MANAGER, 'NOT_FOUND'],
      ['an anonymous caller', ANONYMOUS, 'UNAUTHENTICATED'],
    ])('membership(id) for %s: %s', async (_story, who, code) => {
      const query = `query One($id: ID!) { membership(id: $id) { id motivation history { action } } }`;
      if (code) {
        expect((await refusal(who, query, { id: membershipId })).extensions.code).toBe(code);
      } else {
        const { membership } = await api.graphql.ok<{ membership: Variables }>(
          query,
          { id: membershipId },
          as(who),
        );
        expect(membership).toEqual({ id: membershipId, motivation: MOTIVATION, history: HISTORY });
      }
    });
  });

  describe('a hub’s members and figures', () => {
    it.each([['youth-hub'], ['social-economy-centre'], ['local-community-centre']])(
      '%s lists its APPROVED memberships only, every one once across pages, oldest first',
      async (slug) => {
        const expected = await sqlMemberships(hubs[slug], ['APPROVED']);
        expect(expected.length).toBeGreaterThan(5);

        const { nodes, totalCount } = await everyPage(
          async (after) =>
            (
              await api.graphql.ok<{ hub: { members: Page<{ id: string; status: string }> } }>(
                MEMBERS,
                { slug, first: 5, after },
              )
            ).hub.members,
          5,
        );

        // Longest-standing first: the order of application, as the queue's.
        expect(idsOf(nodes)).toEqual(expected);
        expect(nodes.every((node) => node.status === 'APPROVED')).toBe(true);
        expect(totalCount).toBe(expected.length);
      },
    );

    async function figures(slug: string) {
      const { hub } = await api.graphql.ok<{
        hub: { stats: { activeMembers: number; openApplications: number } };
      }>(STATS, { slug });
      const sql = {
        activeMembers: (await sqlMemberships(hubs[slug], ['APPROVED'])).length,
        openApplications: (await sqlMemberships(hubs[slug], OPEN)).length,
      };
      expect(hub.stats).toEqual(sql);
      return hub.stats;
    }

    it('counts active members and open applications as SQL does, and moves with each step', async () => {
      const slug = 'local-community-centre';
      const start = await figures(slug);
      const approved = await apply(await freshStakeholder(), hubs[slug]);
      const rejected = await apply(await freshStakeholder(), hubs[slug]);
      expect(await figures(slug)).toEqual({
        ...start,
        openApplications: start.openApplications + 2,
      });

      await moveOk(LOCAL_MANAGER, 'startReview', approved);
      expect(await figures(slug)).toEqual({
        ...start,
        openApplications: start.openApplications + 2,
      });

      await moveOk(LOCAL_MANAGER, 'approve', approved);
      await moveOk(LOCAL_MANAGER, 'reject', rejected);
      expect(await figures(slug)).toEqual({
        activeMembers: start.activeMembers + 1,
        openApplications: start.openApplications,
      });

      await moveOk(LOCAL_MANAGER, 'suspend', approved);
      expect(await figures(slug)).toEqual(start);
      for (const other of ['youth-hub', 'social-economy-centre']) await figures(other);
    });
  });

  describe('contacts of fellow members', () => {
    it('after approval, the new member’s people see another member’s contact email, and still not another hub’s', async () => {
      const hubId = hubs['local-community-centre'];
      const founder = 'founder@fellows.example';
      const colleague = 'colleague@fellows.example';
      await register(founder);
      await register(colleague);
      const mine = await freshStakeholder(
        founder,
        [[colleague, 'MEMBER']],
        'hello@fellows.example',
      );
      // A fellow: APPROVED in this hub. An outsider: a member elsewhere, never of this hub.
      const fellow = await api.prisma.stakeholder.findFirstOrThrow({
        where: { memberships: { some: { hubId, status: 'APPROVED' } } },
        include: { members: { where: { role: 'OWNER' }, include: { user: true } } },
      });
      const outsider = await api.prisma.stakeholder.findFirstOrThrow({
        where: {
          memberships: { some: { status: 'APPROVED' }, none: { hubId } },
          contactEmail: { not: null },
        },
      });
      expect(fellow.contactEmail).toEqual(expect.stringContaining('@'));
      const fellowOwner = fellow.members[0].user.email;
      await login(fellowOwner);
      const contact = async (who: Who, id: string) =>
        (
          await api.graphql.ok<{ stakeholder: { contactEmail: string | null } }>(
            CONTACT,
            { id },
            as(who),
          )
        ).stakeholder.contactEmail;
      const seen = async () => ({
        founderSeesFellow: await contact(founder, fellow.id),
        colleagueSeesFellow: await contact(colleague, fellow.id),
        founderSeesOutsider: await contact(founder, outsider.id),
        colleagueSeesOutsider: await contact(colleague, outsider.id),
        fellowSeesNewcomer: await contact(fellowOwner, mine),
      });
      const hidden = {
        founderSeesFellow: null,
        colleagueSeesFellow: null,
        founderSeesOutsider: null,
        colleagueSeesOutsider: null,
        fellowSeesNewcomer: null,
      };

      const membership = await apply(mine, hubId, founder);
      await moveOk(LOCAL_MANAGER, 'startReview', membership);
      expect(await seen()).toEqual(hidden);

      await moveOk(LOCAL_MANAGER, 'approve', membership);
      expect(await seen()).toEqual({
        ...hidden,
        founderSeesFellow: fellow.contactEmail,
        colleagueSeesFellow: fellow.contactEmail,
        fellowSeesNewcomer: 'hello@fellows.example',
      });

      await moveOk(LOCAL_MANAGER, 'suspend', membership, 'Pending an inquiry');
      expect(await seen()).toEqual(hidden);
    });
  });

  describe('notifications', () => {
    const reader = 'reader@notified.example';
    let membershipId: string;

    beforeAll(async () => {
      await register(reader);
      membershipId = await apply(await freshStakeholder(reader, []), hubs['youth-hub'], reader);
      await moveOk(YOUTH_MANAGER, 'startReview', membershipId);
      await moveOk(YOUTH_MANAGER, 'approve', membershipId, 'Welcome');
      await moveOk(YOUTH_COORDINATOR, 'suspend', membershipId, 'Noise complaints');
      await moveOk(YOUTH_MANAGER, 'reinstate', membershipId);
      await moveOk(ADMIN, 'end', membershipId, 'Moved away');
    });

    const inbox =
      (variables: Variables, who = reader) =>
      async (after: string | null) =>
        (
          await api.graphql.ok<{
            notifications: Page<{ id: string; kind: string; readAt: string | null }>;
          }>(NOTIFICATIONS, { ...variables, after }, as(who))
        ).notifications;

    async function sqlInbox(who: Who, unreadOnly = false): Promise<string[]> {
      const rows = await api.prisma.notification.findMany({
        where: { recipientId: ids[who], ...(unreadOnly && { readAt: null }) },
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      });
      return rows.map((row) => row.id);
    }

    const markRead = async (who: Who, list: string[]) =>
      (await api.graphql.ok<{ markNotificationsRead: number }>(MARK_READ, { ids: list }, as(who)))
        .markNotificationsRead;

    it('lists one’s notifications newest first, page by page, each once', async () => {
      const { nodes, totalCount } = await everyPage(inbox({ first: 2 }), 2);

      expect(nodes.map((node) => node.kind)).toEqual([
        'MEMBERSHIP_END',
        'MEMBERSHIP_REINSTATE',
        'MEMBERSHIP_SUSPEND',
        'MEMBERSHIP_APPROVE',
        'MEMBERSHIP_START_REVIEW',
      ]);
      expect(idsOf(nodes)).toEqual(await sqlInbox(reader));
      expect(totalCount).toBe(5);
    });

    it('marks only the caller’s unread ones and says how many; unreadOnly leaves them out', async () => {
      const all = await sqlInbox(reader);
      const theirs = (await sqlInbox(YOUTH_MANAGER, true))[0];
      expect(theirs).toEqual(expect.any(String));

      expect(await markRead(reader, all.slice(0, 2))).toBe(2);
      expect(await markRead(reader, all.slice(0, 2))).toBe(0);
      expect(await markRead(reader, [theirs])).toBe(0);
      expect(await markRead(reader, [theirs, all[2]])).toBe(1);
      expect(await markRead(reader, [])).toBe(0);

      const unread = await everyPage(inbox({ unreadOnly: true, first: 1 }), 1);
      expect(idsOf(unread.nodes)).toEqual(all.slice(3));
      expect(unread.totalCount).toBe(2);
      const everything = await everyPage(inbox({ unreadOnly: false, first: 100 }), 100);
      expect(everything.nodes.map((node) => node.readAt !== null)).toEqual([
        true,
        true,
        true,
        false,
        false,
      ]);
      const stillTheirs = await api.prisma.notification.findUniqueOrThrow({
        where: { id: theirs },
      });
      expect(stillTheirs.readAt).toBeNull();
      expect(await sqlInbox(YOUTH_MANAGER, true)).toContain(theirs);
    });

    it.each<[string, Who, string, Variables, string, string[] | undefined]>([
      ['ids that are not UUIDs', reader, MARK_READ, { ids: ['42'] }, 'BAD_USER_INPUT', ['ids']],
      ['an anonymous reader', ANONYMOUS, NOTIFICATIONS, {}, 'UNAUTHENTICATED', undefined],
      ['an anonymous marker', ANONYMOUS, MARK_READ, { ids: [] }, 'UNAUTHENTICATED', undefined],
      ['first over 100', reader, NOTIFICATIONS, { first: 101 }, 'BAD_USER_INPUT', ['first']],
    ])('refuses %s', async (_story, who, query, variables, code, fields) => {
      const before = await sqlInbox(reader, true);

      const error = await refusal(who, query, variables);

      expect(error.extensions.code).toBe(code);
      expect(error.extensions.fields).toEqual(fields);
      expect(await sqlInbox(reader, true)).toEqual(before);
    });
  });

  describe('the audit log', () => {
    let membershipId: string;

    beforeAll(async () => {
      membershipId = await apply(await freshStakeholder(), hubs['youth-hub']);
      await moveOk(YOUTH_COORDINATOR, 'startReview', membershipId);
      await moveOk(YOUTH_MANAGER, 'approve', membershipId, 'Approved at the March meeting');
      await moveOk(YOUTH_MANAGER, 'suspend', membershipId, 'Room left in a mess twice');
      await moveOk(ADMIN, 'reinstate', membershipId);
      await moveOk(YOUTH_COORDINATOR, 'end', membershipId, 'Contract not renewed');
    });

    interface Entry {
      id: string;
      action: string;
      actor: { id: string } | null;
      entityType: string;
      entityId: string;
      details: string;
      at: string;
    }
    const audit =
      (filter: Variables, first = 100, who = ADMIN) =>
      async (after: string | null) =>
        (await api.graphql.ok<{ auditLog: Page<Entry> }>(AUDIT, { filter, first, after }, as(who)))
          .auditLog;

    it('records every step of a membership with its actor, entity and details, newest first', async () => {
      const { nodes, totalCount } = await everyPage(audit({ entityId: membershipId }, 2), 2);

      const steps = [...nodes].reverse().map((entry) => ({
        action: entry.action,
        actor: entry.actor?.id,
        entity: [entry.entityType, entry.entityId],
        details: JSON.parse(entry.details),
      }));
      const entity = ['Membership', membershipId];
      expect(steps).toEqual([
        { action: 'Membership.create', actor: ids[OWNER], entity, details: { to: 'SUBMITTED' } },
        {
          action: 'Membership.startReview',
          actor: ids[YOUTH_COORDINATOR],
          entity,
          details: { from: 'SUBMITTED', to: 'UNDER_REVIEW' },
        },
        {
          action: 'Membership.approve',
          actor: ids[YOUTH_MANAGER],
          entity,
          details: { from: 'UNDER_REVIEW', to: 'APPROVED', note: 'Approved at the March meeting' },
        },
        {
          action: 'Membership.suspend',
          actor: ids[YOUTH_MANAGER],
          entity,
          details: { from: 'APPROVED', to: 'SUSPENDED', note: 'Room left in a mess twice' },
        },
        {
          action: 'Membership.reinstate',
          actor: ids[ADMIN],
          entity,
          details: { from: 'SUSPENDED', to: 'APPROVED' },
        },
        {
          action: 'Membership.end',
          actor: ids[YOUTH_COORDINATOR],
          entity,
          details: { from: 'APPROVED', to: 'ENDED', note: 'Contract not renewed' },
        },
      ]);
      expect(totalCount).toBe(6);
      const times = nodes.map((entry) => Date.parse(entry.at));
      expect(times).toEqual([...times].sort((a, b) => b - a));
    });

    it('records appointing hub staff as HubStaff.assign', async () => {
      const appointee = 'member-s00030-1@parkcommons.example';
      await login(appointee);
      const { assignHubStaff } = await api.graphql.ok<{ assignHubStaff: { id: string } }>(
        `mutation Assign($hubId: ID!, $userId: ID!) {
          assignHubStaff(hubId: $hubId, userId: $userId, role: COORDINATOR) { id } }`,
        { hubId: hubs['social-economy-centre'], userId: ids[appointee] },
        as(ADMIN),
      );

      const { nodes } = await everyPage(
        audit({ entityType: 'HubStaff', entityId: assignHubStaff.id }),
        100,
      );

      expect(nodes).toHaveLength(1);
      expect({ ...nodes[0], details: JSON.parse(nodes[0].details) }).toMatchObject({
        action: 'HubStaff.assign',
        actor: { id: ids[ADMIN] },
        entityType: 'HubStaff',
        entityId: assignHubStaff.id,
        details: {
          hubId: hubs['social-economy-centre'],
          userId: ids[appointee],
          role: 'COORDINATOR',
        },
      });
    });

    it('filters by actor, entity type, entity and time', async () => {
      const all = await api.prisma.auditLogEntry.findMany({
        orderBy: [{ at: 'desc' }, { id: 'desc' }],
      });
      const matches = async (filter: Variables, keep: (row: (typeof all)[number]) => boolean) => {
        const { nodes, totalCount } = await everyPage(audit(filter, 100), 100);
        const expected = all.filter(keep).map((row) => row.id);
        expect(expected.length).toBeGreaterThan(0);
        expect(idsOf(nodes)).toEqual(expected);
        expect(totalCount).toBe(expected.length);
      };
      const ofMembership = all
        .filter((row) => row.entityId === membershipId)
        .sort((a, b) => a.at.getTime() - b.at.getTime());
      const from = ofMembership[1].at;
      const to = ofMembership[4].at;

      await matches(
        { actorId: ids[YOUTH_COORDINATOR] },
        (row) => row.actorId === ids[YOUTH_COORDINATOR],
      );
      await matches({ entityType: 'HubStaff' }, (row) => row.entityType === 'HubStaff');
      await matches({ entityType: 'Membership' }, (row) => row.entityType === 'Membership');
      await matches({ entityId: membershipId }, (row) => row.entityId === membershipId);
      await matches(
        { entityId: membershipId, from: from.toISOString(), to: to.toISOString() },
        (row) => row.entityId === membershipId && row.at >= from && row.at < to,
      );
      await matches(
        { actorId: ids[YOUTH_COORDINATOR], entityId: membershipId },
        (row) => row.actorId === ids[YOUTH_COORDINATOR] && row.entityId === membershipId,
      );
      const { nodes } = await everyPage(audit({ entityType: 'Partnership' }, 100), 100);
      expect(nodes).toEqual([]);
    });

    it.each([
      ['the hub’s manager', YOUTH_MANAGER, 'FORBIDDEN'],
      ['an applicant', OWNER, 'FORBIDDEN'],
      ['an unrelated member', STRANGER, 'FORBIDDEN'],
      ['an anonymous caller', ANONYMOUS, 'UNAUTHENTICATED'],
    ])('refuses %s: %s', async (_story, who, code) => {
      const error = await refusal(who, AUDIT, { filter: { entityId: membershipId } });

      expect(error.extensions.code).toBe(code);
    });
  });
});
