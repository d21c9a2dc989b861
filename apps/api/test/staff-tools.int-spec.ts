import { Client } from 'pg';
import { Hub, Park, Person, SET_UP_MS, startPark, TestApi } from './support';

// What park staff work with besides the workflows: finding people for the mutations that take a
// userId, verifying a stakeholder, taking someone off a committee or a hub's staff, and the
// audit log, which a hub's own staff now read for their hub.

type Variables = Record<string, unknown>;

const USERS = `query Users($search: String, $first: Int, $after: String) {
  users(search: $search, first: $first, after: $after) {
    totalCount edges { node { id displayName email } } pageInfo { hasNextPage endCursor } } }`;
const VERIFY = `mutation Verify($id: ID!) { verifyStakeholder(id: $id) { id verified version } }`;
const REMOVE_FROM_COMMITTEE = `mutation Remove($committeeId: ID!, $userId: ID!) {
  removeCommitteeMember(committeeId: $committeeId, userId: $userId) {
    id members { id } } }`;
const UNASSIGN = `mutation Unassign($hubId: ID!, $userId: ID!) {
  unassignHubStaff(hubId: $hubId, userId: $userId) { id staff { role user { id } } } }`;
const AUDIT = `query Audit($filter: AuditLogFilter, $first: Int) {
  auditLog(filter: $filter, first: $first) {
    totalCount edges { node { action entityType entityId } } } }`;

interface UserNode {
  id: string;
  displayName: string;
  email: string | null;
}

let api: TestApi;
let park: Park;
let youth: Hub;
let social: Hub;
let admin: Person;
let youthStaff: Person;
let socialStaff: Person;
let member: Person;

async function refused(query: string, variables: Variables, who?: Person) {
  const { errors } = await api.graphql.execute(query, variables, who?.as ?? {});
  expect(errors).toHaveLength(1);
  return errors![0];
}

describe('staff tools', () => {
  beforeAll(async () => {
    ({ api, park } = await startPark());
    [youth, social] = await Promise.all([park.hub('youth-hub'), park.hub('social-economy-centre')]);
    admin = await park.parkAdmin();
    youthStaff = await park.hubStaff(youth, 'COORDINATOR');
    socialStaff = await park.hubStaff(social);
    member = await park.newUser();
  }, SET_UP_MS);
  afterAll(() => api.close());

  describe('users: finding people', () => {
    let people: Person[];
    const tag = `zq${Date.now().toString(36)}`;

    beforeAll(async () => {
      people = [];
      for (const name of ['Minji Kim', 'minho Park', 'Seoyeon Lee', '김민지']) {
        people.push(await park.newUser({ displayName: `${name} ${tag}`, label: 'found' }));
      }
    });

    const search = async (who: Person, variables: Variables) =>
      (
        await api.graphql.ok<{
          users: {
            totalCount: number;
            edges: { node: UserNode }[];
            pageInfo: { hasNextPage: boolean; endCursor: string | null };
          };
        }>(USERS, variables, who.as)
      ).users;

    it('finds people by a piece of their name, any case, Korean or English', async () => {
      const latin = await search(admin, { search: `MINJI KIM ${tag}` });
      const korean = await search(admin, { search: '민지' });
      const both = await search(admin, { search: `${tag}`.toUpperCase() });

      expect(latin.edges.map((edge) => edge.node.id)).toEqual([people[0].id]);
      expect(korean.edges.map((edge) => edge.node.id)).toEqual([people[3].id]);
      expect(both.totalCount).toBe(4);
    });

    it('finds people by a piece of their e-mail; a park admin sees the address', async () => {
      const [seoyeon] = people.slice(2);
      const part = seoyeon.email.split('@')[0];

      const found = await search(admin, { search: part.toUpperCase() });

      expect(found.edges.map((edge) => edge.node)).toEqual([
        { id: seoyeon.id, displayName: seoyeon.displayName, email: seoyeon.email },
      ]);
    });

    it('lets hub staff search too, without the addresses', async () => {
      const found = await search(youthStaff, { search: tag });

      expect(found.totalCount).toBe(4);
      expect(found.edges.every((edge) => edge.node.email === null)).toBe(true);
    });

    it('pages A → Z by keyset', async () => {
      const pages: string[] = [];
      let after: string | null = null;
      for (;;) {
        const page = await search(admin, { search: tag, first: 1, after });
        pages.push(...page.edges.map((edge) => edge.node.id));
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }

      const all = await search(admin, { search: tag, first: 10 });
      expect(pages).toEqual(all.edges.map((edge) => edge.node.id));
      expect(pages).toHaveLength(4);
      expect(pages).toContain(people[3].id);
    });

    it.each<[string, () => Person | undefined, Variables, string, string[] | undefined]>([
      ['a member', () => member, {}, 'FORBIDDEN', undefined],
      ['an anonymous caller', () => undefined, {}, 'UNAUTHENTICATED', undefined],
      ['an empty search', () => admin, { search: '   ' }, 'BAD_USER_INPUT', ['search']],
      [
        'a search over 100 characters',
        () => admin,
        { search: 'x'.repeat(101) },
        'BAD_USER_INPUT',
        ['search'],
      ],
      ['a forged cursor', () => admin, { after: 'bm90LWEtY3Vyc29y' }, 'BAD_USER_INPUT', ['after']],
    ])('refuses %s', async (_story, who, variables, code, fields) => {
      const error = await refused(USERS, variables, who());

      expect(error.extensions.code).toBe(code);
      if (fields) expect(error.extensions.fields).toEqual(fields);
    });

    // Runs last in this block: it fills the table with 50,000 accounts so the planner's choice
    // is the one a real park would get (on a few rows it rightly scans).
    it('searches through the trigram indexes, not by reading every account', async () => {
      // On a connection of its own without the API's statement_timeout: on a loaded machine
      // filling and vacuuming take longer than any request may.
      const filler = new Client({ connectionString: api.database.url });
      await filler.connect();
      try {
        await filler.query('SET statement_timeout = 0');
        await filler.query(`
          INSERT INTO users (id, email, password_hash, display_name, updated_at)
          SELECT gen_random_uuid(), 'filler-' || n || '@example.org', 'x', 'Filler person ' || n, now()
          FROM generate_series(1, 50000) AS n`);
        // As autovacuum would: merges the GIN indexes' pending entries and updates statistics.
        await filler.query('VACUUM ANALYZE users');
      } finally {
        await filler.end();
      }

      // The shape UserRepository.search sends (a term of three characters or more).
      const [{ 'QUERY PLAN': plan }] = await api.prisma.$queryRawUnsafe<
        { 'QUERY PLAN': unknown }[]
      >(
        `EXPLAIN (FORMAT JSON) SELECT id FROM users
         WHERE lower(display_name) LIKE '%seoyeon%' OR lower(email::text) LIKE '%seoyeon%'
         ORDER BY lower(display_name), id LIMIT 21`,
      );
      const text = JSON.stringify(plan);
      expect(text).toContain('users_display_name_trgm_idx');
      expect(text).toContain('users_email_trgm_idx');
      expect(text).not.toContain('"Seq Scan"');
      // Without a search: the first page walks the (lower(display_name), id) index.
      const [{ 'QUERY PLAN': all }] = await api.prisma.$queryRawUnsafe<{ 'QUERY PLAN': unknown }[]>(
        `EXPLAIN (FORMAT JSON) SELECT id FROM users ORDER BY lower(display_name), id LIMIT 21`,
      );
      expect(JSON.stringify(all)).toContain('users_display_name_id_idx');
    }, 60_000);
  });

  describe('verifyStakeholder', () => {
    it('lets a park admin verify a stakeholder, telling its owners and admins once', async () => {
      const stakeholder = await park.newStakeholder();
      const colleague = await park.addMember(stakeholder, 'ADMIN');

      const { verifyStakeholder } = await api.graphql.ok<{
        verifyStakeholder: { verified: boolean; version: number };
      }>(VERIFY, { id: stakeholder.id }, admin.as);
      await api.graphql.ok(VERIFY, { id: stakeholder.id }, admin.as);

      expect(verifyStakeholder).toMatchObject({ verified: true, version: 1 });
      const notices = await api.prisma.notification.findMany({
        where: { entityId: stakeholder.id, kind: 'STAKEHOLDER_VERIFIED' },
      });
      expect(notices.map((n) => n.recipientId).sort()).toEqual(
        [stakeholder.owner.id, colleague.id].sort(),
      );
      const entries = await api.prisma.auditLogEntry.findMany({
        where: { entityId: stakeholder.id, action: 'Stakeholder.verify' },
      });
      expect(entries).toEqual([expect.objectContaining({ actorId: admin.id, hubId: null })]);
    });

    it.each<[string, () => Person | undefined, string]>([
      ['hub staff', () => youthStaff, 'FORBIDDEN'],
      ['its own owner', () => undefined, 'FORBIDDEN'],
      ['an anonymous caller', () => undefined, 'UNAUTHENTICATED'],
    ])('refuses %s, changing nothing', async (story, who, code) => {
      const stakeholder = await park.newStakeholder();
      const caller = story === 'its own owner' ? stakeholder.owner : who();

      const error = await refused(VERIFY, { id: stakeholder.id }, caller);

      expect(error.extensions.code).toBe(code);
      const row = await api.prisma.stakeholder.findUniqueOrThrow({ where: { id: stakeholder.id } });
      expect(row.verified).toBe(false);
    });

    it('answers NOT_FOUND for an unknown stakeholder and BAD_USER_INPUT for a bad id', async () => {
      expect((await refused(VERIFY, { id: admin.id }, admin)).extensions.code).toBe('NOT_FOUND');
      expect((await refused(VERIFY, { id: 'x' }, admin)).extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: ['id'],
      });
    });
  });

  describe('taking someone off a committee', () => {
    async function committeeWith(person: Person): Promise<string> {
      const { createCommittee } = await api.graphql.ok<{ createCommittee: { id: string } }>(
        `mutation Create($input: CreateCommitteeInput!) { createCommittee(input: $input) { id } }`,
        { input: { hubId: youth.id, name: park.unique('Committee'), kind: 'CIVIL_EXPERT' } },
        youthStaff.as,
      );
      await api.graphql.ok(
        `mutation Add($committeeId: ID!, $userId: ID!) {
          addCommitteeMember(committeeId: $committeeId, userId: $userId) { id } }`,
        { committeeId: createCommittee.id, userId: person.id },
        youthStaff.as,
      );
      return createCommittee.id;
    }

    it('lets the hub’s staff remove a member, who is told; answers the committee', async () => {
      const expert = await park.newUser();
      const committeeId = await committeeWith(expert);

      const { removeCommitteeMember } = await api.graphql.ok<{
        removeCommitteeMember: { id: string; members: { id: string }[] };
      }>(REMOVE_FROM_COMMITTEE, { committeeId, userId: expert.id }, youthStaff.as);

      expect(removeCommitteeMember).toEqual({ id: committeeId, members: [] });
      const notice = await api.prisma.notification.findFirstOrThrow({
        where: { recipientId: expert.id, kind: 'COMMITTEE_LEFT' },
      });
      expect(notice.entityId).toBe(committeeId);
      const entry = await api.prisma.auditLogEntry.findFirstOrThrow({
        where: { entityId: committeeId, action: 'Committee.removeMember' },
      });
      expect(entry).toMatchObject({ actorId: youthStaff.id, hubId: youth.id });
    });

    it.each<[string, () => Person, 'member' | 'stranger', string]>([
      ['another hub’s staff', () => socialStaff, 'member', 'FORBIDDEN'],
      ['the member themself', () => member, 'member', 'FORBIDDEN'],
      ['someone not on it', () => youthStaff, 'stranger', 'NOT_FOUND'],
    ])('refuses %s, changing nothing', async (_story, who, target, code) => {
      const committeeId = await committeeWith(member);
      const stranger = await park.newUser();

      const error = await refused(
        REMOVE_FROM_COMMITTEE,
        { committeeId, userId: target === 'member' ? member.id : stranger.id },
        who(),
      );

      expect(error.extensions.code).toBe(code);
      expect(await api.prisma.committeeMember.count({ where: { committeeId } })).toBe(1);
    });
  });

  describe('unassigning hub staff', () => {
    it('lets a park admin end a post; answers the hub with its staff as they now are', async () => {
      const leaving = await park.hubStaff(social, 'COORDINATOR');

      const { unassignHubStaff } = await api.graphql.ok<{
        unassignHubStaff: { id: string; staff: { user: { id: string } }[] };
      }>(UNASSIGN, { hubId: social.id, userId: leaving.id }, admin.as);

      expect(unassignHubStaff.id).toBe(social.id);
      expect(unassignHubStaff.staff.map((post) => post.user.id)).not.toContain(leaving.id);
      expect(await api.prisma.hubStaff.count({ where: { userId: leaving.id } })).toBe(0);
      const entry = await api.prisma.auditLogEntry.findFirstOrThrow({
        where: { action: 'HubStaff.unassign', details: { path: ['userId'], equals: leaving.id } },
      });
      expect(entry).toMatchObject({ actorId: admin.id, hubId: social.id });
      // No longer staff: the audit log is closed to them.
      expect((await refused(AUDIT, {}, leaving)).extensions.code).toBe('FORBIDDEN');
    });

    it.each<[string, () => Person, 'staff' | 'member', string]>([
      ['hub staff', () => youthStaff, 'staff', 'FORBIDDEN'],
      ['someone who holds no post there', () => admin, 'member', 'NOT_FOUND'],
    ])('refuses %s, changing nothing', async (_story, who, target, code) => {
      const posts = await api.prisma.hubStaff.count();

      const error = await refused(
        UNASSIGN,
        { hubId: youth.id, userId: target === 'staff' ? youthStaff.id : member.id },
        who(),
      );

      expect(error.extensions.code).toBe(code);
      expect(await api.prisma.hubStaff.count()).toBe(posts);
    });
  });

  describe('the audit log of a hub', () => {
    let youthMembership: string;
    let socialMembership: string;

    beforeAll(async () => {
      youthMembership = (await park.newMember(youth)).membershipId;
      socialMembership = (await park.newMember(social)).membershipId;
    });

    const read = async (who: Person, filter: Variables = {}) =>
      (
        await api.graphql.ok<{
          auditLog: {
            totalCount: number;
            edges: { node: { action: string; entityType: string; entityId: string } }[];
          };
        }>(AUDIT, { filter, first: 100 }, who.as)
      ).auditLog;

    it('shows a hub’s staff the entries of their hub, and only those', async () => {
      const theirs = await read(youthStaff);
      const asked = await read(youthStaff, { hubId: youth.id });

      const entities = theirs.edges.map((edge) => edge.node.entityId);
      expect(entities).toContain(youthMembership);
      expect(entities).not.toContain(socialMembership);
      expect(asked.totalCount).toBe(theirs.totalCount);
      const expected = await api.prisma.auditLogEntry.count({ where: { hubId: youth.id } });
      expect(theirs.totalCount).toBe(expected);
    });

    it('lets a park admin read one hub or all of them', async () => {
      const one = await read(admin, { hubId: social.id });
      const all = await read(admin);

      expect(one.edges.map((edge) => edge.node.entityId)).toContain(socialMembership);
      expect(one.edges.map((edge) => edge.node.entityId)).not.toContain(youthMembership);
      expect(all.totalCount).toBe(await api.prisma.auditLogEntry.count());
    });

    it.each<[string, () => Person, () => Variables, string]>([
      ['staff asking for another hub', () => youthStaff, () => ({ hubId: social.id }), 'FORBIDDEN'],
      ['a member', () => member, () => ({}), 'FORBIDDEN'],
      ['a bad hub id', () => youthStaff, () => ({ hubId: 'x' }), 'BAD_USER_INPUT'],
    ])('refuses %s', async (_story, who, filter, code) => {
      expect((await refused(AUDIT, { filter: filter() }, who())).extensions.code).toBe(code);
    });
  });
});
