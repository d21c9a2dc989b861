import {
  ActionMatrix,
  ANONYMOUS,
  disagreements,
  offered,
  readActions,
  tryEveryAction,
} from './support/available-actions';
import { Action, ok, PartnershipWorld, Who } from './support/partnerships';
import { SET_UP_MS } from './support/test-api';

// Partnership.availableActions against the mutations, for every state and every kind of
// viewer: each party's OWNER and a plain MEMBER, the reviewing hub's coordinator, another hub's
// manager, a park admin, an unrelated stakeholder owner, anonymous.

const STATES = [
  'PROPOSED',
  'AGREED',
  'ACTIVE',
  'COMPLETED',
  'TERMINATED',
  'DECLINED',
  'WITHDRAWN',
  'REJECTED',
] as const;
type State = (typeof STATES)[number];
// Separation of duties: a coordinator of the reviewing hub who is also a MEMBER of the proposer.
const INSIDER = 'insider' as Who;
const ROLES: Who[] = [
  INSIDER,
  'proposerOwner',
  'proposerMember',
  'partnerOwner',
  'partnerMember',
  'hubCoordinator',
  'otherHubStaff',
  'parkAdmin',
  'stranger',
  ANONYMOUS as Who,
];
const MOVES: Record<string, Action> = {
  ACCEPT: 'accept',
  DECLINE: 'decline',
  WITHDRAW: 'withdraw',
  APPROVE: 'approve',
  REJECT: 'reject',
  COMPLETE: 'complete',
  TERMINATE: 'terminate',
};
const COMMENT = `mutation Comment($id: ID!) {
  addPartnershipComment(id: $id, body: "Shall we meet on Tuesday?") { __typename } }`;
// Hidden partnerships answer NOT_FOUND to outsiders: they are offered nothing.
const READ = `query Read($id: ID!) { partnership(id: $id) { availableActions } }`;

let world: PartnershipWorld;
let insider: { token?: string };

const matrix: ActionMatrix<State, string> = {
  actions: [...Object.keys(MOVES), 'COMMENT'],
  roles: ROLES,
  build: (state) => world.inState(state),
  as: (_id, role) => (role === INSIDER ? insider : world.as(role as Who)),
  listed: (id, who) =>
    readActions(
      world.api,
      READ,
      { id },
      who,
      (data: { partnership: { availableActions: string[] } }) => data.partnership,
    ),
  attempt: (id, action, who, role) =>
    action === 'COMMENT'
      ? world.api.graphql.execute(COMMENT, { id }, who)
      : world.actAs(who, MOVES[action], id, `Said by ${role}`),
};

const EVERYONE_ELSE = { otherHubStaff: [], stranger: [], [ANONYMOUS]: [] };
const EXPECTED: Partial<Record<State, Record<string, string[]>>> = {
  PROPOSED: {
    [INSIDER]: ['COMMENT'],
    proposerOwner: ['COMMENT', 'WITHDRAW'],
    proposerMember: ['COMMENT'],
    partnerOwner: ['ACCEPT', 'COMMENT', 'DECLINE'],
    partnerMember: ['COMMENT'],
    hubCoordinator: ['COMMENT'],
    parkAdmin: ['COMMENT'],
    ...EVERYONE_ELSE,
  },
  ACTIVE: {
    [INSIDER]: ['COMMENT'],
    proposerOwner: ['COMMENT', 'TERMINATE'],
    proposerMember: ['COMMENT'],
    partnerOwner: ['COMMENT', 'TERMINATE'],
    partnerMember: ['COMMENT'],
    hubCoordinator: ['COMMENT', 'COMPLETE', 'TERMINATE'],
    parkAdmin: ['COMMENT', 'COMPLETE', 'TERMINATE'],
    ...EVERYONE_ELSE,
  },
};

beforeAll(async () => {
  world = await PartnershipWorld.start();
  const person = await world.park.hubStaff(
    await world.park.hub('social-economy-centre'),
    'COORDINATOR',
  );
  ok(
    await world.api.graphql.execute(
      `mutation ($id: ID!, $email: String!) {
        addStakeholderMember(stakeholderId: $id, email: $email, role: MEMBER) { stakeholder { id } } }`,
      { id: world.proposerId, email: person.email },
      world.as('proposerOwner'),
    ),
  );
  insider = person.as;
}, SET_UP_MS);
afterAll(() => world.close());

describe('Partnership.availableActions holds to the mutations', () => {
  it.each(STATES)(
    '%s: each viewer is offered exactly what succeeds',
    async (state) => {
      const outcomes = await tryEveryAction(matrix, state);
      expect(disagreements(outcomes)).toEqual([]);
      if (EXPECTED[state]) expect(offered(outcomes)).toEqual(EXPECTED[state]);
    },
    120_000,
  );
});
