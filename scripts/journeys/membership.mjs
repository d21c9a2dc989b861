// The membership journey against a running API (default http://localhost:3000/graphql, demo data):
// a newcomer registers, creates a stakeholder and applies to the Youth Hub; the Youth Hub manager
// starts the review and approves; the applicant sees APPROVED, the history and a notification;
// the hub's stats count the new member.  Usage: node scripts/journeys/membership.mjs [url]
import { client, step } from './graphql-client.mjs';

const gql = client(process.argv[2] ?? 'http://localhost:3000/graphql');
const suffix = Date.now().toString(36);

const { register } = await gql(
  `mutation Register($input: RegisterInput!) { register(input: $input) { accessToken user { displayName } } }`,
  {
    input: {
      email: `jiwoo-${suffix}@example.org`,
      password: 'a long password',
      displayName: 'Jiwoo Han',
    },
  },
);
const applicant = register.accessToken;
step(`registered ${register.user.displayName}`);

const { createStakeholder } = await gql(
  `mutation Create($input: CreateStakeholderInput!) { createStakeholder(input: $input) { id name } }`,
  {
    input: {
      name: `은평 청년 기후행동 ${suffix}`,
      kind: 'YOUTH_GROUP',
      policyAreas: ['ENVIRONMENT_CLIMATE'],
    },
  },
  applicant,
);
step(`created stakeholder ${createStakeholder.name}`);

const { hub } = await gql('{ hub(slug: "youth-hub") { id name stats { activeMembers } } }');
const { applyForMembership } = await gql(
  `mutation Apply($input: ApplyForMembershipInput!) { applyForMembership(input: $input) { id status } }`,
  {
    input: {
      hubId: hub.id,
      stakeholderId: createStakeholder.id,
      plan: 'COWORKING',
      motivation: 'We run youth climate campaigns and need a base in the park.',
    },
  },
  applicant,
);
step(`applied to ${hub.name}: ${applyForMembership.status}`);

const { login } = await gql(
  `mutation { login(input: { email: "youth-manager@parkcommons.example", password: "park-commons-demo" }) { accessToken } }`,
);
const manager = login.accessToken;
const id = applyForMembership.id;
await gql(`mutation ($id: ID!) { startMembershipReview(id: $id) { status } }`, { id }, manager);
const { approveMembership } = await gql(
  `mutation ($id: ID!) { approveMembership(id: $id, note: "Welcome!") { status } }`,
  { id },
  manager,
);
step(`the Youth Hub manager reviewed and approved: ${approveMembership.status}`);

const seen = await gql(
  `query ($id: ID!) {
    membership(id: $id) { status history { action to actor { displayName } note } }
    notifications(unreadOnly: true) { edges { node { kind message } } } }`,
  { id },
  applicant,
);
if (seen.membership.status !== 'APPROVED') throw new Error(`status is ${seen.membership.status}`);
for (const event of seen.membership.history) {
  step(
    `history: ${event.action} → ${event.to} by ${event.actor?.displayName}${event.note ? ` (${event.note})` : ''}`,
  );
}
const notice = seen.notifications.edges.find((edge) => edge.node.kind === 'MEMBERSHIP_APPROVE');
if (!notice) throw new Error('no approval notification');
step(`notification: ${notice.node.message}`);

const after = await gql('{ hub(slug: "youth-hub") { stats { activeMembers } } }');
if (after.hub.stats.activeMembers !== hub.stats.activeMembers + 1)
  throw new Error('stats did not count the member');
step(`${hub.name} now has ${after.hub.stats.activeMembers} active members`);
