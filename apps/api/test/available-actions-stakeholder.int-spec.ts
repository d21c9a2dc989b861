import { ActionMatrix, ANONYMOUS, describeActions, listedBy } from './support/available-actions';
import { Hub, Park, Person, Stakeholder, startPark } from './support/park';
import { SET_UP_MS, TestApi } from './support/test-api';
import { seoulDay } from './support/time';

// Stakeholder.availableActions against the mutations on a profile and those that act for it,
// for a stakeholder in no hub and one that is an APPROVED Youth Hub member, and for each kind of
// viewer: its OWNER, ADMIN and a plain MEMBER, the Youth Hub's coordinator, a park admin, a
// stranger, anonymous. Applying and proposing a partnership go to the Social Economy Support
// Centre (the member already holds its Youth Hub membership); projects are proposed in the
// Youth Hub, which needs an APPROVED membership there.

const STATES = ['in no hub', 'a Youth Hub member'] as const;
type State = (typeof STATES)[number];
const OWNER = 'owner';
const ADMIN = 'admin';
const MEMBER = 'member';
const STAFF = 'youth coordinator';
const PARK_ADMIN = 'park admin';
const STRANGER = 'stranger';
const ROLES = [OWNER, ADMIN, MEMBER, STAFF, PARK_ADMIN, STRANGER, ANONYMOUS];

const MUTATIONS: Record<string, string> = {
  EDIT: `mutation ($id: ID!, $version: Int!) {
    updateStakeholder(id: $id, version: $version, input: { description: "Now with a workshop." }) { __typename } }`,
  ADD_MEMBER: `mutation ($id: ID!, $email: String!) {
    addStakeholderMember(stakeholderId: $id, email: $email, role: MEMBER) { __typename } }`,
  APPLY_FOR_MEMBERSHIP: `mutation ($id: ID!, $social: ID!) { applyForMembership(input: {
    hubId: $social, stakeholderId: $id, plan: COWORKING, motivation: "A desk, please." }) { __typename } }`,
  PROPOSE_PARTNERSHIP: `mutation ($id: ID!, $partnerId: ID!, $social: ID!, $startsOn: Date!) {
    proposePartnership(input: { proposerId: $id, partnerId: $partnerId, hubId: $social,
      kind: PROGRAMME, title: "Repair cafés", summary: "Monthly repair cafés run together in the park and in two districts.",
      policyAreas: [ENVIRONMENT_CLIMATE], startsOn: $startsOn }) { __typename } }`,
  PROPOSE_PROJECT: `mutation ($id: ID!, $youth: ID!) { proposeProject(input: { hubId: $youth,
    leadStakeholderId: $id, title: "Youth job map", summary: "A map of first jobs and internships, made with young people in Eunpyeong.",
    policyAreas: [ECONOMY_JOBS], requestedBudget: 1000000 }) { __typename } }`,
};

interface Built {
  stakeholder: Stakeholder;
  people: Record<string, Person>;
  colleague: Person;
}

let api: TestApi;
let park: Park;
let youth: Hub;
let social: Hub;
let partnerId: string;
const cast: Record<string, Person> = {};

async function build(state: State): Promise<Built> {
  const stakeholder = await park.newStakeholder({ kind: 'NON_PROFIT' });
  const people = {
    [OWNER]: stakeholder.owner,
    [ADMIN]: await park.addMember(stakeholder, 'ADMIN'),
    [MEMBER]: await park.addMember(stakeholder, 'MEMBER'),
  };
  if (state === 'a Youth Hub member') await park.newMember(youth, stakeholder);
  return { stakeholder, people, colleague: await park.newUser({ label: 'colleague' }) };
}

const matrix: ActionMatrix<State, Built> = {
  actions: Object.keys(MUTATIONS),
  roles: ROLES,
  build,
  as: (built, role) => (role === ANONYMOUS ? {} : (built.people[role] ?? cast[role]).as),
  listed: listedBy(
    () => api,
    'stakeholder',
    (built) => built.stakeholder.id,
  ),
  attempt: async (built, action, who) => {
    const { version } = await api.prisma.stakeholder.findUniqueOrThrow({
      where: { id: built.stakeholder.id },
    });
    const variables = {
      id: built.stakeholder.id,
      version,
      email: built.colleague.email,
      social: social.id,
      youth: youth.id,
      partnerId,
      startsOn: seoulDay(7),
    };
    // Each document declares only the variables it uses.
    const used = Object.fromEntries(
      Object.entries(variables).filter(([name]) => MUTATIONS[action].includes(`$${name}:`)),
    );
    return api.graphql.execute(MUTATIONS[action], used, who);
  },
};

const MANAGER = ['ADD_MEMBER', 'APPLY_FOR_MEMBERSHIP', 'EDIT', 'PROPOSE_PARTNERSHIP'];
const EXPECTED: Record<State, Record<string, string[]>> = {
  'in no hub': {
    [OWNER]: MANAGER,
    [ADMIN]: MANAGER,
    [MEMBER]: [],
    [STAFF]: [],
    [PARK_ADMIN]: ['ADD_MEMBER', 'EDIT'],
    [STRANGER]: [],
    [ANONYMOUS]: [],
  },
  'a Youth Hub member': {
    [OWNER]: [...MANAGER, 'PROPOSE_PROJECT'],
    [ADMIN]: [...MANAGER, 'PROPOSE_PROJECT'],
    [MEMBER]: [],
    [STAFF]: [],
    [PARK_ADMIN]: ['ADD_MEMBER', 'EDIT'],
    [STRANGER]: [],
    [ANONYMOUS]: [],
  },
};

beforeAll(async () => {
  ({ api, park } = await startPark());
  [youth, social] = [await park.hub('youth-hub'), await park.hub('social-economy-centre')];
  cast[STAFF] = await park.hubStaff(youth, 'COORDINATOR');
  cast[PARK_ADMIN] = await park.parkAdmin();
  cast[STRANGER] = (await park.newStakeholder()).owner;
  partnerId = (await park.newStakeholder({ kind: 'PRIVATE_FIRM' })).id;
}, SET_UP_MS);
afterAll(() => api.close());

describeActions({
  title: 'Stakeholder.availableActions holds to the mutations',
  states: STATES,
  matrix,
  expected: EXPECTED,
});
