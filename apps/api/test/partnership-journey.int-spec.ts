import { Person, startPark } from './support/park';
import { SET_UP_MS, TestApi } from './support/test-api';
import { seoulDay } from './support/time';

/**
 * The NGO's partnership journey, end to end through GraphQL: a non-profit proposes a DATA
 * partnership to a private firm in the Social Economy Support Centre; the firm accepts; the
 * centre's manager approves; the partnership is ACTIVE on both profiles, and its history names
 * everyone who moved it.
 */
describe('journey: an NGO partners with a firm, and the park approves', () => {
  let api: TestApi;
  let centreManager: Person;

  beforeAll(async () => {
    const { api: started, park } = await startPark();
    api = started;
    centreManager = await park.hubStaff(await park.hub('social-economy-centre'), 'MANAGER', {
      displayName: '최유나 (Social Economy manager)',
    });
  }, SET_UP_MS);
  afterAll(() => api.close());

  async function newcomer(email: string, displayName: string, name: string, kind: string) {
    const { register } = await api.graphql.ok<{ register: { accessToken: string } }>(
      `mutation Register($input: RegisterInput!) { register(input: $input) { accessToken } }`,
      { input: { email, password: 'a long password', displayName } },
    );
    const { createStakeholder } = await api.graphql.ok<{ createStakeholder: { id: string } }>(
      `mutation Create($input: CreateStakeholderInput!) { createStakeholder(input: $input) { id } }`,
      { input: { name, kind, policyAreas: ['ENVIRONMENT_CLIMATE'] } },
      { token: register.accessToken },
    );
    return { token: register.accessToken, stakeholderId: createStakeholder.id };
  }

  const unread = (token: string) =>
    api.graphql.ok<{ notifications: { edges: { node: { kind: string; entityId: string } }[] } }>(
      '{ notifications(unreadOnly: true, first: 100) { edges { node { kind entityId } } } }',
      {},
      { token },
    );

  it('goes from a proposal to an ACTIVE partnership on both profiles, with its history', async () => {
    const gql = api.graphql;
    const ngo = await newcomer(
      'minji@green-seoul.example',
      'Minji Seo',
      '녹색서울 시민네트워크',
      'NON_PROFIT',
    );
    const firm = await newcomer(
      'daniel@citysense.example',
      'Daniel Park',
      'CitySense Analytics Co.',
      'PRIVATE_FIRM',
    );
    const { hub } = await gql.ok<{
      hub: { id: string; name: string; stats: { activePartnerships: number } };
    }>('{ hub(slug: "social-economy-centre") { id name stats { activePartnerships } } }');
    const startsOn = seoulDay(14);

    const { proposePartnership: proposal } = await gql.ok<{
      proposePartnership: { id: string; status: string };
    }>(
      `mutation Propose($input: ProposePartnershipInput!) {
        proposePartnership(input: $input) { id status } }`,
      {
        input: {
          proposerId: ngo.stakeholderId,
          partnerId: firm.stakeholderId,
          hubId: hub.id,
          kind: 'DATA',
          title: 'Air quality sensors for Eunpyeong schools',
          summary: 'The firm shares sensor readings; the network runs school workshops on them.',
          policyAreas: ['ENVIRONMENT_CLIMATE', 'EDUCATION'],
          startsOn,
          endsOn: null,
          dataSharing: {
            datasets: ['PM2.5 readings by school', 'Workshop attendance'],
            purpose: 'Show pupils and parents the air around their school',
            retentionDays: 730,
            personalData: true,
          },
        },
      },
      { token: ngo.token },
    );
    expect(proposal.status).toBe('PROPOSED');
    expect((await unread(firm.token)).notifications.edges.map((e) => e.node)).toContainEqual({
      kind: 'PARTNERSHIP_PROPOSAL_RECEIVED',
      entityId: proposal.id,
    });

    const { acceptPartnership } = await gql.ok<{ acceptPartnership: { status: string } }>(
      'mutation Accept($id: ID!) { acceptPartnership(id: $id) { status } }',
      { id: proposal.id },
      { token: firm.token },
    );
    expect(acceptPartnership.status).toBe('AGREED');

    const manager = centreManager.token;
    expect((await unread(manager)).notifications.edges.map((e) => e.node)).toContainEqual({
      kind: 'PARTNERSHIP_ACCEPT',
      entityId: proposal.id,
    });
    const { approvePartnership } = await gql.ok<{ approvePartnership: { status: string } }>(
      'mutation Approve($id: ID!) { approvePartnership(id: $id, note: "Welcome, both of you.") { status } }',
      { id: proposal.id },
      { token: manager },
    );
    expect(approvePartnership.status).toBe('ACTIVE');

    const profiles = await gql.ok<
      Record<string, { partnerships: { edges: { node: { id: string; status: string } }[] } }>
    >(
      `query Profiles($ngo: ID!, $firm: ID!) {
        ngo: stakeholder(id: $ngo) { partnerships { edges { node { id status } } } }
        firm: stakeholder(id: $firm) { partnerships { edges { node { id status } } } } }`,
      { ngo: ngo.stakeholderId, firm: firm.stakeholderId },
    );
    for (const profile of [profiles.ngo, profiles.firm]) {
      const shown = profile.partnerships.edges.map((edge) => edge.node);
      expect(shown).toEqual([{ id: proposal.id, status: 'ACTIVE' }]);
    }

    const seen = await gql.ok<{
      partnership: {
        status: string;
        startsOn: string;
        dataSharing: { retentionDays: number; personalData: boolean };
        history: {
          action: string;
          from: string | null;
          to: string;
          actor: { displayName: string };
          note: string | null;
        }[];
      };
    }>(
      `query Seen($id: ID!) { partnership(id: $id) {
        status startsOn dataSharing { retentionDays personalData }
        history { action from to actor { displayName } note } } }`,
      { id: proposal.id },
      { token: ngo.token },
    );
    expect(seen.partnership).toMatchObject({
      status: 'ACTIVE',
      startsOn,
      dataSharing: { retentionDays: 730, personalData: true },
    });
    expect(seen.partnership.history).toEqual([
      {
        action: 'create',
        from: null,
        to: 'PROPOSED',
        actor: { displayName: 'Minji Seo' },
        note: null,
      },
      {
        action: 'accept',
        from: 'PROPOSED',
        to: 'AGREED',
        actor: { displayName: 'Daniel Park' },
        note: null,
      },
      {
        action: 'approve',
        from: 'AGREED',
        to: 'ACTIVE',
        actor: { displayName: '최유나 (Social Economy manager)' },
        note: 'Welcome, both of you.',
      },
    ]);
    expect((await unread(ngo.token)).notifications.edges.map((e) => e.node)).toContainEqual({
      kind: 'PARTNERSHIP_APPROVE',
      entityId: proposal.id,
    });

    const publicView = await gql.ok<{ partnership: { status: string; dataSharing: unknown } }>(
      'query Public($id: ID!) { partnership(id: $id) { status dataSharing { purpose } } }',
      { id: proposal.id },
    );
    expect(publicView.partnership).toEqual({ status: 'ACTIVE', dataSharing: null });
    const after = await gql.ok<{ hub: { stats: { activePartnerships: number } } }>(
      '{ hub(slug: "social-economy-centre") { stats { activePartnerships } } }',
    );
    expect(after.hub.stats.activePartnerships).toBe(hub.stats.activePartnerships + 1);
  });
});
