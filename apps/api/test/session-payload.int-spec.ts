import { PASSWORD, Park, SET_UP_MS, startPark, TestApi } from './support';

// A sign-in's payload answers its user as the person now signed in, as `me` would: the console's
// header shows the unread badge from login/refreshSession without a request of its own.

const USER = 'user { id unreadNotificationCount stakeholders { role } }';
const LOGIN = `mutation ($input: LoginInput!) { login(input: $input) { refreshToken ${USER} } }`;
const REFRESH = `mutation ($token: String) { refreshSession(refreshToken: $token) { ${USER} } }`;
const REGISTER = `mutation ($input: RegisterInput!) { register(input: $input) { ${USER} } }`;

interface Payload {
  refreshToken?: string;
  user: { id: string; unreadNotificationCount: number | null; stakeholders: unknown[] | null };
}

let api: TestApi;
let park: Park;

beforeAll(async () => {
  ({ api, park } = await startPark());
}, SET_UP_MS);

afterAll(() => api.close());

it('answers the unread count and the personal fields on login, refreshSession and register', async () => {
  const reader = await park.newUser({ label: 'reader' });
  const team = await park.newStakeholder();
  await park.addMember(team, 'MEMBER', reader);
  await api.graphql.ok(
    `mutation ($id: ID!, $userId: ID!) {
      changeStakeholderMemberRole(stakeholderId: $id, userId: $userId, role: ADMIN) { member { id } } }`,
    { id: team.id, userId: reader.id },
    team.owner.as,
  );

  const { login } = await api.graphql.ok<{ login: Payload }>(LOGIN, {
    input: { email: reader.email, password: PASSWORD },
  });
  // Two notices: the invitation to the team, and the change of role.
  expect(login.user.unreadNotificationCount).toBe(2);
  expect(login.user.stakeholders).toEqual([{ role: 'ADMIN' }]);

  const { refreshSession } = await api.graphql.ok<{ refreshSession: Payload }>(REFRESH, {
    token: login.refreshToken,
  });
  expect(refreshSession.user).toEqual(login.user);

  const { register } = await api.graphql.ok<{ register: Payload }>(REGISTER, {
    input: { email: 'newcomer-payload@example.org', password: PASSWORD, displayName: 'Newcomer' },
  });
  expect(register.user.unreadNotificationCount).toBe(0);
  expect(register.user.stakeholders).toEqual([]);
});
