import { codeOf, freshEmail } from './support/responses';
import { Park, Person, startPark, TestApi } from './support';

// What strangers could learn by asking: whether an e-mail has an account (register; not
// addStakeholderMember, which invites any e-mail alike), and which memberships a stakeholder
// was refused or suspended from.
// Private partnerships and projects answering NOT_FOUND to mutations as to queries:
// partnership-workflow, partnership-reading, project-workflow and project-review.

const REGISTER = `
  mutation Register($input: RegisterInput!) { register(input: $input) { user { id } } }
`;
const ADD = `mutation Add($id: ID!, $email: String!, $role: StakeholderRole!) {
  addStakeholderMember(stakeholderId: $id, email: $email, role: $role) {
    invitation { email role status expiresAt } } }`;
const MEMBERSHIPS = `query ($id: ID!) {
  stakeholder(id: $id) { memberships(first: 100) { totalCount edges { node { id status } } } } }`;

let api: TestApi;
let park: Park;

beforeAll(async () => {
  ({ api, park } = await startPark({ REGISTER_LIMIT_PER_HOUR: '100', TRUST_PROXY: '1' }));
});
afterAll(() => api.close());

describe('register: a taken e-mail', () => {
  const register = (email: string, client: string) =>
    api.graphql.execute(
      REGISTER,
      { input: { email, password: 'correct horse battery', displayName: 'Seojun Lim' } },
      { headers: { 'x-forwarded-for': client } },
    );

  it('is CONFLICT twice an hour per address, then every sign-up from it is RATE_LIMITED', async () => {
    const client = '192.0.2.40';
    const taken = await Promise.all([1, 2, 3].map(() => park.newUser({ label: 'taken' })));
    expect(codeOf(await register(taken[0].email, client))).toBe('CONFLICT');
    expect(codeOf(await register(taken[1].email, client))).toBe('CONFLICT');

    // Taken or not, the answer is the same now: it tells nothing about the e-mail.
    const third = await register(taken[2].email, client);
    const fresh = freshEmail('fresh');
    const unused = await register(fresh, client);

    for (const answer of [third, unused]) {
      expect(codeOf(answer)).toBe('RATE_LIMITED');
      expect(answer.errors?.[0]?.extensions.retryAfterSeconds).toBeGreaterThan(0);
    }
    expect(await api.prisma.user.findUnique({ where: { email: fresh } })).toBeNull();
    // Another address has its own two.
    expect(codeOf(await register(taken[2].email, '192.0.2.41'))).toBe('CONFLICT');
  });

  it('holds the limit of two when taken e-mails are tried at once', async () => {
    const taken = await Promise.all(
      Array.from({ length: 6 }, () => park.newUser({ label: 'burst' })),
    );

    const answers = await Promise.all(taken.map((who) => register(who.email, '192.0.2.50')));

    expect(answers.filter((answer) => codeOf(answer) === 'CONFLICT')).toHaveLength(2);
    expect(answers.filter((answer) => codeOf(answer) === 'RATE_LIMITED')).toHaveLength(4);
  });
});

describe('addStakeholderMember: an e-mail without an account', () => {
  const add = (stakeholderId: string, email: string, who: Person) =>
    api.graphql.execute(ADD, { id: stakeholderId, email, role: 'MEMBER' }, who.as);

  it('tells anyone who may not add people nothing, account or not', async () => {
    const stakeholder = await park.newStakeholder();
    const member = await park.addMember(stakeholder, 'MEMBER');
    const someone = await park.newUser({ label: 'someone' });

    expect(codeOf(await add(stakeholder.id, someone.email, member))).toBe('FORBIDDEN');
    expect(codeOf(await add(stakeholder.id, freshEmail('nobody'), member))).toBe('FORBIDDEN');
  });

  it('answers an e-mail with an account as one without: an invitation, however many are tried', async () => {
    const stakeholder = await park.newStakeholder();
    const { owner } = stakeholder;
    // More than the five look-ups an hour the old add allowed: inviting tells nothing, so it
    // needs no limit.
    for (let n = 0; n < 7; n += 1) {
      expect((await add(stakeholder.id, freshEmail(`nobody-${n}`), owner)).errors).toBeUndefined();
    }
    const someone = await park.newUser({ label: 'someone' });
    const nobody = freshEmail('nobody-8');

    const known = await add(stakeholder.id, someone.email, owner);
    const unknown = await add(stakeholder.id, nobody, owner);

    const shape = (email: string) => ({
      addStakeholderMember: {
        invitation: { email, role: 'MEMBER', status: 'PENDING', expiresAt: expect.any(String) },
      },
    });
    expect([known.errors, unknown.errors]).toEqual([undefined, undefined]);
    expect(known.data).toEqual(shape(someone.email));
    expect(unknown.data).toEqual(shape(nobody));
    // Neither joins on the owner's word.
    expect(
      await api.prisma.stakeholderMember.count({
        where: { stakeholderId: stakeholder.id, userId: someone.id },
      }),
    ).toBe(0);
  });
});

describe('Stakeholder.memberships', () => {
  it('shows APPROVED memberships only to anyone but its own people and park admins', async () => {
    const [youth, social, local] = await Promise.all([
      park.hub('youth-hub'),
      park.hub('social-economy-centre'),
      park.hub('local-community-centre'),
    ]);
    const stakeholder = await park.newMember(youth);
    const admin = await park.admin();
    const rejected = await park.apply(social, stakeholder);
    await api.graphql.ok(
      `mutation ($id: ID!) { startMembershipReview(id: $id) { id } }`,
      {
        id: rejected,
      },
      admin.as,
    );
    await api.graphql.ok(
      `mutation ($id: ID!) { rejectMembership(id: $id, reason: "Not this year") { id } }`,
      { id: rejected },
      admin.as,
    );
    const submitted = await park.apply(local, stakeholder);
    const member = await park.addMember(stakeholder, 'MEMBER');
    const otherOwner = (await park.newStakeholder()).owner;
    const staffElsewhere = await park.manager(social);

    const seenBy = async (as: { token?: string }) => {
      const data = await api.graphql.ok<{
        stakeholder: {
          memberships: { totalCount: number; edges: { node: { id: string; status: string } }[] };
        };
      }>(MEMBERSHIPS, { id: stakeholder.id }, as);
      const { totalCount, edges } = data.stakeholder.memberships;
      return { totalCount, statuses: edges.map(({ node }) => node.status).sort() };
    };

    const everything = { totalCount: 3, statuses: ['APPROVED', 'REJECTED', 'SUBMITTED'] };
    const approved = { totalCount: 1, statuses: ['APPROVED'] };
    expect(await seenBy({})).toEqual(approved);
    expect(await seenBy(otherOwner.as)).toEqual(approved);
    // Staff read the others in their hub's queue, not on the public profile.
    expect(await seenBy(staffElsewhere.as)).toEqual(approved);
    expect(await seenBy(stakeholder.owner.as)).toEqual(everything);
    expect(await seenBy(member.as)).toEqual(everything);
    expect(await seenBy(admin.as)).toEqual(everything);
    expect(submitted).toBeTruthy();
  });
});
