import { ActionMatrix, ANONYMOUS, describeActions, readActions } from './support/available-actions';
import { Park, Person, Stakeholder, StakeholderRole, startPark } from './support/park';
import { SET_UP_MS, TestApi } from './support/test-api';

// StakeholderMember.availableActions against the people mutations, on someone else: a second
// OWNER, an ADMIN and a MEMBER of a stakeholder, for each kind of viewer (another OWNER, an
// ADMIN, a MEMBER, a park admin, a stranger, anonymous). LEAVE is only ever offered on oneself
// (the harness fails on any value outside `actions`); the stories below it cover oneself and
// the last owner.

const STATES = ['another OWNER', 'an ADMIN', 'a MEMBER'] as const;
type State = (typeof STATES)[number];
const TARGET: Record<State, StakeholderRole> = {
  'another OWNER': 'OWNER',
  'an ADMIN': 'ADMIN',
  'a MEMBER': 'MEMBER',
};
/** The role a change tries: one the rules allow whenever any is. */
const NEXT: Record<StakeholderRole, StakeholderRole> = {
  OWNER: 'ADMIN',
  ADMIN: 'MEMBER',
  MEMBER: 'ADMIN',
};
const OWNER = 'owner';
const ADMIN = 'admin';
const MEMBER = 'member';
const PARK_ADMIN = 'park admin';
const STRANGER = 'stranger';
const ROLES = [OWNER, ADMIN, MEMBER, PARK_ADMIN, STRANGER, ANONYMOUS];

const MUTATIONS: Record<string, string> = {
  CHANGE_ROLE: `mutation ($id: ID!, $userId: ID!, $role: StakeholderRole!) {
    changeStakeholderMemberRole(stakeholderId: $id, userId: $userId, role: $role) { __typename } }`,
  REMOVE: `mutation ($id: ID!, $userId: ID!) {
    removeStakeholderMember(stakeholderId: $id, userId: $userId) { __typename } }`,
  TRANSFER_OWNERSHIP: `mutation ($id: ID!, $userId: ID!) {
    transferStakeholderOwnership(stakeholderId: $id, userId: $userId) { __typename } }`,
};
const PEOPLE = `query ($id: ID!) { stakeholder(id: $id) {
  members { role user { id } availableActions } } }`;

interface Built {
  stakeholder: Stakeholder;
  target: Person;
  role: StakeholderRole;
  people: Record<string, Person>;
}

let api: TestApi;
let park: Park;
const cast: Record<string, Person> = {};

async function build(state: State): Promise<Built> {
  const stakeholder = await park.newStakeholder();
  const people = {
    [OWNER]: stakeholder.owner,
    [ADMIN]: await park.addMember(stakeholder, 'ADMIN'),
    [MEMBER]: await park.addMember(stakeholder, 'MEMBER'),
  };
  const target = await park.addMember(stakeholder, TARGET[state]);
  return { stakeholder, target, role: TARGET[state], people };
}

type Member = { role: string; user: { id: string }; availableActions: string[] };

async function actionsOn(stakeholderId: string, userId: string, who: { token?: string }) {
  return readActions(
    api,
    PEOPLE,
    { id: stakeholderId },
    who,
    (data: { stakeholder: { members: Member[] } }) =>
      data.stakeholder.members.find((member) => member.user.id === userId),
  );
}

const matrix: ActionMatrix<State, Built> = {
  actions: Object.keys(MUTATIONS),
  roles: ROLES,
  build,
  as: (built, role) => (role === ANONYMOUS ? {} : (built.people[role] ?? cast[role]).as),
  listed: (built, who) => actionsOn(built.stakeholder.id, built.target.id, who),
  attempt: (built, action, who) => {
    const variables = {
      id: built.stakeholder.id,
      userId: built.target.id,
      role: NEXT[built.role],
    };
    const used = Object.fromEntries(
      Object.entries(variables).filter(([name]) => MUTATIONS[action].includes(`$${name}:`)),
    );
    return api.graphql.execute(MUTATIONS[action], used, who);
  },
};

const ALL = ['CHANGE_ROLE', 'REMOVE', 'TRANSFER_OWNERSHIP'];
const EXPECTED: Record<State, Record<string, string[]>> = {
  'another OWNER': {
    [OWNER]: ALL,
    [ADMIN]: [],
    [MEMBER]: [],
    [PARK_ADMIN]: ['CHANGE_ROLE', 'REMOVE'],
    [STRANGER]: [],
    [ANONYMOUS]: [],
  },
  'an ADMIN': {
    [OWNER]: ALL,
    [ADMIN]: ['CHANGE_ROLE', 'REMOVE'],
    [MEMBER]: [],
    [PARK_ADMIN]: ['CHANGE_ROLE', 'REMOVE'],
    [STRANGER]: [],
    [ANONYMOUS]: [],
  },
  'a MEMBER': {
    [OWNER]: ALL,
    [ADMIN]: ['CHANGE_ROLE', 'REMOVE'],
    [MEMBER]: [],
    [PARK_ADMIN]: ['CHANGE_ROLE', 'REMOVE'],
    [STRANGER]: [],
    [ANONYMOUS]: [],
  },
};

beforeAll(async () => {
  ({ api, park } = await startPark());
  cast[PARK_ADMIN] = await park.parkAdmin();
  cast[STRANGER] = (await park.newStakeholder()).owner;
}, SET_UP_MS);
afterAll(() => api.close());

describeActions({
  title: 'StakeholderMember.availableActions holds to the people mutations',
  states: STATES,
  matrix,
  expected: EXPECTED,
  timeoutMs: 240_000,
});

describe('StakeholderMember.availableActions on oneself and the last owner', () => {
  const LEAVE = `mutation ($id: ID!) { leaveStakeholder(stakeholderId: $id) { __typename } }`;

  it('offers LEAVE to anyone but the last owner, who is offered nothing', async () => {
    const stakeholder = await park.newStakeholder();
    const member = await park.addMember(stakeholder, 'MEMBER');
    const admin = await park.addMember(stakeholder, 'ADMIN');
    const { owner } = stakeholder;

    expect(await actionsOn(stakeholder.id, owner.id, owner.as)).toEqual([]);
    expect(await actionsOn(stakeholder.id, owner.id, cast[PARK_ADMIN].as)).toEqual([]);
    expect(await actionsOn(stakeholder.id, member.id, member.as)).toEqual(['LEAVE']);
    // An admin may step down to MEMBER.
    expect(await actionsOn(stakeholder.id, admin.id, admin.as)).toEqual(['CHANGE_ROLE', 'LEAVE']);

    const lastOwner = await api.graphql.execute(LEAVE, { id: stakeholder.id }, owner.as);
    expect(lastOwner.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    await api.graphql.ok(LEAVE, { id: stakeholder.id }, member.as);
  });

  it('offers one of two owners a step down and leaving', async () => {
    const stakeholder = await park.newStakeholder();
    const second = await park.addMember(stakeholder, 'OWNER');

    expect(await actionsOn(stakeholder.id, second.id, second.as)).toEqual(['CHANGE_ROLE', 'LEAVE']);
    await api.graphql.ok(
      MUTATIONS.CHANGE_ROLE,
      { id: stakeholder.id, userId: second.id, role: 'ADMIN' },
      second.as,
    );
  });

  it('reads a list of 30 people in the same statements as a list of 3', async () => {
    const count = async (stakeholderId: string) => {
      const before = api.prisma.statementCount;
      await api.graphql.ok(PEOPLE, { id: stakeholderId }, cast[PARK_ADMIN].as);
      return api.prisma.statementCount - before;
    };
    const small = await park.newStakeholder();
    await park.addMembers(small, await park.newUsers(2));
    const large = await park.newStakeholder();
    await park.addMembers(large, await park.newUsers(29));

    expect(await count(large.id)).toBe(await count(small.id));
  });
});
