import { DEMO_PASSWORD, seedPark } from '@park/seed';
import { startTestApi, TestApi } from './test-api';

// The demo park, for the few stories that test the demo directory itself (directory-browse,
// directory-edit, hot-reads): the seed's people by e-mail, all with DEMO_PASSWORD. Every other
// story builds the people it needs with the park factories (park.ts).

export const DEMO_ADMIN = 'admin@parkcommons.example';
export const DEMO_YOUTH_MANAGER = 'youth-manager@parkcommons.example';

/** Person `n` of demo stakeholder `stakeholder` (1 OWNER, 2 ADMIN, 3 MEMBER): member-s00003-1@…. */
export const demoPerson = (stakeholder: number, n = 1) =>
  `member-s${String(stakeholder).padStart(5, '0')}-${n}@parkcommons.example`;

const LOGIN = `mutation Login($input: LoginInput!) { login(input: $input) { accessToken } }`;

/** The API on a demo park of `stakeholders`, and a sign-in for its people. */
export async function startDemoPark(stakeholders: number): Promise<{
  api: TestApi;
  login: (email: string) => Promise<string>;
}> {
  const api = await startTestApi();
  await seedPark(api.prisma, {
    admin: { email: DEMO_ADMIN, password: DEMO_PASSWORD },
    demo: true,
    stakeholders,
    log: () => undefined,
  });
  const login = async (email: string) => {
    const data = await api.graphql.ok<{ login: { accessToken: string } }>(LOGIN, {
      input: { email, password: DEMO_PASSWORD },
    });
    return data.login.accessToken;
  };
  return { api, login };
}
