import { PartnershipStatus } from '@park/platform/database';
import { ActionMatrix, ANONYMOUS, describeActions, listedBy } from './support/available-actions';
import { Action, PartnershipWorld, Who } from './support/partnerships';
import { SET_UP_MS } from './support/test-api';

// Partnership.availableActions against the mutations, for every state and every kind of
// viewer: each party's OWNER and a plain MEMBER, the reviewing hub's coordinator, another hub's
// manager, a park admin, an unrelated stakeholder owner, anonymous.

// Every state, in the schema's order.
const STATES = Object.values(PartnershipStatus);
type State = PartnershipStatus;
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

let world: PartnershipWorld;
let insider: { token?: string };

const matrix: ActionMatrix<State, string> = {
  actions: [...Object.keys(MOVES), 'COMMENT'],
  roles: ROLES,
  build: (state) => world.inState(state),
  as: (_id, role) => (role === INSIDER ? insider : world.as(role as Who)),
  // Hidden partnerships answer NOT_FOUND to outsiders: they are offered nothing.
  listed: listedBy(
    () => world.api,
    'partnership',
    (id) => id,
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
  await world.park.acceptInvitation(
    await world.park.invite(world.proposerId, person.email, 'MEMBER', {
      as: world.as('proposerOwner'),
    }),
    person,
  );
  insider = person.as;
}, SET_UP_MS);
afterAll(() => world.close());

describeActions({
  title: 'Partnership.availableActions holds to the mutations',
  states: STATES,
  matrix,
  expected: EXPECTED,
});
