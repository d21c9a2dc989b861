import { GraphqlError } from '@park/platform/testing';
import {
  DEMO_ADMIN as ADMIN,
  DEMO_YOUTH_MANAGER as YOUTH_MANAGER,
  demoPerson,
  startDemoPark,
} from './support/demo-park';
import { TestApi } from './support/test-api';

// Reading the park directory: hubs, browsing and searching stakeholders, who sees contact
// emails, and what a page costs in SQL statements. Edits live in directory-edit.int-spec.ts.

const PASSWORD = 'park-commons-demo';
/** Stakeholder s00003 of the demo park has three people: -1 OWNER, -2 ADMIN, -3 MEMBER. */
const S3_MEMBER = demoPerson(3, 3);
/** Owner of s00001, and of nothing else: a stranger to s00003. */
const STRANGER = demoPerson(1);
// s00003 is an APPROVED member of the Local Community Support Centre only; s00001 is one there too
// (as an associate), s00002 is a member of the Social Economy Support Centre only.
const FELLOW_MEMBER = STRANGER;
const OTHER_HUB_MEMBER = demoPerson(2);
const NEWCOMER = 'newcomer@example.org';

const HUB_FIELDS = 'id slug name nameKo kind description';
const HUB = `query Hub($id: ID, $slug: String) { hub(id: $id, slug: $slug) { ${HUB_FIELDS} } }`;
const STAKEHOLDERS = `
  query Stakeholders($filter: StakeholderFilter, $first: Int, $after: String,
                     $orderBy: StakeholderOrder) {
    stakeholders(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {
      totalCount
      edges { cursor node { id name kind policyAreas description contactEmail } }
      pageInfo { hasNextPage endCursor }
    }
  }`;
const CREATE = `
  mutation Create($input: CreateStakeholderInput!) { createStakeholder(input: $input) { id } }`;

interface Node {
  id: string;
  name: string;
  kind: string;
  policyAreas: string[];
  description: string;
  contactEmail: string | null;
}
interface Page {
  totalCount: number;
  edges: { cursor: string; node: Node }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}
type Variables = Record<string, unknown>;

let api: TestApi;

let login: (email: string) => Promise<string>;

async function page(variables: Variables, token?: string): Promise<Page> {
  const data = await api.graphql.ok<{ stakeholders: Page }>(STAKEHOLDERS, variables, { token });
  return data.stakeholders;
}

/** Follows endCursor to the last page; checks hasNextPage along the way. */
async function everyPage(variables: Variables, first = 100, token?: string): Promise<Node[]> {
  const nodes: Node[] = [];
  let after: string | null = null;
  for (;;) {
    const current: Page = await page({ ...variables, first, after }, token);
    nodes.push(...current.edges.map((edge) => edge.node));
    expect(current.pageInfo.endCursor).toBe(current.edges.at(-1)?.cursor ?? null);
    if (!current.pageInfo.hasNextPage) return nodes;
    expect(current.edges).toHaveLength(first);
    after = current.pageInfo.endCursor;
  }
}

const idsOf = (nodes: { id: string }[]) => nodes.map((node) => node.id);

/** Ids of the stakeholders an SQL query selects (as `id`), in its order. */
async function sqlIds(sql: string, ...params: unknown[]): Promise<string[]> {
  const rows = await api.prisma.$queryRawUnsafe<{ id: string }[]>(sql, ...params);
  return rows.map((row) => row.id);
}

async function badInput(query: string, variables: Variables = {}): Promise<GraphqlError> {
  const error = await api.graphql.errorCode(query, variables);
  expect(error.extensions.code).toBe('BAD_USER_INPUT');
  return error;
}

/** How many SQL statements the API sends to answer one request. */
async function statementsFor(query: string, variables: Variables, token?: string) {
  const before = api.prisma.statementCount;
  await api.graphql.ok(query, variables, { token });
  return api.prisma.statementCount - before;
}

function cursor(values: unknown[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

describe('directory: browsing hubs and stakeholders', () => {
  const tokens: Record<string, string> = {};
  let youthHubId: string;

  beforeAll(async () => {
    ({ api, login } = await startDemoPark(300));
    for (const email of [ADMIN, YOUTH_MANAGER, S3_MEMBER, STRANGER, OTHER_HUB_MEMBER]) {
      tokens[email] = await login(email);
    }
    const newcomer = await api.graphql.ok<{ register: { accessToken: string } }>(
      `mutation { register(input: { email: "${NEWCOMER}", password: "${PASSWORD}",
        displayName: "Newcomer" }) { accessToken } }`,
    );
    tokens[NEWCOMER] = newcomer.register.accessToken;
    youthHubId = (await api.prisma.hub.findUniqueOrThrow({ where: { slug: 'youth-hub' } })).id;
    // Names with LIKE's wildcards in them, for the search stories.
    for (const name of ['100% Recycled Paper Lab', 'Green_Roof Collective']) {
      await api.graphql.ok(CREATE, { input: { name, kind: 'STARTUP' } }, { token: tokens[ADMIN] });
    }
  });
  afterAll(() => api.close());

  describe('hubs', () => {
    it('lists the three hubs with their English and Korean names and slugs', async () => {
      const { hubs } = await api.graphql.ok<{ hubs: Record<string, string>[] }>(
        `{ hubs { ${HUB_FIELDS} } }`,
      );

      const bySlug = [...hubs].sort((a, b) => a.slug.localeCompare(b.slug));
      expect(bySlug.map(({ slug, name, nameKo, kind }) => [slug, name, nameKo, kind])).toEqual([
        [
          'local-community-centre',
          'Local Community Support Centre',
          '서울시마을공동체종합지원센터',
          'LOCAL_COMMUNITY',
        ],
        [
          'social-economy-centre',
          'Social Economy Support Centre',
          '서울시사회적경제지원센터',
          'SOCIAL_ECONOMY',
        ],
        ['youth-hub', 'Youth Hub', '서울청년허브', 'YOUTH'],
      ]);
    });

    it('finds one hub by slug and the same hub by id', async () => {
      const bySlug = await api.graphql.ok<{ hub: { id: string } }>(HUB, { slug: 'youth-hub' });
      const byId = await api.graphql.ok(HUB, { id: youthHubId });

      expect(bySlug.hub.id).toBe(youthHubId);
      expect(byId).toEqual(bySlug);
    });

    it.each([
      ['neither id nor slug', false],
      ['both id and slug', true],
    ])('refuses a hub query with %s as BAD_USER_INPUT', async (_story, both) => {
      const variables = both ? { id: youthHubId, slug: 'youth-hub' } : {};

      const error = await badInput(HUB, variables);

      expect(error.extensions.fields).toEqual([expect.stringMatching(/^(id|slug)$/)]);
    });

    it('answers null for a slug no hub has', async () => {
      expect(await api.graphql.ok('{ hub(slug: "no-such-hub") { id } }')).toEqual({ hub: null });
    });

    it('lists hub staff with their roles, hiding their emails from anonymous callers', async () => {
      const query = '{ hub(slug: "youth-hub") { staff { role user { displayName email } } } }';

      const anonymous = await api.graphql.ok<{ hub: unknown }>(query);
      const asAdmin = await api.graphql.ok<{ hub: unknown }>(query, {}, { token: tokens[ADMIN] });

      expect(anonymous.hub).toEqual({
        staff: [
          { role: 'MANAGER', user: { displayName: '박지민 (Youth Hub manager)', email: null } },
          {
            role: 'COORDINATOR',
            user: { displayName: '이서준 (Youth Hub coordinator)', email: null },
          },
        ],
      });
      expect(asAdmin.hub).toEqual({
        staff: [
          expect.objectContaining({
            role: 'MANAGER',
            user: expect.objectContaining({ email: YOUTH_MANAGER }),
          }),
          expect.objectContaining({
            role: 'COORDINATOR',
            user: expect.objectContaining({ email: 'youth-coordinator@parkcommons.example' }),
          }),
        ],
      });
    });
  });

  describe('listing and paging', () => {
    it('counts every stakeholder in totalCount', async () => {
      const [{ count }] = await api.prisma.$queryRawUnsafe<{ count: number }[]>(
        'SELECT count(*)::int AS count FROM stakeholders',
      );

      expect(count).toBe(302);
      expect((await page({ first: 1 })).totalCount).toBe(count);
    });

    it('walks every stakeholder exactly once in NAME order, case-insensitively', async () => {
      const expected = await api.prisma.$queryRawUnsafe<{ id: string; name: string }[]>(
        'SELECT id, name::text AS name FROM stakeholders ORDER BY name',
      );

      for (const first of [100, 7]) {
        const nodes = await everyPage({ orderBy: 'NAME' }, first);
        expect(nodes.map(({ id, name }) => ({ id, name }))).toEqual(expected);
      }
    });

    it('walks every stakeholder exactly once in NEWEST order', async () => {
      const expected = await sqlIds(
        'SELECT id FROM stakeholders ORDER BY created_at DESC, id DESC',
      );

      for (const first of [100, 7]) {
        expect(idsOf(await everyPage({ orderBy: 'NEWEST' }, first))).toEqual(expected);
      }
    });

    it('ends on a last page without a next page', async () => {
      let current = await page({ first: 100 });
      const sizes = [current.edges.length];
      while (current.pageInfo.hasNextPage) {
        current = await page({ first: 100, after: current.pageInfo.endCursor });
        sizes.push(current.edges.length);
      }

      expect(sizes).toEqual([100, 100, 100, 2]);
      expect(current.pageInfo).toEqual({
        hasNextPage: false,
        endCursor: current.edges[1]?.cursor,
      });
    });

    it('answers a search that matches nothing with an empty page', async () => {
      expect(await page({ filter: { search: 'zzqxv-nothing-like-this' } })).toEqual({
        totalCount: 0,
        edges: [],
        pageInfo: { hasNextPage: false, endCursor: null },
      });
    });

    it('refuses a NAME cursor in a NEWEST listing, naming after', async () => {
      const { pageInfo } = await page({ orderBy: 'NAME', first: 5 });

      const error = await badInput(STAKEHOLDERS, { orderBy: 'NEWEST', after: pageInfo.endCursor });

      expect(error.extensions.fields).toEqual(['after']);
    });

    it.each([
      ['garbage', 'NAME', 'not a cursor at all!'],
      ['a cursor of another list', 'NEWEST', cursor(['partnerships:newest', '2025-01-01', 'x'])],
      ['a NAME cursor with too many values', 'NAME', cursor(['stakeholders:name', 'a', 'b'])],
      ['a NAME cursor holding a number', 'NAME', cursor(['stakeholders:name', 5])],
      ['a NAME cursor holding a NUL', 'NAME', cursor(['stakeholders:name', 'a\u0000'])],
      ['a NEWEST cursor with a bad time', 'NEWEST', cursor(['stakeholders:newest', 'soon', 'x'])],
      [
        'a NEWEST cursor with a bad id',
        'NEWEST',
        cursor(['stakeholders:newest', '2025-01-01T00:00:00.000Z', 'not-a-uuid']),
      ],
    ])('refuses %s in a %s listing, naming after', async (_story, orderBy, after) => {
      const error = await badInput(STAKEHOLDERS, { orderBy, after });

      expect(error.extensions.fields).toEqual(['after']);
    });

    it.each([0, 101, -1])('refuses first: %i, naming first', async (first) => {
      expect((await badInput(STAKEHOLDERS, { first })).extensions.fields).toEqual(['first']);
    });

    it('allows first: 100 and first: 1', async () => {
      expect((await page({ first: 100 })).edges).toHaveLength(100);
      expect((await page({ first: 1 })).edges).toHaveLength(1);
    });
  });

  describe('filters and search', () => {
    it('filters by hub: stakeholders with an APPROVED membership of that hub', async () => {
      const expected = await sqlIds(
        `SELECT s.id FROM stakeholders s WHERE EXISTS (SELECT 1 FROM memberships m
           WHERE m.stakeholder_id = s.id AND m.hub_id = $1::uuid AND m.status = 'APPROVED')
         ORDER BY s.name`,
        youthHubId,
      );

      const nodes = await everyPage({ filter: { hubId: youthHubId } });

      expect(expected.length).toBeGreaterThan(10);
      expect(idsOf(nodes)).toEqual(expected);
      expect((await page({ filter: { hubId: youthHubId } })).totalCount).toBe(expected.length);
    });

    it.each([[['YOUTH_GROUP']], [['EXPERT', 'STARTUP', 'PUBLIC_AGENCY']]])(
      'filters by kinds %j',
      async (kinds) => {
        const expected = await sqlIds(
          'SELECT id FROM stakeholders WHERE kind::text = ANY($1::text[]) ORDER BY name',
          kinds,
        );

        const nodes = await everyPage({ filter: { kinds } });

        expect(expected.length).toBeGreaterThan(0);
        expect(idsOf(nodes)).toEqual(expected);
        expect(nodes.every((node) => kinds.includes(node.kind))).toBe(true);
      },
    );

    it('filters by policy areas: any of them', async () => {
      const areas = ['HOUSING', 'MOBILITY'];
      const expected = await sqlIds(
        `SELECT id FROM stakeholders WHERE policy_areas && $1::text[]::"PolicyArea"[] ORDER BY name`,
        areas,
      );

      const nodes = await everyPage({ filter: { policyAreas: areas } });

      expect(idsOf(nodes)).toEqual(expected);
      expect(nodes.some((node) => node.policyAreas.includes('HOUSING'))).toBe(true);
      expect(nodes.some((node) => node.policyAreas.includes('MOBILITY'))).toBe(true);
      expect(nodes.every((node) => node.policyAreas.some((area) => areas.includes(area)))).toBe(
        true,
      );
    });

    it('searches Korean: 청년 finds every stakeholder with 청년 in its name or description', async () => {
      const expected = await sqlIds(
        `SELECT id FROM stakeholders WHERE name::text ILIKE '%청년%' OR description ILIKE '%청년%'
         ORDER BY name`,
      );

      const nodes = await everyPage({ filter: { search: '청년' } });

      expect(expected.length).toBeGreaterThan(10);
      expect(idsOf(nodes)).toEqual(expected);
      expect(nodes.every((node) => `${node.name} ${node.description}`.includes('청년'))).toBe(true);
      expect(nodes.some((node) => node.name.includes('청년'))).toBe(true);
      expect((await page({ filter: { search: '청년' } })).totalCount).toBe(expected.length);
    });

    it('searches English whatever the case: climate, CLIMATE and Climate find the same', async () => {
      const expected = await sqlIds(
        `SELECT id FROM stakeholders WHERE name::text ILIKE '%climate%' OR description ILIKE '%climate%'
         ORDER BY name`,
      );

      const lower = await everyPage({ filter: { search: 'climate' } });

      expect(expected.length).toBeGreaterThan(10);
      expect(idsOf(lower)).toEqual(expected);
      expect(lower.every((node) => /climate/i.test(`${node.name} ${node.description}`))).toBe(true);
      expect(idsOf(await everyPage({ filter: { search: 'CLIMATE' } }))).toEqual(expected);
      expect(idsOf(await everyPage({ filter: { search: '  Climate ' } }))).toEqual(expected);
    });

    it.each([
      ['%', '100% Recycled Paper Lab'],
      ['_', 'Green_Roof Collective'],
      ['0%', '100% Recycled Paper Lab'],
    ])('takes %s in a search literally, not as a wildcard', async (search, name) => {
      const literal = await sqlIds(
        'SELECT id FROM stakeholders WHERE strpos(name::text, $1) > 0 OR strpos(description, $1) > 0',
        search,
      );

      const { edges, totalCount } = await page({ filter: { search } });

      expect(edges.map((edge) => edge.node.name)).toEqual([name]);
      expect(totalCount).toBe(1);
      expect(literal).toEqual([edges[0]?.node.id]);
    });

    it('combines filters: all of them must hold', async () => {
      const filter = {
        hubId: youthHubId,
        kinds: ['YOUTH_GROUP', 'NON_PROFIT'],
        policyAreas: ['ECONOMY_JOBS', 'EDUCATION'],
        search: '청년',
      };
      const expected = await sqlIds(
        `SELECT s.id FROM stakeholders s
         WHERE s.kind::text = ANY($2::text[]) AND s.policy_areas && $3::text[]::"PolicyArea"[]
           AND (s.name::text ILIKE '%' || $4 || '%' OR s.description ILIKE '%' || $4 || '%')
           AND EXISTS (SELECT 1 FROM memberships m WHERE m.stakeholder_id = s.id
                       AND m.hub_id = $1::uuid AND m.status = 'APPROVED')
         ORDER BY s.name`,
        filter.hubId,
        filter.kinds,
        filter.policyAreas,
        filter.search,
      );

      const nodes = await everyPage({ filter }, 3);

      expect(expected.length).toBeGreaterThan(0);
      expect(idsOf(nodes)).toEqual(expected);
    });

    it('pages a filtered NEWEST listing by cursor too', async () => {
      const expected = await sqlIds(
        `SELECT id FROM stakeholders WHERE kind = 'EXPERT' ORDER BY created_at DESC, id DESC`,
      );

      expect(
        idsOf(await everyPage({ filter: { kinds: ['EXPERT'] }, orderBy: 'NEWEST' }, 4)),
      ).toEqual(expected);
    });

    it.each([
      ['a hub id that is not a UUID', { hubId: 'youth-hub' }, 'hubId'],
      ['an empty search', { search: '   ' }, 'search'],
    ])('refuses %s, naming the field', async (_story, filter, field) => {
      expect((await badInput(STAKEHOLDERS, { filter })).extensions.fields).toEqual([field]);
    });

    it('refuses an unknown kind, naming the field', async () => {
      const error = await badInput(STAKEHOLDERS, { filter: { kinds: ['SPACESHIP'] } });

      expect(error.extensions.fields).toEqual(['kinds']);
    });
  });

  describe('who sees a contact email', () => {
    const query = `query One($id: ID!) { stakeholder(id: $id) { name contactEmail } }`;
    let s3: { id: string; contactEmail: string | null };

    beforeAll(async () => {
      s3 = await api.prisma.stakeholder.findFirstOrThrow({
        where: { members: { some: { user: { email: S3_MEMBER } } } },
      });
    });

    it.each<[string, string, string | undefined]>([
      ['an anonymous caller', 'sees null', undefined],
      ['a newcomer with no stakeholder', 'sees null', NEWCOMER],
      ['a member of a stakeholder in another hub only', 'sees null', OTHER_HUB_MEMBER],
      ['a fellow member of a hub it belongs to', 'sees it', FELLOW_MEMBER],
      ['a MEMBER of the stakeholder', 'sees it', S3_MEMBER],
      // s00003 belongs to the local community centre only: staff of any hub see it.
      ['hub staff of any hub', 'sees it', YOUTH_MANAGER],
      ['the park admin', 'sees it', ADMIN],
    ])('%s %s', async (_story, outcome, who) => {
      const token = who ? tokens[who] : undefined;

      const data = await api.graphql.ok<{ stakeholder: { contactEmail: string | null } }>(
        query,
        { id: s3.id },
        { token },
      );

      expect(s3.contactEmail).toMatch(/^contact-s00003@/);
      expect(data.stakeholder.contactEmail).toBe(outcome === 'sees it' ? s3.contactEmail : null);
    });

    it('shows a member the contacts of their own stakeholder and of fellow hub members only', async () => {
      const nodes = await everyPage({}, 100, tokens[S3_MEMBER]);
      const fellows = await api.prisma.$queryRawUnsafe<{ id: string }[]>(
        `SELECT DISTINCT theirs.stakeholder_id AS id FROM memberships theirs
         JOIN memberships ours ON ours.hub_id = theirs.hub_id
         WHERE ours.stakeholder_id = $1::uuid AND ours.status = 'APPROVED'
           AND theirs.status = 'APPROVED' AND theirs.stakeholder_id IS NOT NULL`,
        s3.id,
      );

      expect(nodes).toHaveLength(302);
      expect(fellows.length).toBeGreaterThan(1);
      expect(idsOf(nodes.filter((node) => node.contactEmail)).sort()).toEqual(
        [...new Set([s3.id, ...fellows.map((row) => row.id)])].sort(),
      );
    });
  });

  describe('SQL statements per page', () => {
    const BUDGET = `
      query Budget($first: Int!, $withCount: Boolean!) {
        stakeholders(first: $first) {
          totalCount @include(if: $withCount)
          edges { node { id name contactEmail
            members { role user { displayName } }
            memberships(first: 3) { edges { node { status hub { name } } } } } }
          pageInfo { hasNextPage endCursor }
        }
      }`;
    const withCount = false;

    it('costs an anonymous caller the same few statements for 10 and for 100 stakeholders', async () => {
      const ten = await statementsFor(BUDGET, { first: 10, withCount });
      const hundred = await statementsFor(BUDGET, { first: 100, withCount });

      expect(hundred).toBe(ten);
      expect(ten).toBeLessThanOrEqual(6);
    });

    it('costs exactly one statement more with totalCount', async () => {
      const without = await statementsFor(BUDGET, { first: 10, withCount });
      const ten = await statementsFor(BUDGET, { first: 10, withCount: true });
      const hundred = await statementsFor(BUDGET, { first: 100, withCount: true });

      expect(ten).toBe(without + 1);
      expect(hundred).toBe(ten);
    });

    it('costs a signed-in viewer reading contact emails a bounded number, the same for 10 and 100', async () => {
      const anonymous = await statementsFor(BUDGET, { first: 10, withCount });

      const ten = await statementsFor(BUDGET, { first: 10, withCount }, tokens[S3_MEMBER]);
      const hundred = await statementsFor(BUDGET, { first: 100, withCount }, tokens[S3_MEMBER]);

      expect(hundred).toBe(ten);
      // The session behind the token and the viewer's roles: two statements each, once per request.
      expect(ten).toBeLessThanOrEqual(anonymous + 4);
      expect(ten).toBeLessThanOrEqual(9);
    });
  });
});
