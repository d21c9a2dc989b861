import { Member, Park, Person, startPark } from './support/park';
import { SET_UP_MS, TestApi } from './support/test-api';
import { at, workdayAhead } from './support/time';

// What a normalised cache needs: every cached type has an id unique across types, node(id)
// refetches anything as the viewer may see it, and root lookups of one entity answer null
// (with no error) when it is missing or hidden, so one gone item does not blank a screen.

const NODE = `query Node($id: ID!) { node(id: $id) { __typename id } }`;
const NOBODY = '00000000-0000-4000-8000-000000000000';

type Viewer = Person | undefined;

let api: TestApi;
let park: Park;
let member: Member;
let stranger: Person;
let admin: Person;
let bookingId: string;
let seriesId: string;

async function node(id: string, who?: Person) {
  const response = await api.graphql.execute<{ node: { __typename: string; id: string } | null }>(
    NODE,
    { id },
    who?.as,
  );
  expect(response.errors).toBeUndefined();
  return response.data?.node ?? null;
}

/** SQL statements the app sends while `work` runs. */
async function statements(work: () => Promise<unknown>): Promise<number> {
  const before = api.prisma.statementCount;
  await work();
  return api.prisma.statementCount - before;
}

beforeAll(async () => {
  ({ api, park } = await startPark());
  const hub = await park.hub('youth-hub');
  member = await park.newMember(hub);
  stranger = await park.newUser({ label: 'stranger' });
  admin = await park.parkAdmin();
  const space = await park.newSpace(hub);
  const day = workdayAhead(3);
  const booked = await api.graphql.ok<{
    bookSpaceSeries: { id: string; booked: { id: string }[] };
  }>(
    `mutation Series($input: BookSeriesInput!) { bookSpaceSeries(input: $input) {
        id booked { id } } }`,
    {
      input: {
        spaceId: space.id,
        startsAt: at(day, '10:00'),
        endsAt: at(day, '11:00'),
        attendees: 2,
        purpose: 'Weekly planning',
        occurrences: 2,
        mode: 'ALL_OR_NOTHING',
      },
    },
    member.owner.as,
  );
  seriesId = booked.bookSpaceSeries.id;
  bookingId = booked.bookSpaceSeries.booked[0].id;
}, SET_UP_MS);

afterAll(() => api?.close());

describe('node(id)', () => {
  it('refetches public things for anyone, as their own type', async () => {
    expect(await node(member.id)).toEqual({ __typename: 'Stakeholder', id: member.id });
    expect(await node(member.hub.id)).toEqual({ __typename: 'Hub', id: member.hub.id });
    expect(await node(stranger.id)).toEqual({ __typename: 'User', id: stranger.id });
  });

  it('applies each type’s visibility: a membership for its people, not for a stranger', async () => {
    const id = member.membershipId;
    expect(await node(id, member.owner)).toEqual({ __typename: 'Membership', id });
    expect(await node(id, admin)).toEqual({ __typename: 'Membership', id });
    expect(await node(id, stranger)).toBeNull();
    expect(await node(id)).toBeNull();
  });

  it('refetches a booking and its weekly series for the booker only', async () => {
    expect(await node(bookingId, member.owner)).toEqual({ __typename: 'Booking', id: bookingId });
    expect(await node(seriesId, member.owner)).toEqual({
      __typename: 'BookingSeries',
      id: seriesId,
    });
    expect(await node(bookingId, stranger)).toBeNull();
    expect(await node(seriesId, stranger)).toBeNull();
  });

  it('answers null for an id nobody has, and BAD_USER_INPUT for one that is no id', async () => {
    expect(await node(NOBODY, admin)).toBeNull();
    const error = await api.graphql.errorCode(NODE, { id: 'stakeholder-1' });
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['id'] });
  });

  it('finds the type in one statement, then loads the thing', async () => {
    expect(await statements(() => node(member.id))).toBe(2);
  });

  it('reads fields through the type’s own resolvers', async () => {
    const { node: found } = await api.graphql.ok<{ node: { name: string; timeZone?: string } }>(
      `query ($id: ID!) { node(id: $id) { ... on Stakeholder { name } ... on Hub { timeZone } } }`,
      { id: member.id },
    );
    expect(found).toEqual({ name: member.name });
  });
});

describe('ids a cache can key by', () => {
  it('give a step of history its own id, and its actor is the User', async () => {
    const { membership } = await api.graphql.ok<{
      membership: { history: { id: string; actor: { __typename: string; id: string } }[] };
    }>(
      `query ($id: ID!) { membership(id: $id) { history { id actor { __typename id } } } }`,
      { id: member.membershipId },
      admin.as,
    );
    const ids = membership.history.map((step) => step.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(membership.history[0].actor).toEqual({ __typename: 'User', id: member.owner.id });
    expect(await node(ids[0], admin)).toEqual({ __typename: 'WorkflowEvent', id: ids[0] });
    expect(await node(ids[0], stranger)).toBeNull();
  });

  it('give a stakeholder’s member an id of its own, not the user’s', async () => {
    const { stakeholder } = await api.graphql.ok<{
      stakeholder: { members: { id: string; user: { id: string } }[] };
    }>(`query ($id: ID!) { stakeholder(id: $id) { members { id user { id } } } }`, {
      id: member.id,
    });
    const [owner] = stakeholder.members;
    expect(owner.user.id).toBe(member.owner.id);
    expect(owner.id).not.toBe(owner.user.id);
  });
});

describe('root lookups of one entity', () => {
  it.each([
    ['membership', 'membership(id: $id) { id }'],
    ['partnership', 'partnership(id: $id) { id }'],
    ['project', 'project(id: $id) { id }'],
    ['committee', 'committee(id: $id) { id }'],
    ['event', 'event(id: $id) { id }'],
    ['space', 'space(id: $id) { id }'],
    ['stakeholder', 'stakeholder(id: $id) { id }'],
    ['budgetRound', 'budgetRound(id: $id) { id }'],
  ])('%s: a missing one is null, with no error', async (field, selection) => {
    const response = await api.graphql.execute(
      `query ($id: ID!) { ${selection} }`,
      { id: NOBODY },
      stranger.as,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ [field]: null });
  });

  it('membership: a hidden one is null for a stranger, with no error', async () => {
    const response = await api.graphql.execute(
      `query ($id: ID!) { membership(id: $id) { id } }`,
      { id: member.membershipId },
      stranger.as,
    );
    expect(response).toMatchObject({ data: { membership: null }, errors: undefined });
  });
});

// The records around the workflows: each refetched by node(id) exactly where a list shows it.
// The rows whose making other specs test are written straight to the database here.
describe('node(id) for records, threads, reviews and ballots', () => {
  let staff: Person; // the Youth Hub's manager
  let otherStaff: Person; // another hub's manager
  let guest: Person; // RSVPs to an event and votes
  let reviewer: Person; // on the committee reviewing the project
  const id: Record<string, string> = {};

  beforeAll(async () => {
    const hub = member.hub;
    [staff, otherStaff, guest, reviewer] = await Promise.all([
      park.manager(hub),
      park.manager(await park.hub('social-economy-centre')),
      park.newUser({ label: 'guest' }),
      park.newUser({ label: 'reviewer' }),
    ]);
    const { prisma } = api;
    const partner = await park.newStakeholder();
    const partnership = await prisma.partnership.create({
      data: {
        proposerId: member.id,
        partnerId: partner.id,
        hubId: hub.id,
        kind: 'PROGRAMME',
        title: 'Shared workshops',
        summary: 'Two workshops a month.',
        startsOn: new Date('2027-01-04'),
      },
    });
    const committee = await prisma.committee.create({
      data: { hubId: hub.id, name: park.unique('Review panel'), kind: 'MIXED' },
    });
    await prisma.committeeMember.create({
      data: { committeeId: committee.id, userId: reviewer.id },
    });
    const project = await prisma.project.create({
      data: {
        hubId: hub.id,
        leadStakeholderId: member.id,
        title: 'Youth job map',
        summary: 'First jobs in Eunpyeong.',
        requestedBudget: 10_000_000,
        status: 'APPROVED', // public: anyone sees the project, only its people its history
        committeeId: committee.id,
        reviewRound: 1,
      },
    });
    const step = (entityType: string, entityId: string) =>
      prisma.workflowEvent.create({
        data: { entityType, entityId, action: 'propose', toState: 'PROPOSED' },
      });
    const round = await prisma.budgetRound.create({
      data: {
        hubId: hub.id,
        title: 'Youth budget',
        totalBudget: 50_000_000,
        maxSelections: 2,
        tallyMethod: 'GREEDY',
      },
    });
    const space = (await prisma.booking.findUniqueOrThrow({ where: { id: bookingId } })).spaceId;
    const day = workdayAhead(3);
    const event = await prisma.event.create({
      data: {
        hubId: hub.id,
        spaceId: space,
        bookingId,
        organizerId: member.owner.id,
        title: 'Open planning',
        startsAt: new Date(at(day, '10:00')),
        endsAt: new Date(at(day, '11:00')),
        capacity: 10,
      },
    });
    const [comment, review, ballot, partnershipStep, projectStep, roundStep, parkWide] =
      await Promise.all([
        prisma.partnershipComment.create({
          data: { partnershipId: partnership.id, authorId: member.owner.id, body: 'Tuesdays?' },
        }),
        prisma.projectReview.create({
          data: {
            projectId: project.id,
            reviewerId: reviewer.id,
            committeeId: committee.id,
            round: 1,
            score: 4,
            recommendation: 'APPROVE',
            comment: 'Well planned.',
          },
        }),
        prisma.ballot.create({ data: { roundId: round.id, voterId: guest.id } }),
        step('Partnership', partnership.id),
        step('Project', project.id),
        step('BudgetRound', round.id),
        prisma.auditLogEntry.create({
          data: { action: 'User.test', entityType: 'User', entityId: guest.id },
        }),
      ]);
    const { rsvpEvent } = await api.graphql.ok<{ rsvpEvent: { myRsvp: { id: string } } }>(
      `mutation ($id: ID!) { rsvpEvent(id: $id) { myRsvp { id } } }`,
      { id: event.id },
      guest.as,
    );
    const { notifications } = await api.graphql.ok<{
      notifications: { edges: { node: { id: string } }[] };
    }>(`{ notifications(first: 1) { edges { node { id } } } }`, {}, member.owner.as);
    const { auditLog } = await api.graphql.ok<{ auditLog: { edges: { node: { id: string } }[] } }>(
      `query ($id: ID!) { auditLog(first: 1, filter: { entityId: $id }) { edges { node { id } } } }`,
      { id: member.membershipId },
      admin.as,
    );
    Object.assign(id, {
      comment: comment.id,
      review: review.id,
      ballot: ballot.id,
      partnershipStep: partnershipStep.id,
      projectStep: projectStep.id,
      roundStep: roundStep.id,
      parkWide: parkWide.id,
      rsvp: rsvpEvent.myRsvp.id,
      notification: notifications.edges[0].node.id,
      audit: auditLog.edges[0].node.id,
      project: project.id,
    });
  }, SET_UP_MS);

  /** Who sees the record as `type` (undefined: anonymous), and who gets null. */
  async function seenBy(key: string, type: string, seeing: Viewer[], notSeeing: Viewer[]) {
    for (const who of seeing)
      expect(await node(id[key], who)).toEqual({ __typename: type, id: id[key] });
    for (const who of notSeeing) expect(await node(id[key], who)).toBeNull();
  }

  it('a notification for its recipient only', () =>
    seenBy('notification', 'Notification', [member.owner], [admin, staff, stranger, undefined]));

  it('an audit entry for park admins and the staff of its hub', async () => {
    await seenBy('audit', 'AuditLogEntry', [admin, staff], [otherStaff, member.owner, undefined]);
    await seenBy('parkWide', 'AuditLogEntry', [admin], [staff, guest]);
  });

  it('a step of history where its entity’s history is shown', async () => {
    await seenBy(
      'partnershipStep',
      'WorkflowEvent',
      [member.owner, staff, admin],
      [otherStaff, stranger],
    );
    // The project is public, its history its people's.
    expect(await node(id.project, stranger)).toEqual({ __typename: 'Project', id: id.project });
    await seenBy(
      'projectStep',
      'WorkflowEvent',
      [member.owner, staff, reviewer],
      [stranger, undefined],
    );
    await seenBy('roundStep', 'WorkflowEvent', [stranger, undefined], []);
  });

  it('an RSVP for its person and the event’s hub staff', () =>
    seenBy('rsvp', 'Rsvp', [guest, staff, admin], [otherStaff, member.owner, undefined]));

  it('a partnership comment for the people of the partnership', () =>
    seenBy(
      'comment',
      'PartnershipComment',
      [member.owner, staff, admin],
      [otherStaff, stranger, undefined],
    ));

  it('a project review for staff and the reviewing committee, not the project’s lead', () =>
    seenBy(
      'review',
      'ProjectReview',
      [reviewer, staff, admin],
      [member.owner, stranger, undefined],
    ));

  it('a ballot for its voter only: ballots are secret', () =>
    seenBy('ballot', 'Ballot', [guest], [admin, staff, stranger, undefined]));

  it('reads each through its type’s own fields, and never as another type', async () => {
    const { node: found } = await api.graphql.ok<{ node: Record<string, unknown> }>(
      `query ($id: ID!) { node(id: $id) {
        ... on Rsvp { status event { title } }
        ... on Ballot { updatedAt } } }`,
      { id: id.rsvp },
      guest.as,
    );
    expect(found).toEqual({ status: 'GOING', event: { title: 'Open planning' } });
    const { node: ballot } = await api.graphql.ok<{ node: { projects: unknown[] } }>(
      `query ($id: ID!) { node(id: $id) { ... on Ballot { projects { id } } } }`,
      { id: id.ballot },
      guest.as,
    );
    expect(ballot).toEqual({ projects: [] });
  });

  it('answers null for a cancelled RSVP, a missing record and a row of no Node type', async () => {
    await api.graphql.ok(
      `mutation ($id: ID!) { cancelRsvp(id: $id) { id } }`,
      { id: (await api.prisma.rsvp.findUniqueOrThrow({ where: { id: id.rsvp } })).eventId },
      guest.as,
    );
    expect(await node(id.rsvp, guest)).toBeNull();
    expect(await node(NOBODY, guest)).toBeNull();
    const place = await api.prisma.committeeMember.findFirstOrThrow({
      where: { userId: reviewer.id },
    });
    expect(await node(place.id, admin)).toBeNull();
  });

  // Signed in: the session check, the type's UNION lookup, the row, then what its rule reads.
  it('keeps each lookup to a few statements', async () => {
    const cost = async (key: string, who: Person) => statements(() => node(id[key], who));
    expect({
      notification: await cost('notification', member.owner),
      audit: await cost('audit', staff),
      step: await cost('partnershipStep', member.owner),
      comment: await cost('comment', member.owner),
      review: await cost('review', reviewer),
      ballot: await cost('ballot', guest),
    }).toEqual({ notification: 3, audit: 4, step: 5, comment: 5, review: 7, ballot: 4 });
  });
});
