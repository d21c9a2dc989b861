import { ActionMatrix, describeActions, listedBy } from './support/available-actions';
import { ok } from './support/partnerships';
import { Move, PATH_TO, ProjectWorld, Who } from './support/projects';

// Project.availableActions against the mutations, for every state and every kind of viewer:
// the lead's OWNER and a plain MEMBER, an ENGINEER of its team, a reviewer of its committee,
// the Youth Hub's coordinator, another hub's manager, a park admin, a stranger, anonymous.
// Every project has a team member and, where milestones can exist, an open milestone; one
// budget round of the hub is open for proposals throughout, for ENTER_ROUND.

const STATES = [
  'PROPOSED',
  'IN_REVIEW',
  'IN_REVIEW, reviewed by reviewer1',
  'APPROVED',
  'FUNDED',
  'IN_PROGRESS',
  'COMPLETED',
  'REJECTED',
  'CANCELLED',
] as const;
type State = (typeof STATES)[number];
// Separation of duties: a Youth Hub coordinator who is also a plain MEMBER of the lead.
const INSIDER = 'insider' as Who;
const ROLES: Who[] = [
  INSIDER,
  'leadOwner',
  'leadMember',
  'teamMember',
  'reviewer1',
  'hubCoordinator',
  'otherHubStaff',
  'parkAdmin',
  'stranger',
  'anonymous',
];
/** The flow's moves by their enum names; each takes the project's id (and the committee). */
const MOVES: Record<string, Move> = {
  ASSIGN_REVIEW: 'assignReview',
  APPROVE: 'approve',
  REJECT: 'reject',
  REQUEST_CHANGES: 'requestChanges',
  START: 'start',
  COMPLETE: 'complete',
  CANCEL: 'cancel',
  ALLOCATE_FUNDING: 'fund',
};
/** The work on a project that does not move it, with valid input. */
const WORK: Record<string, string> = {
  ADD_MEMBER: `mutation ($projectId: ID!, $userId: ID!) {
    addProjectMember(projectId: $projectId, userId: $userId, role: ENGINEER) { __typename } }`,
  SUBMIT_REVIEW: `mutation ($projectId: ID!) { submitProjectReview(projectId: $projectId, score: 4,
    recommendation: APPROVE, comment: "Clear and needed.") { __typename } }`,
  ADD_MILESTONE: `mutation ($projectId: ID!) {
    addMilestone(projectId: $projectId, title: "First 100 jobs on the map") { __typename } }`,
  COMPLETE_MILESTONE: `mutation ($milestoneId: ID!) { completeMilestone(id: $milestoneId) { __typename } }`,
  RECORD_OUTCOME: `mutation ($projectId: ID!) { recordOutcome(projectId: $projectId, input: {
    indicator: "Young people placed", value: 42, unit: "people", policyArea: ECONOMY_JOBS }) { __typename } }`,
  ENTER_ROUND: `mutation ($projectId: ID!, $roundId: ID!) {
    addProjectToRound(roundId: $roundId, projectId: $projectId) { __typename } }`,
};

interface Built {
  id: string;
  milestoneId: string;
}

let world: ProjectWorld;
let roundId: string;

/** A project with a team member, brought to `state`, with an open milestone where one can be. */
async function build(state: State): Promise<Built> {
  const id = ok(await world.propose()).proposeProject.id;
  await world.addTeamMember(id);
  for (const [who, move] of PATH_TO[state.split(',')[0]]) {
    if (move === 'start') await addMilestone(id);
    ok(await world.move(who, move, id));
  }
  if (state === 'IN_REVIEW, reviewed by reviewer1') {
    ok(await world.gql(WORK.SUBMIT_REVIEW, { projectId: id }, 'reviewer1'));
  }
  if (state === 'APPROVED' || state === 'FUNDED') await addMilestone(id);
  const milestone = await world.api.prisma.milestone.findFirst({ where: { projectId: id } });
  return { id, milestoneId: milestone?.id ?? '00000000-0000-4000-8000-000000000000' };
}

/** Its lead's owner adds an open milestone (the mutation's answer is not needed). */
async function addMilestone(projectId: string): Promise<void> {
  ok(await world.gql(WORK.ADD_MILESTONE, { projectId }, 'leadOwner'));
}

const matrix: ActionMatrix<State, Built> = {
  actions: [...Object.keys(MOVES), ...Object.keys(WORK)],
  roles: ROLES,
  build,
  as: (_project, role) => world.as(role as Who),
  listed: listedBy(
    () => world.api,
    'project',
    (project) => project.id,
  ),
  attempt: (project, action, _who, role) =>
    MOVES[action]
      ? world.move(role as Who, MOVES[action], project.id)
      : world.gql(
          WORK[action],
          {
            projectId: project.id,
            milestoneId: project.milestoneId,
            roundId,
            userId: world.userIds.reviewer3,
          },
          role as Who,
        ),
};

const EXPECTED: Partial<Record<State, Record<string, string[]>>> = {
  IN_REVIEW: {
    [INSIDER]: [],
    leadOwner: ['ADD_MEMBER', 'CANCEL'],
    leadMember: [],
    teamMember: [],
    reviewer1: ['SUBMIT_REVIEW'],
    hubCoordinator: ['ADD_MEMBER', 'APPROVE', 'CANCEL', 'REJECT', 'REQUEST_CHANGES'],
    otherHubStaff: [],
    parkAdmin: ['ADD_MEMBER', 'APPROVE', 'CANCEL', 'REJECT', 'REQUEST_CHANGES'],
    stranger: [],
    anonymous: [],
  },
  'IN_REVIEW, reviewed by reviewer1': {
    [INSIDER]: [],
    leadOwner: ['ADD_MEMBER', 'CANCEL'],
    leadMember: [],
    teamMember: [],
    reviewer1: [],
    hubCoordinator: ['ADD_MEMBER', 'APPROVE', 'CANCEL', 'REJECT', 'REQUEST_CHANGES'],
    otherHubStaff: [],
    parkAdmin: ['ADD_MEMBER', 'APPROVE', 'CANCEL', 'REJECT', 'REQUEST_CHANGES'],
    stranger: [],
    anonymous: [],
  },
  IN_PROGRESS: {
    [INSIDER]: [],
    leadOwner: [
      'ADD_MEMBER',
      'ADD_MILESTONE',
      'CANCEL',
      'COMPLETE',
      'COMPLETE_MILESTONE',
      'RECORD_OUTCOME',
    ],
    leadMember: [],
    teamMember: ['ADD_MILESTONE', 'COMPLETE_MILESTONE', 'RECORD_OUTCOME'],
    reviewer1: [],
    hubCoordinator: [
      'ADD_MEMBER',
      'ADD_MILESTONE',
      'CANCEL',
      'COMPLETE',
      'COMPLETE_MILESTONE',
      'RECORD_OUTCOME',
    ],
    otherHubStaff: [],
    parkAdmin: [
      'ADD_MEMBER',
      'ADD_MILESTONE',
      'CANCEL',
      'COMPLETE',
      'COMPLETE_MILESTONE',
      'RECORD_OUTCOME',
    ],
    stranger: [],
    anonymous: [],
  },
};

beforeAll(async () => {
  world = await ProjectWorld.start();
  const insider = await world.park.hubStaff(await world.park.hub('youth-hub'), 'COORDINATOR');
  (world.tokens as Record<string, string>)[INSIDER] = insider.token;
  await world.park.acceptInvitation(
    await world.park.invite(world.leadId, insider.email, 'MEMBER', { as: world.as('leadOwner') }),
    insider,
  );
  const { createBudgetRound } = ok(
    await world.gql<{ createBudgetRound: { id: string } }>(
      `mutation ($hubId: ID!) { createBudgetRound(input: { hubId: $hubId, title: "Open all year",
        totalBudget: 900000000, maxSelections: 3, tallyMethod: GREEDY }) { id } }`,
      { hubId: world.hubId },
      'hubManager',
    ),
  );
  roundId = createBudgetRound.id;
  ok(
    await world.gql(
      `mutation ($id: ID!) { openBudgetRound(id: $id) { __typename } }`,
      { id: roundId },
      'hubManager',
    ),
  );
}, 120_000);
afterAll(() => world.close());

describeActions({
  title: 'Project.availableActions holds to the mutations',
  states: STATES,
  matrix,
  expected: EXPECTED,
  timeoutMs: 180_000,
});
