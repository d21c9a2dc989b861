// The booking journey against a running API with the demo park (default http://localhost:3000/graphql):
// a member of the Social Economy Support Centre books a member-only room, a non-member is refused,
// a second member's overlapping booking gets CONFLICT, staff approve a pending hall booking, and
// the booker is notified.  Usage: node scripts/journeys/booking.mjs [url]
import { client, step } from './graphql-client.mjs';

const gql = client(process.argv[2] ?? 'http://localhost:3000/graphql');
const DAY_MS = 24 * 60 * 60 * 1000;
const suffix = Date.now().toString(36);
const login = async (email) =>
  (
    await gql(`mutation ($input: LoginInput!) { login(input: $input) { accessToken } }`, {
      input: { email, password: 'park-commons-demo' },
    })
  ).login.accessToken;

/** A weekday at least `days` ahead, at `hour`:`minute` in Seoul (UTC+9), ISO. */
function seoul(days, hour, minute = 0) {
  for (let ahead = days; ; ahead += 1) {
    const local = new Date(Date.now() + 9 * 3600 * 1000 + ahead * DAY_MS);
    const weekday = local.getUTCDay();
    if (weekday >= 1 && weekday <= 5) {
      return new Date(
        Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate(), hour - 9, minute),
      ).toISOString();
    }
  }
}

const { hub } = await gql(
  '{ hub(slug: "social-economy-centre") { id name spaces { id name kind policy { memberOnly requiresApproval } } } }',
);
const room = hub.spaces.find((s) => s.policy.memberOnly && s.kind === 'MEETING_ROOM');
const hall = hub.spaces.find((s) => s.policy.requiresApproval);
// Owners of the demo park's 2nd and 11th stakeholders: both APPROVED members of the centre.
const firstMember = await login('member-s00002-1@parkcommons.example');
const secondMember = await login('member-s00011-1@parkcommons.example');
const manager = await login('social-economy-manager@parkcommons.example');
const { register } = await gql(
  `mutation ($input: RegisterInput!) { register(input: $input) { accessToken } }`,
  {
    input: {
      email: `visitor-${suffix}@example.org`,
      password: 'a long password',
      displayName: 'Visitor',
    },
  },
);
step(`${hub.name}: member-only room "${room.name}", hall "${hall.name}"`);

const BOOK = `mutation ($input: BookSpaceInput!) { bookSpace(input: $input) { id status } }`;
const attempt = (input, token) =>
  fetch(process.argv[2] ?? 'http://localhost:3000/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: BOOK, variables: { input } }),
  }).then((response) => response.json());
const offset = 20 + (Date.now() % 20); // a fresh weekday per run, so reruns do not collide
const slot = {
  spaceId: room.id,
  startsAt: seoul(offset, 18),
  endsAt: seoul(offset, 19),
  purpose: 'Board meeting',
  attendees: 4,
};
const booked = await gql(BOOK, { input: slot }, firstMember);
step(`a member booked the room: ${booked.bookSpace.status}`);

const refused = await attempt(
  { ...slot, startsAt: seoul(offset + 1, 18), endsAt: seoul(offset + 1, 19) },
  register.accessToken,
);
const rule = refused.errors?.[0]?.extensions?.violations?.[0]?.rule;
if (rule !== 'MEMBERS_ONLY')
  throw new Error(`a non-member was not refused: ${JSON.stringify(refused)}`);
step(`a non-member was refused: ${refused.errors[0].extensions.code} (${rule})`);

const clash = await attempt(
  { ...slot, startsAt: seoul(offset, 18, 30), endsAt: seoul(offset, 19, 30) },
  secondMember,
);
if (clash.errors?.[0]?.extensions?.code !== 'CONFLICT')
  throw new Error(`no CONFLICT: ${JSON.stringify(clash)}`);
step('a second member’s overlapping booking got CONFLICT');

const pending = await gql(
  BOOK,
  {
    input: {
      spaceId: hall.id,
      startsAt: seoul(offset, 10),
      endsAt: seoul(offset, 12),
      purpose: 'Social economy fair',
      attendees: 40,
    },
  },
  secondMember,
);
step(`a hall booking waits for approval: ${pending.bookSpace.status}`);
const approved = await gql(
  `mutation ($id: ID!) { approveBooking(id: $id) { status } }`,
  { id: pending.bookSpace.id },
  manager,
);
step(`the centre's manager approved it: ${approved.approveBooking.status}`);

const { notifications } = await gql(
  '{ notifications(unreadOnly: true) { edges { node { kind entityId message } } } }',
  {},
  secondMember,
);
const notice = notifications.edges.find(
  (e) => e.node.kind === 'BOOKING_APPROVE' && e.node.entityId === pending.bookSpace.id,
);
if (!notice) throw new Error('the booker was not notified');
step(`the booker was notified: ${notice.node.message}`);
