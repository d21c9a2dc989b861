import { Person, startPark } from './support/park';
import { SET_UP_MS, TestApi } from './support/test-api';

/**
 * The entrepreneur's membership journey, end to end through GraphQL: a newcomer registers, creates
 * a stakeholder and applies to the Youth Hub; the hub's manager reviews and approves; the
 * applicant sees the decision, the history and a notification; the hub counts the new member.
 */
describe('journey: an entrepreneur joins the Youth Hub', () => {
  let api: TestApi;
  let youthManager: Person;

  beforeAll(async () => {
    const { api: started, park } = await startPark();
    api = started;
    youthManager = await park.hubStaff(await park.hub('youth-hub'), 'MANAGER', {
      displayName: '박지민 (Youth Hub manager)',
    });
  }, SET_UP_MS);
  afterAll(() => api.close());

  it('goes from sign-up to an approved membership, with history, notifications and stats', async () => {
    const gql = api.graphql;
    const { register } = await gql.ok<{ register: { accessToken: string } }>(
      `mutation { register(input: { email: "jiwoo@seoul-youth.example", password: "a long password",
        displayName: "Jiwoo Han", locale: "ko" }) { accessToken } }`,
    );
    const entrepreneur = register.accessToken;
    const { createStakeholder: stakeholder } = await gql.ok<{ createStakeholder: { id: string } }>(
      `mutation { createStakeholder(input: { name: "은평 청년 기후행동", kind: YOUTH_GROUP,
        policyAreas: [ENVIRONMENT_CLIMATE], description: "청년 기후 캠페인" }) { id } }`,
      {},
      { token: entrepreneur },
    );
    const { hub } = await gql.ok<{ hub: { id: string; stats: { activeMembers: number } } }>(
      '{ hub(slug: "youth-hub") { id stats { activeMembers openApplications } } }',
    );

    const { applyForMembership: application } = await gql.ok<{
      applyForMembership: { id: string; status: string };
    }>(
      `mutation Apply($input: ApplyForMembershipInput!) {
        applyForMembership(input: $input) { id status } }`,
      {
        input: {
          hubId: hub.id,
          stakeholderId: stakeholder.id,
          plan: 'COWORKING',
          motivation: 'We run youth climate campaigns in Eunpyeong and need a base.',
        },
      },
      { token: entrepreneur },
    );
    expect(application.status).toBe('SUBMITTED');

    const manager = youthManager.token;
    const queue = await gql.ok<{
      membershipApplications: { edges: { node: { id: string } }[] };
      notifications: { edges: { node: { kind: string; entityId: string } }[] };
    }>(
      `query Queue($hubId: ID!) {
        membershipApplications(hubId: $hubId, first: 100) { edges { node { id } } }
        notifications(unreadOnly: true) { edges { node { kind entityId } } } }`,
      { hubId: hub.id },
      { token: manager },
    );
    expect(queue.membershipApplications.edges.map((edge) => edge.node.id)).toContain(
      application.id,
    );
    expect(queue.notifications.edges.map((edge) => edge.node)).toContainEqual({
      kind: 'MEMBERSHIP_APPLICATION_RECEIVED',
      entityId: application.id,
    });

    await gql.ok(
      `mutation { startMembershipReview(id: "${application.id}") { status } }`,
      {},
      { token: manager },
    );
    const { approveMembership } = await gql.ok<{ approveMembership: { status: string } }>(
      `mutation { approveMembership(id: "${application.id}", note: "Welcome to the Youth Hub!") { status } }`,
      {},
      { token: manager },
    );
    expect(approveMembership.status).toBe('APPROVED');

    const seen = await gql.ok<{
      membership: {
        status: string;
        history: {
          action: string;
          from: string | null;
          to: string;
          actor: { displayName: string };
          note: string | null;
        }[];
      };
      notifications: { edges: { node: { id: string; kind: string; message: string } }[] };
    }>(
      `query Seen($id: ID!) {
        membership(id: $id) { status history { action from to actor { displayName } note } }
        notifications(unreadOnly: true) { edges { node { id kind message } } } }`,
      { id: application.id },
      { token: entrepreneur },
    );
    expect(seen.membership.status).toBe('APPROVED');
    expect(seen.membership.history).toEqual([
      {
        action: 'create',
        from: null,
        to: 'SUBMITTED',
        actor: { displayName: 'Jiwoo Han' },
        note: null,
      },
      {
        action: 'startReview',
        from: 'SUBMITTED',
        to: 'UNDER_REVIEW',
        actor: { displayName: '박지민 (Youth Hub manager)' },
        note: null,
      },
      {
        action: 'approve',
        from: 'UNDER_REVIEW',
        to: 'APPROVED',
        actor: { displayName: '박지민 (Youth Hub manager)' },
        note: 'Welcome to the Youth Hub!',
      },
    ]);
    const approval = seen.notifications.edges.find(
      (edge) => edge.node.kind === 'MEMBERSHIP_APPROVE',
    );
    // Jiwoo signed up with locale "ko": the notice reads in Korean.
    expect(approval?.node.message).toContain('승인되었습니다');

    const { markNotificationsRead } = await gql.ok<{ markNotificationsRead: { id: string }[] }>(
      'mutation Read($ids: [ID!]!) { markNotificationsRead(ids: $ids) { id } }',
      { ids: seen.notifications.edges.map((edge) => edge.node.id) },
      { token: entrepreneur },
    );
    expect(markNotificationsRead).toHaveLength(seen.notifications.edges.length);

    const after = await gql.ok<{ hub: { stats: { activeMembers: number } } }>(
      '{ hub(slug: "youth-hub") { stats { activeMembers } } }',
    );
    expect(after.hub.stats.activeMembers).toBe(hub.stats.activeMembers + 1);
  });
});
