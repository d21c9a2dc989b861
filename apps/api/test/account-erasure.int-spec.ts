import request from 'supertest';
import { PSEUDONYM } from '@park/privacy';
import { Park, PASSWORD, Person, SET_UP_MS } from './support';
import { ok } from './support/partnerships';
import { ProjectWorld, Variables, Who } from './support/projects';
import { fromNow, ROUND_THE_CLOCK, seoulDay } from './support/time';

// Account erasure (issue 18): someone who touched every part of the park erases their account;
// afterwards no text or JSON column of any table holds their e-mail or name, every count,
// tally and parkStats figure is as it was, and their tokens no longer work.

const DELETE = `mutation ($password: String!) { deleteMyAccount(password: $password) }`;
const ERASE = `mutation ($userId: ID!, $reason: String!) { eraseUser(userId: $userId, reason: $reason) }`;
const STATS = `query ($from: DateTime!, $to: DateTime!) { parkStats(from: $from, to: $to) {
  hubs { hub { slug } activeMembers pendingApplications utilisation }
  projectsByStatus { status count } partnershipsByKind { kind count }
  stakeholdersByKind { kind count } fundingBySource { source amount } } }`;
const RESULTS = `query ($id: ID!) { budgetRound(id: $id) { status results { project { id } votes funded amount } } }`;

let world: ProjectWorld;
let park: Park;
let leaver: Person;
let roundId: string;
const statsPeriod = { from: fromNow(-60 * 24 * 30), to: fromNow(60 * 24 * 30) };

/** A cast member as the factories' Person (their e-mail and name from the database). */
async function personOf(who: Who): Promise<Person> {
  const user = await world.api.prisma.user.findUniqueOrThrow({ where: { id: world.userIds[who] } });
  const as = world.as(who) as { token: string };
  return { id: user.id, email: user.email, displayName: user.displayName, token: as.token, as };
}

const gqlAs = <T = Record<string, unknown>>(
  who: Person,
  query: string,
  variables: Variables = {},
) => world.api.graphql.ok<T>(query, variables, who.as);

/** The leaver's own stakeholders (they own them alone). */
const ownedBy = (userId: string) =>
  world.api.prisma.stakeholderMember.findMany({
    where: { userId, role: 'OWNER' },
    include: { stakeholder: true },
  });

/** A participatory-budgeting round the leaver and another reviewer vote in, then tallied. */
async function tallyWithBallotOf(voters: Who[]): Promise<string> {
  const { createBudgetRound: round } = ok(
    await world.gql<{ createBudgetRound: { id: string } }>(
      `mutation ($input: CreateBudgetRoundInput!) { createBudgetRound(input: $input) { id } }`,
      {
        input: {
          hubId: world.hubId,
          title: 'Youth budget (erasure story)',
          totalBudget: 15_000_000,
          maxSelections: 1,
          tallyMethod: 'GREEDY',
        },
      },
      'hubManager',
    ),
  );
  const byId = { id: round.id };
  ok(
    await world.gql(`mutation ($id: ID!) { openBudgetRound(id: $id) { id } }`, byId, 'hubManager'),
  );
  const projects = [await world.inState('APPROVED'), await world.inState('APPROVED')];
  for (const projectId of projects) {
    ok(
      await world.gql(
        `mutation ($roundId: ID!, $projectId: ID!) { addProjectToRound(roundId: $roundId, projectId: $projectId) { id } }`,
        { roundId: round.id, projectId },
        'leadOwner',
      ),
    );
  }
  ok(
    await world.gql(
      `mutation ($id: ID!) { startBudgetVoting(id: $id) { id } }`,
      byId,
      'hubManager',
    ),
  );
  for (const [index, voter] of voters.entries()) {
    ok(
      await world.gql(
        `mutation ($roundId: ID!, $projectIds: [ID!]!) { castBallot(roundId: $roundId, projectIds: $projectIds) { ballot { id } } }`,
        { roundId: round.id, projectIds: [projects[index % 2 === 0 ? 0 : 1]] },
        voter,
      ),
    );
  }
  ok(
    await world.gql(`mutation ($id: ID!) { closeBudgetRound(id: $id) { id } }`, byId, 'hubManager'),
  );
  ok(
    await world.gql(
      `mutation ($roundId: ID!) { tallyBudgetRound(roundId: $roundId) { id } }`,
      { roundId: round.id },
      'hubManager',
    ),
  );
  return round.id;
}

/** The leaver does a little of everything the park offers; others mention them. */
async function leaverTouchesEverything(): Promise<void> {
  const youth = await park.hub('youth-hub');
  const [own] = await ownedBy(leaver.id);
  const stakeholder = { id: own.stakeholderId, name: own.stakeholder.name, owner: leaver };
  // A second stakeholder whose public contact address is the leaver's own.
  await park.newStakeholder({ owner: leaver, contactEmail: leaver.email });

  // A committee review (the leaver is reviewer1) and a ballot in a tallied round.
  const reviewed = await world.inState('IN_REVIEW');
  await gqlAs(
    leaver,
    `mutation ($projectId: ID!) { submitProjectReview(projectId: $projectId, score: 4, recommendation: APPROVE, comment: "Solid plan") { id } }`,
    { projectId: reviewed },
  );
  roundId = await tallyWithBallotOf(['reviewer1', 'reviewer2', 'reviewer3']);

  // A membership application, approved with a note that names the leaver.
  const membershipId = await park.apply(youth, stakeholder);
  ok(
    await world.gql(
      `mutation ($id: ID!) { startMembershipReview(id: $id) { id } }`,
      { id: membershipId },
      'hubManager',
    ),
  );
  ok(
    await world.gql(
      `mutation ($id: ID!, $note: String) { approveMembership(id: $id, note: $note) { id } }`,
      { id: membershipId, note: `Called ${leaver.displayName} (${leaver.email}) about it` },
      'hubManager',
    ),
  );

  // A booking, an event RSVP.
  const space = await park.newSpace(youth, { openingHours: ROUND_THE_CLOCK, capacity: 20 });
  await gqlAs(leaver, `mutation ($input: BookSpaceInput!) { bookSpace(input: $input) { id } }`, {
    input: {
      spaceId: space.id,
      startsAt: fromNow(2 * 24 * 60),
      endsAt: fromNow(2 * 24 * 60 + 60),
      purpose: 'Review meeting',
      attendees: 3,
    },
  });
  const { createEvent } = ok(
    await world.gql<{ createEvent: { id: string } }>(
      `mutation ($input: CreateEventInput!) { createEvent(input: $input) { id } }`,
      {
        input: {
          hubId: youth.id,
          spaceId: space.id,
          title: 'Open house',
          startsAt: fromNow(3 * 24 * 60),
          endsAt: fromNow(3 * 24 * 60 + 120),
          capacity: 10,
        },
      },
      'hubManager',
    ),
  );
  await gqlAs(leaver, `mutation ($id: ID!) { rsvpEvent(id: $id) { id } }`, { id: createEvent.id });

  // A partnership the lead proposes to the leaver's stakeholder, and the leaver's comment.
  const { proposePartnership } = ok(
    await world.gql<{ proposePartnership: { id: string } }>(
      `mutation ($input: ProposePartnershipInput!) { proposePartnership(input: $input) { id } }`,
      {
        input: {
          proposerId: world.leadId,
          partnerId: stakeholder.id,
          hubId: youth.id,
          kind: 'PROGRAMME',
          title: 'Reviewers’ clinic',
          summary: 'Monthly clinics where reviewers explain what makes a proposal strong.',
          policyAreas: ['EDUCATION'],
          startsOn: seoulDay(7),
        },
      },
      'leadOwner',
    ),
  );
  await gqlAs(
    leaver,
    `mutation ($id: ID!) { addPartnershipComment(id: $id, body: "Happy to join") { comment { id } } }`,
    { id: proposePartnership.id },
  );

  // A mail preference; an invitation to the leaver's address (its audit entry quotes it).
  await gqlAs(
    leaver,
    `mutation { setMailPreference(kind: PARTNERSHIP_COMMENT, cadence: DAILY) { kind } }`,
  );
  const leadOwner = await personOf('leadOwner');
  await park.invite(world.leadId, leaver.email, 'MEMBER', leadOwner);
}

/** Rows per table, the round's tally and parkStats: what an erasure must not change. */
async function whatMustStay() {
  const prisma = world.api.prisma;
  return {
    users: await prisma.user.count(),
    bookings: await prisma.booking.findMany({ select: { id: true, bookerId: true, status: true } }),
    rsvps: await prisma.rsvp.count(),
    memberships: await prisma.membership.findMany({ select: { id: true, status: true } }),
    ballots: await prisma.ballot.count(),
    choices: await prisma.ballotChoice.count(),
    reviews: await prisma.projectReview.count(),
    comments: await prisma.partnershipComment.count(),
    workflow: await prisma.workflowEvent.count(),
    stakeholders: await prisma.stakeholder.count(),
    tally: await world.api.graphql.ok(RESULTS, { id: roundId }, world.as('hubManager')),
    stats: await world.api.graphql.ok(STATS, statsPeriod, world.as('parkAdmin')),
  };
}

/** Every text, varchar, citext, array and JSON column of every table holding `needle`. */
async function columnsHolding(needle: string): Promise<string[]> {
  const columns = await world.api.prisma.$queryRaw<{ table: string; column: string }[]>`
    SELECT c.table_name AS table, c.column_name AS column FROM information_schema.columns c
    JOIN information_schema.tables t USING (table_schema, table_name)
    WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE'
      AND (c.data_type IN ('text', 'character varying', 'character', 'json', 'jsonb', 'ARRAY')
        OR c.udt_name = 'citext')`;
  const hits: string[] = [];
  for (const { table, column } of columns) {
    const [{ count }] = await world.api.prisma.$queryRawUnsafe<{ count: number }[]>(
      `SELECT count(*)::int AS count FROM "${table}" WHERE strpos(lower("${column}"::text), lower($1)) > 0`,
      needle,
    );
    if (count) hits.push(`${table}.${column} (${count})`);
  }
  return hits;
}

beforeAll(async () => {
  world = await ProjectWorld.start();
  park = world.park;
  leaver = await personOf('reviewer1');
  await leaverTouchesEverything();
}, SET_UP_MS * 2);
afterAll(() => world?.close());

describe('erasing an account', () => {
  it('refuses a wrong password and a sole owner (naming what they own), changing nothing', async () => {
    const before = await whatMustStay();
    const wrong = await world.api.graphql.errorCode(
      DELETE,
      { password: 'not it at all' },
      leaver.as,
    );
    expect(wrong.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['password'] });

    const sole = await world.api.graphql.errorCode(DELETE, { password: PASSWORD }, leaver.as);
    const owned = await ownedBy(leaver.id);
    expect(owned).toHaveLength(2);
    expect(sole.extensions.code).toBe('CONFLICT');
    expect(sole.extensions.reason).toBe('SOLE_OWNER');
    for (const { stakeholder } of owned) expect(sole.message).toContain(stakeholder.name);
    expect(sole.message).toContain('transfer');
    expect(await whatMustStay()).toEqual(before);
    expect(await columnsHolding(leaver.email)).not.toEqual([]);
  });

  it('lets only park admins erase someone else', async () => {
    const target = await park.newUser();
    for (const who of ['hubManager', 'leadOwner'] as Who[]) {
      const refused = await world.api.graphql.errorCode(
        ERASE,
        { userId: target.id, reason: 'Asked by phone' },
        world.as(who),
      );
      expect(refused.extensions.code).toBe('FORBIDDEN');
    }
    expect(await world.api.prisma.user.findUnique({ where: { id: target.id } })).toMatchObject({
      email: target.email,
      erasedAt: null,
    });
  });

  it('destroys every trace of the person and keeps counts, tallies and parkStats', async () => {
    // Ownership handed over first, as the refusal asked.
    const heir = await personOf('reviewer2');
    for (const { stakeholder } of await ownedBy(leaver.id)) {
      await park.addMember(
        { id: stakeholder.id, name: stakeholder.name, owner: leaver },
        'ADMIN',
        heir,
      );
      await gqlAs(
        leaver,
        `mutation ($stakeholderId: ID!, $userId: ID!) { transferStakeholderOwnership(stakeholderId: $stakeholderId, userId: $userId) { __typename } }`,
        { stakeholderId: stakeholder.id, userId: heir.id },
      );
    }
    const before = await whatMustStay();
    const auditBefore = await world.api.prisma.auditLogEntry.count();
    const { me: feed } = await gqlAs<{ me: { calendarFeedUrl: string } }>(
      leaver,
      `{ me { calendarFeedUrl } }`,
      {},
    );

    expect(await gqlAs(leaver, DELETE, { password: PASSWORD })).toEqual({ deleteMyAccount: true });

    expect(await columnsHolding(leaver.email)).toEqual([]);
    expect(await columnsHolding(leaver.displayName)).toEqual([]);
    expect(await whatMustStay()).toEqual(before);

    // What stays points at the pseudonym.
    const row = await world.api.prisma.user.findUniqueOrThrow({ where: { id: leaver.id } });
    expect(row).toMatchObject({
      displayName: PSEUDONYM,
      emailVerifiedAt: null,
      calendarFeedSecret: null,
    });
    const feedAfter = await request(world.api.app.getHttpServer()).get(
      new URL(feed.calendarFeedUrl).pathname,
    );
    expect(feedAfter.status).toBe(404);
    expect(row.erasedAt).not.toBeNull();
    expect(await world.api.prisma.ballot.count({ where: { voterId: leaver.id } })).toBe(1);
    expect(await world.api.prisma.projectReview.count({ where: { reviewerId: leaver.id } })).toBe(
      1,
    );
    for (const table of [
      'authSession',
      'mailPreference',
      'notification',
      'stakeholderMember',
    ] as const) {
      const where = table === 'notification' ? { recipientId: leaver.id } : { userId: leaver.id };
      expect(
        await (world.api.prisma[table] as { count: (q: object) => Promise<number> }).count({
          where,
        }),
      ).toBe(0);
    }

    // One audit entry of the erasure, with nothing of the person in it.
    expect(await world.api.prisma.auditLogEntry.count()).toBe(auditBefore + 1);
    const [entry] = await world.api.prisma.auditLogEntry.findMany({
      where: { action: 'erase-account', entityId: leaver.id },
    });
    expect(entry).toMatchObject({ actorId: null, entityType: 'User', details: { by: 'self' } });

    // Every token of theirs stops working; the address no longer signs in.
    const me = await world.api.graphql.errorCode(`{ me { id } }`, {}, leaver.as);
    expect(me.extensions.code).toBe('UNAUTHENTICATED');
    const bookings = await world.api.graphql.errorCode(`{ myDataExports { id } }`, {}, leaver.as);
    expect(bookings.extensions.code).toBe('UNAUTHENTICATED');
    const login = await world.api.graphql.execute(
      `mutation ($input: LoginInput!) { login(input: $input) { accessToken } }`,
      { input: { email: leaver.email, password: PASSWORD } },
    );
    expect(login.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });

  it('lets a park admin erase an account once, recording who did it and why', async () => {
    const target = await park.newUser();
    const admin = world.as('parkAdmin');
    const reason = `PIPA request by post from ${target.displayName}`;
    expect(await world.api.graphql.ok(ERASE, { userId: target.id, reason }, admin)).toEqual({
      eraseUser: true,
    });
    const again = await world.api.graphql.errorCode(ERASE, { userId: target.id, reason }, admin);
    expect(again.extensions.code).toBe('NOT_FOUND');
    const [entry] = await world.api.prisma.auditLogEntry.findMany({
      where: { action: 'erase-account', entityId: target.id },
    });
    expect(entry.actorId).toBe(world.userIds.parkAdmin);
    expect(entry.details).toEqual({
      by: 'park-admin',
      reason: `PIPA request by post from ${PSEUDONYM}`,
    });
    expect(await columnsHolding(target.email)).toEqual([]);
  });

  it('leaves a stakeholder an owner when its two owners erase themselves at once', async () => {
    const [first, second] = await park.newUsers(2);
    const shared = await park.newStakeholder({ owner: first });
    await park.addMember(shared, 'ADMIN', second);
    // Two owners: the API hands ownership over rather than sharing it, so the test sets it.
    await world.api.prisma.stakeholderMember.updateMany({
      where: { stakeholderId: shared.id, userId: second.id },
      data: { role: 'OWNER' },
    });
    const answers = await Promise.all(
      [first, second].map((who) =>
        world.api.graphql.execute(DELETE, { password: PASSWORD }, who.as),
      ),
    );
    const codes = answers.map((a) => a.errors?.[0]?.extensions.code ?? 'OK').sort();
    expect(codes).toEqual(['CONFLICT', 'OK']);
    const owners = await world.api.prisma.stakeholderMember.count({
      where: { stakeholderId: shared.id, role: 'OWNER' },
    });
    expect(owners).toBe(1);
  });
});
