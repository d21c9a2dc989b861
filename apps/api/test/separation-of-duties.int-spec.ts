import { GraphqlResponse } from '@park/platform/testing';
import { Person, StakeholderRole } from './support/park';
import { ok } from './support/partnerships';
import { Move, ProjectWorld, Who } from './support/projects';
import { SET_UP_MS } from './support/test-api';
import { fromNow, HOUR_MS, ROUND_THE_CLOCK, seoulDay } from './support/time';

// Separation of duties (issue 21 item 17): staff who belong to a stakeholder, in any role, may
// not decide for the park on its memberships, partnerships, projects or bookings. The mutation
// is FORBIDDEN saying why and changes nothing, availableActions stops offering it, and other
// staff still decide. The rule lives in the flows' role functions, which both read.

const REASON = /separation of duties/;

let world: ProjectWorld;
/** A Youth Hub coordinator who is also a plain MEMBER of the project cast's lead stakeholder. */
let insider: Person;
/** A park admin who is also an ADMIN of the lead stakeholder. */
let insiderAdmin: Person;

const gql = <T = unknown>(query: string, variables: Record<string, unknown>, who: Person) =>
  world.api.graphql.execute<T>(query, variables, who.as);

function expectRefusedWithReason(response: GraphqlResponse<unknown>): void {
  expect(response.errors?.[0].extensions.code).toBe('FORBIDDEN');
  expect(response.errors?.[0].message).toMatch(REASON);
}

async function join(stakeholderId: string, owner: { token?: string }, who: Person, role: string) {
  const id = await world.park.invite(stakeholderId, who.email, role as StakeholderRole, {
    as: owner,
  });
  await world.park.acceptInvitation(id, who);
}

beforeAll(async () => {
  world = await ProjectWorld.start();
  const youth = await world.park.hub('youth-hub');
  insider = await world.park.hubStaff(youth, 'COORDINATOR');
  insiderAdmin = await world.park.parkAdmin();
  await join(world.leadId, world.as('leadOwner'), insider, 'MEMBER');
  await join(world.leadId, world.as('leadOwner'), insiderAdmin, 'ADMIN');
}, SET_UP_MS);
afterAll(() => world.close());

describe('memberships', () => {
  const READ = `query Read($id: ID!) { membership(id: $id) { status availableActions } }`;
  const START = `mutation Start($id: ID!) { startMembershipReview(id: $id) { status } }`;
  let membershipId: string;
  let stakeholderId: string;

  beforeAll(async () => {
    const applicant = await world.park.newStakeholder();
    stakeholderId = applicant.id;
    await join(stakeholderId, applicant.owner.as, insider, 'MEMBER');
    await join(stakeholderId, applicant.owner.as, insiderAdmin, 'OWNER');
    membershipId = await world.park.apply(await world.park.hub('youth-hub'), applicant);
  });

  const read = async (who: Person) =>
    ok(
      await gql<{ membership: { status: string; availableActions: string[] } }>(
        READ,
        { id: membershipId },
        who,
      ),
    ).membership;

  it('keeps a coordinator from reviewing their own stakeholder’s application', async () => {
    expect((await read(insider)).availableActions).toEqual([]);

    expectRefusedWithReason(await gql(START, { id: membershipId }, insider));

    expect((await read(insider)).status).toBe('SUBMITTED');
    expect(await world.api.prisma.workflowEvent.count({ where: { entityId: membershipId } })).toBe(
      1,
    );
  });

  it('leaves a park admin who owns it only the applicant’s moves', async () => {
    expect((await read(insiderAdmin)).availableActions).toEqual(['WITHDRAW']);
    expectRefusedWithReason(await gql(START, { id: membershipId }, insiderAdmin));
  });

  it('lets other staff review it', async () => {
    const other = await world.park.hubStaff(await world.park.hub('youth-hub'), 'COORDINATOR');
    expect((await read(other)).availableActions).toEqual(['START_REVIEW', 'REJECT']);
    expect(
      ok(
        await gql<{ startMembershipReview: { status: string } }>(
          START,
          { id: membershipId },
          other,
        ),
      ),
    ).toEqual({ startMembershipReview: { status: 'UNDER_REVIEW' } });
  });
});

describe('partnerships', () => {
  const PROPOSE = `mutation Propose($input: ProposePartnershipInput!) {
    proposePartnership(input: $input) { id } }`;
  const ACCEPT = `mutation Accept($id: ID!) { acceptPartnership(id: $id) { status } }`;
  const APPROVE = `mutation Approve($id: ID!) { approvePartnership(id: $id) { status } }`;
  const READ = `query Read($id: ID!) { partnership(id: $id) { status availableActions } }`;
  let id: string;

  beforeAll(async () => {
    const partner = await world.park.newStakeholder();
    const { proposePartnership } = ok(
      await world.api.graphql.execute<{ proposePartnership: { id: string } }>(
        PROPOSE,
        {
          input: {
            proposerId: partner.id,
            partnerId: world.leadId,
            hubId: world.hubId,
            kind: 'PROGRAMME',
            title: world.park.unique('Shared workshop'),
            summary: 'Two stakeholders run workshops together on Saturdays.',
            policyAreas: [],
            startsOn: seoulDay(7),
          },
        },
        partner.owner.as,
      ),
    );
    id = proposePartnership.id;
    ok(await world.api.graphql.execute(ACCEPT, { id }, world.as('leadOwner')));
  });

  it('keeps staff on either side from approving it', async () => {
    for (const who of [insider, insiderAdmin]) {
      const { partnership } = ok(
        await gql<{ partnership: { availableActions: string[] } }>(READ, { id }, who),
      );
      expect(partnership.availableActions).not.toContain('APPROVE');
      expect(partnership.availableActions).not.toContain('REJECT');
      expectRefusedWithReason(await gql(APPROVE, { id }, who));
    }
    expect((await world.api.prisma.partnership.findUniqueOrThrow({ where: { id } })).status).toBe(
      'AGREED',
    );
  });

  it('lets the hub’s other staff approve it', async () => {
    expect(ok(await world.api.graphql.execute(APPROVE, { id }, world.as('hubManager')))).toEqual({
      approvePartnership: { status: 'ACTIVE' },
    });
  });
});

describe('projects', () => {
  const READ = `query Read($id: ID!) { project(id: $id) { status availableActions } }`;
  const actions = async (id: string, who: Person) =>
    ok(await gql<{ project: { availableActions: string[] } }>(READ, { id }, who)).project
      .availableActions;
  const as = (who: Person): Who => {
    (world.tokens as Record<string, string>)[who.id] = who.token;
    return who.id as Who;
  };

  it.each<[string, Move, string]>([
    ['PROPOSED', 'assignReview', 'ASSIGN_REVIEW'],
    ['IN_REVIEW', 'approve', 'APPROVE'],
    ['APPROVED', 'fund', 'ALLOCATE_FUNDING'],
  ])(
    'keeps insiders from deciding on a %s project of their stakeholder (%s)',
    async (state, move, action) => {
      const id = await world.inState(state);
      for (const who of [insider, insiderAdmin]) {
        expect(await actions(id, who)).not.toContain(action);
        expectRefusedWithReason(await world.move(as(who), move, id));
      }
      expect((await world.api.prisma.project.findUniqueOrThrow({ where: { id } })).status).toBe(
        state,
      );
      expect(
        await actions(id, await world.park.manager(await world.park.hub('youth-hub'))),
      ).toContain(action);
    },
  );

  it('leaves an insider who acts for the lead what the lead may do', async () => {
    const id = await world.inState('PROPOSED');
    expect(await actions(id, insiderAdmin)).toContain('CANCEL');
    expect(await actions(id, insiderAdmin)).not.toContain('ASSIGN_REVIEW');
  });
});

describe('bookings', () => {
  const BOOK = `mutation Book($input: BookSpaceInput!) { bookSpace(input: $input) { id status } }`;
  const APPROVE = `mutation Approve($id: ID!) { approveBooking(id: $id) { status } }`;
  const READ = `query Calendar($spaceId: ID!, $from: DateTime!, $to: DateTime!) {
    spaceBookings(spaceId: $spaceId, from: $from, to: $to, first: 10) {
      edges { node { id availableActions } } } }`;

  it('keeps staff who belong to the stakeholder booked for from approving it', async () => {
    const youth = await world.park.hub('youth-hub');
    const { id: spaceId } = await world.park.newSpace(youth, {
      policy: { requiresApproval: true },
      openingHours: ROUND_THE_CLOCK,
    });
    const startsAt = fromNow(2 * 24 * 60);
    const endsAt = new Date(Date.parse(startsAt) + HOUR_MS).toISOString();
    const { bookSpace } = ok(
      await world.api.graphql.execute<{ bookSpace: { id: string; status: string } }>(
        BOOK,
        {
          input: {
            spaceId,
            startsAt,
            endsAt,
            purpose: 'Team meeting',
            attendees: 4,
            stakeholderId: world.leadId,
          },
        },
        world.as('leadOwner'),
      ),
    );
    expect(bookSpace.status).toBe('PENDING');
    const calendar = async (who: Person) =>
      ok(
        await gql<{ spaceBookings: { edges: { node: { availableActions: string[] } }[] } }>(
          READ,
          { spaceId, from: startsAt, to: endsAt },
          who,
        ),
      ).spaceBookings.edges[0].node.availableActions;

    for (const who of [insider, insiderAdmin]) {
      expect(await calendar(who)).toEqual([]);
      expectRefusedWithReason(await gql(APPROVE, { id: bookSpace.id }, who));
    }
    expect(
      (await world.api.prisma.booking.findUniqueOrThrow({ where: { id: bookSpace.id } })).status,
    ).toBe('PENDING');
    const other = await world.park.manager(youth);
    expect(await calendar(other)).toEqual(expect.arrayContaining(['APPROVE', 'REJECT']));
    expect(ok(await gql(APPROVE, { id: bookSpace.id }, other))).toEqual({
      approveBooking: { status: 'CONFIRMED' },
    });
  });
});
