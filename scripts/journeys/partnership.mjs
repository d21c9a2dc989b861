// The NGO's partnership journey against a running API (default http://localhost:3000/graphql,
// demo data): a non-profit proposes a DATA partnership to a private firm in the Social Economy
// Support Centre; the firm accepts; the centre's manager approves; the partnership is ACTIVE on
// both profiles and its history names each step's actor.
// Usage: node scripts/journeys/partnership.mjs [url]
import { client, step } from './graphql-client.mjs';

const gql = client(process.argv[2] ?? 'http://localhost:3000/graphql');
const suffix = Date.now().toString(36);

async function newcomer(displayName, email, name, kind) {
  const { register } = await gql(
    `mutation Register($input: RegisterInput!) { register(input: $input) { accessToken } }`,
    { input: { email, password: 'a long password', displayName } },
  );
  const { createStakeholder } = await gql(
    `mutation Create($input: CreateStakeholderInput!) { createStakeholder(input: $input) { id name kind } }`,
    { input: { name, kind, policyAreas: ['ENVIRONMENT_CLIMATE'] } },
    register.accessToken,
  );
  step(
    `${displayName} registered and created ${createStakeholder.name} (${createStakeholder.kind})`,
  );
  return { token: register.accessToken, stakeholder: createStakeholder };
}

const ngo = await newcomer(
  'Minji Seo',
  `minji-${suffix}@example.org`,
  `녹색서울 시민네트워크 ${suffix}`,
  'NON_PROFIT',
);
const firm = await newcomer(
  'Daniel Park',
  `daniel-${suffix}@example.org`,
  `CitySense Analytics ${suffix}`,
  'PRIVATE_FIRM',
);

const { hub } = await gql(
  '{ hub(slug: "social-economy-centre") { id name stats { activePartnerships } } }',
);
// Two weeks from today in Seoul (UTC+9), as YYYY-MM-DD.
const startsOn = new Date(Date.now() + (9 + 14 * 24) * 3_600_000).toISOString().slice(0, 10);
const { proposePartnership } = await gql(
  `mutation Propose($input: ProposePartnershipInput!) { proposePartnership(input: $input) { id status } }`,
  {
    input: {
      proposerId: ngo.stakeholder.id,
      partnerId: firm.stakeholder.id,
      hubId: hub.id,
      kind: 'DATA',
      title: 'Air quality sensors for Eunpyeong schools',
      summary: 'The firm shares sensor readings; the network runs school workshops on them.',
      policyAreas: ['ENVIRONMENT_CLIMATE', 'EDUCATION'],
      startsOn,
      dataSharing: {
        datasets: ['PM2.5 readings by school'],
        purpose: 'Show pupils and parents the air around their school',
        retentionDays: 730,
        personalData: true,
      },
    },
  },
  ngo.token,
);
const id = proposePartnership.id;
step(
  `${ngo.stakeholder.name} proposed a DATA partnership in ${hub.name}: ${proposePartnership.status}`,
);

const { acceptPartnership } = await gql(
  `mutation ($id: ID!) { acceptPartnership(id: $id) { status } }`,
  { id },
  firm.token,
);
step(`${firm.stakeholder.name} accepted: ${acceptPartnership.status}`);

const { login } = await gql(
  `mutation { login(input: { email: "social-economy-manager@parkcommons.example", password: "park-commons-demo" }) { accessToken } }`,
);
const { approvePartnership } = await gql(
  `mutation ($id: ID!) { approvePartnership(id: $id, note: "Welcome, both of you.") { status } }`,
  { id },
  login.accessToken,
);
step(`the centre's manager approved: ${approvePartnership.status}`);

const seen = await gql(
  `query ($id: ID!, $ngo: ID!, $firm: ID!) {
    partnership(id: $id) { status history { action to actor { displayName } note } }
    ngo: stakeholder(id: $ngo) { partnerships { edges { node { id status } } } }
    firm: stakeholder(id: $firm) { partnerships { edges { node { id status } } } }
    notifications(unreadOnly: true) { edges { node { kind entityId message } } } }`,
  { id, ngo: ngo.stakeholder.id, firm: firm.stakeholder.id },
  ngo.token,
);
if (seen.partnership.status !== 'ACTIVE') throw new Error(`status is ${seen.partnership.status}`);
for (const profile of [seen.ngo, seen.firm]) {
  if (!profile.partnerships.edges.some(({ node: p }) => p.id === id && p.status === 'ACTIVE'))
    throw new Error('the partnership is missing from a profile');
}
step('the partnership is ACTIVE on both stakeholders’ profiles');
const actions = seen.partnership.history.map((event) => event.action).join(',');
if (actions !== 'create,accept,approve') throw new Error(`history is ${actions}`);
for (const event of seen.partnership.history) {
  step(
    `history: ${event.action} → ${event.to} by ${event.actor?.displayName}${event.note ? ` (${event.note})` : ''}`,
  );
}
const notice = seen.notifications.edges.find(
  (edge) => edge.node.kind === 'PARTNERSHIP_APPROVE' && edge.node.entityId === id,
);
if (!notice) throw new Error('no approval notification');
step(`notification: ${notice.node.message}`);

const after = await gql('{ hub(slug: "social-economy-centre") { stats { activePartnerships } } }');
if (after.hub.stats.activePartnerships !== hub.stats.activePartnerships + 1)
  throw new Error('stats did not count the partnership');
step(`${hub.name} now has ${after.hub.stats.activePartnerships} active partnerships`);
