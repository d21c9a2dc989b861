import { GraphqlError } from '@park/platform/testing';
import {
  DEMO_ADMIN as ADMIN,
  DEMO_YOUTH_MANAGER as YOUTH_MANAGER,
  demoPerson,
  startDemoPark,
} from './support/demo-park';
import { SET_UP_MS, TestApi } from './support/test-api';

// Changing the park directory: creating and editing stakeholders, adding their people, refusing
// bad input, and appointing hub staff. Reading lives in directory-browse.int-spec.ts.

const PASSWORD = 'park-commons-demo';
/** Stakeholder s00003 of the demo park has three people: -1 OWNER, -2 ADMIN, -3 MEMBER. */
const OWNER = demoPerson(3, 1);
const S3_ADMIN = demoPerson(3, 2);
const MEMBER = demoPerson(3, 3);
/** Owner of s00001, and of nothing else: a stranger to s00003. */
const STRANGER = demoPerson(1);
/** Registers during the stories: a newcomer to the park. */
const FOUNDER = 'founder@example.org';
/** Demo accounts of other stakeholders, to be added to s00003 or appointed as staff. */
const person = (n: number) => demoPerson(n);
let personSequence = 100;
const nextPerson = () => person((personSequence += 1));

const ANONYMOUS = 'anonymous';
type Who = string;

const REGISTER = `mutation Register($input: RegisterInput!) {
  register(input: $input) { accessToken user { id } } }`;
const STAKEHOLDER_FIELDS = `id name kind policyAreas tags description website contactEmail
  verified version members { role user { id displayName } }`;
const CREATE = `mutation Create($input: CreateStakeholderInput!) {
  createStakeholder(input: $input) { ${STAKEHOLDER_FIELDS} } }`;
const UPDATE = `mutation Update($id: ID!, $input: UpdateStakeholderInput!, $version: Int!) {
  updateStakeholder(id: $id, input: $input, version: $version) { id name description version } }`;
const ADD_MEMBER = `mutation Add($stakeholderId: ID!, $email: String!, $role: StakeholderRole!) {
  addStakeholderMember(stakeholderId: $stakeholderId, email: $email, role: $role) {
    stakeholder { members { role } } invitation { id email role status } } }`;
const ACCEPT = `mutation Accept($id: ID!) { acceptStakeholderInvitation(id: $id) {
  stakeholder { members { role user { displayName } } } member { role user { displayName } } } }`;
const ASSIGN = `mutation Assign($hubId: ID!, $userId: ID!, $role: HubStaffRole!) {
  assignHubStaff(hubId: $hubId, userId: $userId, role: $role) {
    id role hub { slug } user { id } } }`;

interface Created {
  id: string;
  name: string;
  version: number;
  contactEmail: string | null;
  members: { role: string; user: { id: string; displayName: string } }[];
}
type Variables = Record<string, unknown>;

let api: TestApi;
const tokens: Record<Who, string | undefined> = { [ANONYMOUS]: undefined };
let sequence = 0;

let login: (email: string) => Promise<string>;

/** Signs in as `email` once its address is verified: only then may they answer an invitation. */
async function verifiedLogin(email: string): Promise<string> {
  await api.prisma.user.update({ where: { email }, data: { emailVerifiedAt: new Date() } });
  return login(email);
}

function as(who: Who) {
  return { token: tokens[who] };
}

/** Runs an operation as someone and returns its first error (failing the test if none). */
function refusal(who: Who, query: string, variables: Variables): Promise<GraphqlError> {
  return api.graphql.errorCode(query, variables, as(who));
}

/** A name no stakeholder has yet. */
function freshName(label = 'Test Collective'): string {
  sequence += 1;
  return `${label} ${sequence}`;
}

async function create(who: Who, input: Variables = {}): Promise<Created> {
  const data = await api.graphql.ok<{ createStakeholder: Created }>(
    CREATE,
    { input: { name: freshName(), kind: 'NON_PROFIT', ...input } },
    as(who),
  );
  return data.createStakeholder;
}

function row(id: string) {
  return api.prisma.stakeholder.findUniqueOrThrow({ where: { id }, include: { members: true } });
}

function userId(email: string): Promise<string> {
  return api.prisma.user.findUniqueOrThrow({ where: { email } }).then((user) => user.id);
}

describe('directory: editing stakeholders and hub staff', () => {
  let s3: string;
  let youthHubId: string;

  beforeAll(async () => {
    ({ api, login } = await startDemoPark(300));
    for (const email of [ADMIN, YOUTH_MANAGER, OWNER, S3_ADMIN, MEMBER, STRANGER]) {
      tokens[email] = await login(email);
    }
    s3 = (
      await api.prisma.stakeholderMember.findFirstOrThrow({ where: { user: { email: OWNER } } })
    ).stakeholderId;
    youthHubId = (await api.prisma.hub.findUniqueOrThrow({ where: { slug: 'youth-hub' } })).id;
  }, SET_UP_MS);
  afterAll(() => api?.close());

  describe('creating a stakeholder', () => {
    it('makes a newly registered person its OWNER', async () => {
      const registered = await api.graphql.ok<{
        register: { accessToken: string; user: { id: string } };
      }>(REGISTER, {
        input: { email: FOUNDER, password: PASSWORD, displayName: 'Seoyeon Han' },
      });
      tokens[FOUNDER] = registered.register.accessToken;

      const created = await create(FOUNDER, {
        name: '  Eunpyeong Repair Café  ',
        kind: 'SOCIAL_ENTERPRISE',
        policyAreas: ['ENVIRONMENT_CLIMATE', 'ECONOMY_JOBS'],
        tags: [' repair ', '수리'],
        description: '고장 난 물건을 함께 고칩니다.',
        website: 'https://repair.example.org',
        contactEmail: 'hello@repair.example.org',
      });

      expect(created).toEqual({
        id: expect.any(String),
        name: 'Eunpyeong Repair Café',
        kind: 'SOCIAL_ENTERPRISE',
        policyAreas: ['ENVIRONMENT_CLIMATE', 'ECONOMY_JOBS'],
        tags: ['repair', '수리'],
        description: '고장 난 물건을 함께 고칩니다.',
        website: 'https://repair.example.org',
        contactEmail: 'hello@repair.example.org',
        verified: false,
        version: 1,
        members: [
          { role: 'OWNER', user: { id: registered.register.user.id, displayName: 'Seoyeon Han' } },
        ],
      });
      expect((await row(created.id)).members).toHaveLength(1);
    });

    it('refuses an anonymous caller, creating nothing', async () => {
      const before = await api.prisma.stakeholder.count();

      const error = await refusal(ANONYMOUS, CREATE, {
        input: { name: 'Ghost Co', kind: 'STARTUP' },
      });

      expect(error.extensions.code).toBe('UNAUTHENTICATED');
      expect(await api.prisma.stakeholder.count()).toBe(before);
    });
  });

  describe('updating a stakeholder', () => {
    it.each<[string, string, Who]>([
      ['its OWNER', 'succeeds', OWNER],
      ['its ADMIN', 'succeeds', S3_ADMIN],
      ['a park admin', 'succeeds', ADMIN],
      ['its MEMBER', 'FORBIDDEN', MEMBER],
      ['a stranger', 'FORBIDDEN', STRANGER],
      ['hub staff', 'FORBIDDEN', YOUTH_MANAGER],
      ['an anonymous caller', 'UNAUTHENTICATED', ANONYMOUS],
    ])('by %s: %s', async (_story, outcome, who) => {
      const before = await row(s3);
      const variables = {
        id: s3,
        version: before.version,
        input: { description: `Edited by ${who}` },
      };

      if (outcome === 'succeeds') {
        const data = await api.graphql.ok<{ updateStakeholder: unknown }>(
          UPDATE,
          variables,
          as(who),
        );
        expect(data.updateStakeholder).toEqual({
          id: s3,
          name: before.name,
          description: `Edited by ${who}`,
          version: before.version + 1,
        });
      } else {
        expect((await refusal(who, UPDATE, variables)).extensions.code).toBe(outcome);
        expect(await row(s3)).toEqual(before);
      }
    });

    it('refuses a stale version with CONFLICT, changing nothing', async () => {
      const { id } = await create(OWNER);
      await api.graphql.ok(UPDATE, { id, version: 1, input: { description: 'first' } }, as(OWNER));
      const before = await row(id);

      const error = await refusal(OWNER, UPDATE, {
        id,
        version: 1,
        input: { description: 'second', name: freshName() },
      });

      expect(error.extensions.code).toBe('CONFLICT');
      expect(error.extensions.currentVersion).toBe(2);
      expect(await row(id)).toEqual(before);
    });

    it('lets exactly one of two simultaneous updates of the same version win', async () => {
      const { id } = await create(OWNER);

      const results = await Promise.all(
        ['left', 'right'].map((description) =>
          api.graphql.execute<{ updateStakeholder: { description: string } }>(
            UPDATE,
            { id, version: 1, input: { description } },
            as(OWNER),
          ),
        ),
      );

      const winners = results.filter((result) => result.data?.updateStakeholder);
      const losers = results.filter((result) => result.errors);
      expect(winners).toHaveLength(1);
      expect(losers.map((result) => result.errors?.[0]?.extensions.code)).toEqual(['CONFLICT']);
      const stored = await row(id);
      expect(stored.version).toBe(2);
      expect(stored.description).toBe(winners[0]?.data?.updateStakeholder.description);
    });

    it('refuses a name another stakeholder has, whatever its case, changing nothing', async () => {
      const taken = await create(OWNER, { name: freshName('Taken Name') });
      const { id } = await create(OWNER);
      const before = await row(id);

      const error = await refusal(OWNER, UPDATE, {
        id,
        version: 1,
        input: { name: taken.name.toUpperCase() },
      });

      expect(error.extensions.code).toBe('CONFLICT');
      expect(error.extensions.fields).toEqual(['name']);
      expect(await row(id)).toEqual(before);
    });

    it('answers NOT_FOUND for a stakeholder that does not exist', async () => {
      const error = await refusal(ADMIN, UPDATE, {
        id: '00000000-0000-4000-8000-000000000000',
        version: 1,
        input: { description: 'nobody' },
      });

      expect(error.extensions.code).toBe('NOT_FOUND');
    });
  });

  it('removes the website and contact email when an update sets them to an empty string', async () => {
    const before = await api.prisma.stakeholder.findUniqueOrThrow({ where: { id: s3 } });
    expect(before.website).not.toBeNull();

    await api.graphql.ok(
      UPDATE,
      { id: s3, version: before.version, input: { website: '', contactEmail: '  ' } },
      as(OWNER),
    );

    const after = await api.prisma.stakeholder.findUniqueOrThrow({ where: { id: s3 } });
    expect(after).toMatchObject({ website: null, contactEmail: null, version: before.version + 1 });
  });

  describe('inviting people to a stakeholder', () => {
    interface Invited {
      addStakeholderMember: { invitation: { id: string; email: string; role: string } };
    }

    it.each<[string, string, Who, string]>([
      ['its ADMIN invites a MEMBER', 'succeeds', S3_ADMIN, 'MEMBER'],
      ['its ADMIN invites an ADMIN', 'succeeds', S3_ADMIN, 'ADMIN'],
      ['its OWNER invites an OWNER', 'succeeds', OWNER, 'OWNER'],
      ['a park admin invites an OWNER', 'succeeds', ADMIN, 'OWNER'],
      ['its ADMIN invites an OWNER', 'FORBIDDEN', S3_ADMIN, 'OWNER'],
      ['its MEMBER invites a MEMBER', 'FORBIDDEN', MEMBER, 'MEMBER'],
      ['a stranger invites a MEMBER', 'FORBIDDEN', STRANGER, 'MEMBER'],
      ['hub staff invite a MEMBER', 'FORBIDDEN', YOUTH_MANAGER, 'MEMBER'],
      ['an anonymous caller invites a MEMBER', 'UNAUTHENTICATED', ANONYMOUS, 'MEMBER'],
    ])('%s: %s', async (_story, outcome, who, role) => {
      const email = nextPerson();
      const before = (await row(s3)).members.length;
      const variables = { stakeholderId: s3, email: email.toUpperCase(), role };

      if (outcome === 'succeeds') {
        const { addStakeholderMember } = await api.graphql.ok<Invited>(
          ADD_MEMBER,
          variables,
          as(who),
        );
        expect(addStakeholderMember.invitation).toMatchObject({ email, role, status: 'PENDING' });
        // Nobody joins until they say so.
        expect((await row(s3)).members).toHaveLength(before);

        await api.graphql.ok(
          ACCEPT,
          { id: addStakeholderMember.invitation.id },
          { token: await verifiedLogin(email) },
        );
        const stored = await api.prisma.stakeholderMember.findFirstOrThrow({
          where: { stakeholderId: s3, user: { email } },
        });
        expect(stored.role).toBe(role);
        expect((await row(s3)).members).toHaveLength(before + 1);
      } else {
        expect((await refusal(who, ADD_MEMBER, variables)).extensions.code).toBe(outcome);
        expect(await api.prisma.stakeholderInvitation.count({ where: { email } })).toBe(0);
      }
    });

    it('shows the person in the members list with their role once they accept', async () => {
      const email = person(290);
      const expected = await api.prisma.user.findUniqueOrThrow({ where: { email } });
      const { addStakeholderMember } = await api.graphql.ok<Invited>(
        ADD_MEMBER,
        { stakeholderId: s3, email, role: 'MEMBER' },
        as(OWNER),
      );

      const data = await api.graphql.ok<{
        acceptStakeholderInvitation: {
          stakeholder: { members: { role: string; user: { displayName: string } }[] };
          member: { role: string; user: { displayName: string } };
        };
      }>(ACCEPT, { id: addStakeholderMember.invitation.id }, { token: await verifiedLogin(email) });

      const added = { role: 'MEMBER', user: { displayName: expected.displayName } };
      expect(data.acceptStakeholderInvitation.stakeholder.members).toContainEqual(added);
      expect(data.acceptStakeholderInvitation.member).toEqual(added);
    });

    it('refuses someone who is already a member, inviting nobody', async () => {
      const before = await row(s3);

      const error = await refusal(OWNER, ADD_MEMBER, {
        stakeholderId: s3,
        email: MEMBER,
        role: 'ADMIN',
      });

      expect(error.extensions).toMatchObject({ code: 'CONFLICT', fields: ['email'] });
      expect(await row(s3)).toEqual(before);
      expect(await api.prisma.stakeholderInvitation.count({ where: { email: MEMBER } })).toBe(0);
    });
  });

  describe('refusing bad input', () => {
    it('refuses a name that differs from an existing one only in case, creating nothing', async () => {
      const { name } = await create(OWNER, { name: freshName('Mangwon Bike Kitchen') });
      const before = await api.prisma.stakeholder.count();

      const error = await refusal(STRANGER, CREATE, {
        input: { name: name.toLowerCase(), kind: 'STARTUP' },
      });

      expect(error.extensions.code).toBe('CONFLICT');
      expect(error.extensions.fields).toEqual(['name']);
      expect(await api.prisma.stakeholder.count()).toBe(before);
    });

    it.each<[string, Variables, string]>([
      ['an empty name', { name: '' }, 'name'],
      ['a one-character name', { name: 'x' }, 'name'],
      ['a name of only spaces', { name: '    ' }, 'name'],
      ['an ftp website', { website: 'ftp://x' }, 'website'],
      ['a website that is not a URL', { website: 'not a url' }, 'website'],
      ['a malformed contact email', { contactEmail: 'hello@' }, 'contactEmail'],
      ['an unknown kind', { kind: 'SPACESHIP' }, 'kind'],
      ['an unknown policy area', { policyAreas: ['WEATHER'] }, 'policyAreas'],
    ])(
      'refuses %s as BAD_USER_INPUT naming the field, creating nothing',
      async (_s, bad, field) => {
        const before = await api.prisma.stakeholder.count();

        const error = await refusal(OWNER, CREATE, {
          input: { name: freshName(), kind: 'STARTUP', ...bad },
        });

        expect(error.extensions.code).toBe('BAD_USER_INPUT');
        expect(error.extensions.fields).toEqual([
          expect.stringMatching(new RegExp(`^${field}\\b`)),
        ]);
        expect(await api.prisma.stakeholder.count()).toBe(before);
      },
    );

    it('refuses an unknown kind written inline in the document, naming the field', async () => {
      const before = await api.prisma.stakeholder.count();

      const error = await refusal(
        OWNER,
        `mutation { createStakeholder(input: { name: "${freshName()}", kind: SPACESHIP }) { id } }`,
        {},
      );

      expect(error.extensions.code).toBe('BAD_USER_INPUT');
      expect(error.extensions.fields).toEqual(['kind']);
      expect(await api.prisma.stakeholder.count()).toBe(before);
    });

    it.each<[string, Variables, string]>([
      ['a one-character name', { name: 'x' }, 'name'],
      ['a website that is not a URL', { website: 'not a url' }, 'website'],
      ['a malformed contact email', { contactEmail: 'hello@' }, 'contactEmail'],
      // Absent leaves a field as it is; null would empty a column that must have a value.
      ['a null name', { name: null }, 'name'],
      ['a null kind', { kind: null }, 'kind'],
      ['a null description', { description: null }, 'description'],
      ['null tags', { tags: null }, 'tags'],
      ['null policy areas', { policyAreas: null }, 'policyAreas'],
    ])(
      'refuses an update with %s, naming the field and changing nothing',
      async (_s, bad, field) => {
        const before = await row(s3);

        const error = await refusal(OWNER, UPDATE, { id: s3, version: before.version, input: bad });

        expect(error.extensions.code).toBe('BAD_USER_INPUT');
        expect(error.extensions.fields).toEqual([field]);
        expect(await row(s3)).toEqual(before);
      },
    );

    it.each<[string, string, Variables, string]>([
      ['stakeholder', 'query One($id: ID!) { stakeholder(id: $id) { id } }', { id: '42' }, 'id'],
      [
        'updateStakeholder',
        UPDATE,
        { id: 'not-a-uuid', version: 1, input: { description: 'x' } },
        'id',
      ],
      [
        'addStakeholderMember',
        ADD_MEMBER,
        { stakeholderId: 'not-a-uuid', email: MEMBER, role: 'MEMBER' },
        'stakeholderId',
      ],
    ])('refuses a non-UUID id in %s, naming it', async (_operation, query, variables, field) => {
      const error = await refusal(OWNER, query, variables);

      expect(error.extensions.code).toBe('BAD_USER_INPUT');
      expect(error.extensions.fields).toEqual([field]);
    });
  });

  describe('appointing hub staff', () => {
    const staffQuery = '{ hub(slug: "youth-hub") { staff { role user { id } } } }';

    it('lets a park admin appoint a COORDINATOR and then make them MANAGER, in one row', async () => {
      const appointee = await userId(person(200));

      const first = await api.graphql.ok<{ assignHubStaff: { id: string } }>(
        ASSIGN,
        { hubId: youthHubId, userId: appointee, role: 'COORDINATOR' },
        as(ADMIN),
      );
      const second = await api.graphql.ok<{ assignHubStaff: { id: string } }>(
        ASSIGN,
        { hubId: youthHubId, userId: appointee, role: 'MANAGER' },
        as(ADMIN),
      );

      expect(first.assignHubStaff).toEqual({
        id: expect.any(String),
        role: 'COORDINATOR',
        hub: { slug: 'youth-hub' },
        user: { id: appointee },
      });
      expect(second.assignHubStaff).toEqual({ ...first.assignHubStaff, role: 'MANAGER' });
      expect(
        await api.prisma.hubStaff.count({ where: { hubId: youthHubId, userId: appointee } }),
      ).toBe(1);
      const { hub } = await api.graphql.ok<{ hub: { staff: { role: string }[] } }>(staffQuery);
      expect(hub.staff).toContainEqual({ role: 'MANAGER', user: { id: appointee } });
    });

    it.each<[string, string, Who]>([
      ['hub staff', 'FORBIDDEN', YOUTH_MANAGER],
      ['a stakeholder member', 'FORBIDDEN', MEMBER],
      ['an anonymous caller', 'UNAUTHENTICATED', ANONYMOUS],
    ])('refuses %s with %s, appointing nobody', async (_story, code, who) => {
      const before = await api.prisma.hubStaff.count();

      const error = await refusal(who, ASSIGN, {
        hubId: youthHubId,
        userId: await userId(person(201)),
        role: 'COORDINATOR',
      });

      expect(error.extensions.code).toBe(code);
      expect(await api.prisma.hubStaff.count()).toBe(before);
    });

    it.each([
      ['hub', { hubId: '00000000-0000-4000-8000-000000000000' }],
      ['user', { userId: '00000000-0000-4000-8000-000000000000' }],
    ])('answers NOT_FOUND for an unknown %s', async (_story, unknown) => {
      const error = await refusal(ADMIN, ASSIGN, {
        hubId: youthHubId,
        userId: await userId(person(202)),
        role: 'MANAGER',
        ...unknown,
      });

      expect(error.extensions.code).toBe('NOT_FOUND');
    });
  });
});
