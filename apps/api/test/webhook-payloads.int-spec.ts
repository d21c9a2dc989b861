import { JobWorker } from '@park/platform/jobs';
import { Webhook as StandardWebhook } from 'standardwebhooks';
import { HOUR_MS, midnightAhead, Person, ROUND_THE_CLOCK, seoulDay, Stakeholder } from './support';
import { ok } from './support/partnerships';
import { ProjectWorld } from './support/projects';
import { Received, WebhookReceiver } from './support/webhook-receiver';

// What a webhook's payload says of its entity (`data.entity`, docs/webhooks.md): for every
// entity type a workflow reports, the entity as the GraphQL API shows it to a party, read once
// per event in the step's transaction, and never a partnership's data-sharing terms, comments
// or anyone's e-mail. A real receiver in this process checks every signature.

interface Payload {
  id: string;
  type: string;
  time: string;
  data: {
    entityType: string;
    id: string;
    state: string;
    previousState: string | null;
    stakeholderIds: string[];
    entity: Record<string, unknown> | null;
  };
}

const CREATE = `mutation ($input: CreateWebhookInput!) {
  createWebhook(input: $input) { secret webhook { id } } }`;
const HUB = 'hub { id slug name }';

/** The keys of each entity type's snapshot: receivers rely on them (docs/webhooks.md). */
const KEYS: Record<string, string[]> = {
  Membership: ['id', 'hub', 'stakeholder', 'plan', 'status', 'appliedAt', 'decidedAt'],
  Partnership: [
    'id',
    'proposer',
    'partner',
    'hub',
    'kind',
    'status',
    'title',
    'summary',
    'policyAreas',
    'startsOn',
    'endsOn',
    'createdAt',
  ],
  Booking: ['id', 'space', 'hub', 'stakeholder', 'startsAt', 'endsAt', 'status', 'createdAt'],
  Project: [
    'id',
    'hub',
    'leadStakeholder',
    'title',
    'summary',
    'policyAreas',
    'status',
    'requestedBudget',
    'fundedAmount',
    'funding',
    'createdAt',
  ],
  BudgetRound: [
    'id',
    'hub',
    'title',
    'status',
    'totalBudget',
    'maxSelections',
    'minSelections',
    'tallyMethod',
    'results',
    'createdAt',
  ],
};
const DATA_KEYS = ['entityType', 'id', 'state', 'previousState', 'stakeholderIds', 'entity'];

const receiver = new WebhookReceiver();
let world: ProjectWorld;
let admin: Person;
let parkWide: { secret: string };

beforeAll(async () => {
  await receiver.start();
  world = await ProjectWorld.start({ WEBHOOK_ALLOW_PRIVATE_NETWORKS: 'true', JOBS_POLL_MS: '200' });
  admin = await world.park.admin();
  const { webhookEventTypes } = await world.api.graphql.ok<{ webhookEventTypes: string[] }>(
    `{ webhookEventTypes }`,
  );
  parkWide = await hook(admin, { url: receiver.url('/park'), events: webhookEventTypes });
  await world.api.app.get(JobWorker).start();
}, 120_000);

afterAll(async () => {
  await world?.close();
  await receiver.stop();
});

async function hook(
  owner: { as: { token: string } },
  input: { stakeholderId?: string; url: string; events: string[] },
) {
  return (
    await world.api.graphql.ok<{ createWebhook: { secret: string } }>(CREATE, { input }, owner.as)
  ).createWebhook;
}

/** The payloads `path` has received once it has `count`, each verified with `secret`. */
async function payloads(path: string, count: number, secret: string): Promise<Payload[]> {
  const got = await receiver.waitFor(path, count);
  return got.map((request: Received) => {
    return new StandardWebhook(secret).verify(
      request.body,
      request.headers as Record<string, string>,
    ) as Payload;
  });
}

/** The park-wide webhook's payload of `type` about `entityId` (waiting for it). */
async function parkWidePayload(type: string, entityId: string): Promise<Payload> {
  for (let count = 1; ; count += 1) {
    const all = await payloads('/park', count, parkWide.secret);
    const found = all.find((p) => p.type === type && p.data.id === entityId);
    if (found) return found;
  }
}

const node = async <T>(id: string, fields: string, who: { token?: string }) =>
  (
    await world.api.graphql.ok<{ node: T }>(
      `query ($id: ID!) { node(id: $id) { ${fields} } }`,
      { id },
      who,
    )
  ).node;

function expectStable(payload: Payload) {
  expect(Object.keys(payload)).toEqual(['id', 'type', 'time', 'data']);
  expect(Object.keys(payload.data)).toEqual(DATA_KEYS);
  expect(Object.keys(payload.data.entity ?? {})).toEqual(KEYS[payload.data.entityType]);
}

it('carries a membership as its stakeholder sees it, with when it was applied for and decided', async () => {
  const hub = await world.park.hub('youth-hub');
  const a = await world.park.newStakeholder();
  const { secret } = await hook(a.owner, {
    stakeholderId: a.id,
    url: receiver.url('/membership'),
    events: ['membership.applied', 'membership.review_started', 'membership.approved'],
  });
  const { membershipId } = await world.park.newMember(hub, a);
  const [applied, , approved] = await payloads('/membership', 3, secret);

  const seen = await node<{ createdAt: string }>(
    membershipId,
    `... on Membership { id ${HUB} stakeholder { id name } plan status createdAt }`,
    a.owner.as,
  );
  const decision = await world.api.prisma.workflowEvent.findFirstOrThrow({
    where: { entityId: membershipId, action: 'approve' },
  });
  const { createdAt, ...fields } = seen;
  expect(approved.data.entity).toEqual({
    ...fields,
    appliedAt: createdAt,
    decidedAt: decision.at.toISOString(),
  });
  expect(applied.data.entity).toMatchObject({ status: 'SUBMITTED', decidedAt: null });
  expectStable(applied);
  expectStable(approved);
});

describe('a partnership', () => {
  let proposer: Stakeholder;
  let partner: Stakeholder;
  let partnershipId: string;
  const SECRETS = {
    proposerMail: 'proposer-contact-zq81@example.org',
    partnerMail: 'partner-contact-zq82@example.org',
    dataset: 'Dataset-zq83 of repair visits',
    purpose: 'Purpose-zq84 of the data sharing',
    comment: 'Comment-zq85 between the parties',
  };
  let secrets: { proposer: string; partner: string };

  beforeAll(async () => {
    const hub = await world.park.hub('social-economy-centre');
    proposer = await world.park.newStakeholder({
      kind: 'NON_PROFIT',
      contactEmail: SECRETS.proposerMail,
    });
    partner = await world.park.newStakeholder({
      kind: 'PRIVATE_FIRM',
      contactEmail: SECRETS.partnerMail,
    });
    const events = ['partnership.proposed', 'partnership.accepted'];
    secrets = {
      proposer: (
        await hook(proposer.owner, {
          stakeholderId: proposer.id,
          url: receiver.url('/proposer'),
          events,
        })
      ).secret,
      partner: (
        await hook(partner.owner, {
          stakeholderId: partner.id,
          url: receiver.url('/partner'),
          events,
        })
      ).secret,
    };
    partnershipId = (
      await world.api.graphql.ok<{ proposePartnership: { id: string } }>(
        `mutation ($input: ProposePartnershipInput!) { proposePartnership(input: $input) { id } }`,
        {
          input: {
            proposerId: proposer.id,
            partnerId: partner.id,
            hubId: hub.id,
            kind: 'DATA',
            title: world.park.unique('Repair data'),
            summary: 'Who the repair cafés reach, shared every quarter.',
            policyAreas: ['ENVIRONMENT_CLIMATE'],
            startsOn: seoulDay(7),
            endsOn: seoulDay(372),
            dataSharing: {
              datasets: [SECRETS.dataset],
              purpose: SECRETS.purpose,
              retentionDays: 365,
              personalData: true,
            },
          },
        },
        proposer.owner.as,
      )
    ).proposePartnership.id;
    await world.api.graphql.ok(
      `mutation ($id: ID!, $body: String!) { addPartnershipComment(id: $id, body: $body) { comment { id } } }`,
      { id: partnershipId, body: SECRETS.comment },
      proposer.owner.as,
    );
    await world.api.graphql.ok(
      `mutation ($id: ID!) { acceptPartnership(id: $id) { id } }`,
      { id: partnershipId },
      partner.owner.as,
    );
  });

  it('carries what both parties see of it to both', async () => {
    const [proposed, accepted] = await payloads('/proposer', 2, secrets.proposer);
    const partnerSide = await payloads('/partner', 2, secrets.partner);
    expect(partnerSide.map((p) => p.data.entity)).toEqual([
      proposed.data.entity,
      accepted.data.entity,
    ]);
    const seen = await node<Record<string, unknown>>(
      partnershipId,
      `... on Partnership { id proposer { id name } partner { id name } ${HUB} kind status
        title summary policyAreas startsOn endsOn createdAt }`,
      partner.owner.as,
    );
    expect(accepted.data.entity).toEqual(seen);
    expect(proposed.data.entity).toEqual({ ...seen, status: 'PROPOSED' });
    expectStable(proposed);
    expectStable(accepted);
  });

  it('never carries its data-sharing terms, comments or anyone’s e-mail, to any receiver', async () => {
    await payloads('/proposer', 2, secrets.proposer);
    await parkWidePayload('partnership.accepted', partnershipId);
    const bodies = receiver.received.map((request) => request.body).join('\n');
    expect(bodies).toContain(partnershipId);
    for (const text of [
      ...Object.values(SECRETS),
      proposer.owner.email,
      partner.owner.email,
      'retentionDays',
      'personalData',
    ]) {
      expect(bodies).not.toContain(text);
    }
  });
});

it('carries a booking’s space, hub, times, status and stakeholder, never who booked it or why', async () => {
  const hub = await world.park.hub('youth-hub');
  const lead = { id: world.leadId, owner: world.as('leadOwner') as { token: string } };
  const { secret } = await hook(
    { as: lead.owner },
    {
      stakeholderId: lead.id,
      url: receiver.url('/booking'),
      events: ['booking.created', 'booking.cancelled'],
    },
  );
  const space = await world.park.newSpace(hub, { openingHours: ROUND_THE_CLOCK });
  const starts = midnightAhead(4) + 10 * HOUR_MS;
  const purpose = 'Purpose-zq86 of the booking';
  const { bookSpace } = await world.api.graphql.ok<{ bookSpace: { id: string } }>(
    `mutation ($input: BookSpaceInput!) { bookSpace(input: $input) { id } }`,
    {
      input: {
        spaceId: space.id,
        stakeholderId: lead.id,
        startsAt: new Date(starts).toISOString(),
        endsAt: new Date(starts + HOUR_MS).toISOString(),
        purpose,
        attendees: 3,
      },
    },
    lead.owner,
  );
  await world.api.graphql.ok(
    `mutation ($id: ID!) { cancelBooking(id: $id) { id } }`,
    { id: bookSpace.id },
    lead.owner,
  );
  const [created, cancelled] = await payloads('/booking', 2, secret);
  const seen = await node(
    bookSpace.id,
    `... on Booking { id space { id name ${HUB} } stakeholder { id name }
      startsAt endsAt status createdAt }`,
    lead.owner,
  );
  const { space: seenSpace, ...rest } = seen as {
    space: { id: string; name: string; hub: object };
  };
  const expected = {
    ...rest,
    space: { id: seenSpace.id, name: seenSpace.name },
    hub: seenSpace.hub,
  };
  expect(cancelled.data.entity).toEqual(expected);
  expect(created.data.entity).toEqual({ ...expected, status: 'CONFIRMED' });
  expect(created.data.previousState).toBeNull();
  const bodies = receiver.at('/booking').map((request) => request.body);
  for (const body of bodies) {
    expect(body).not.toContain(purpose);
    expect(body).not.toContain(world.userIds.leadOwner);
  }
  expectStable(created);
  expectStable(cancelled);
});

it('carries a project with its funding by source', async () => {
  const { secret } = await hook(
    { as: world.as('leadOwner') as { token: string } },
    { stakeholderId: world.leadId, url: receiver.url('/project'), events: ['project.funded'] },
  );
  const budget = 7_000_000;
  const projectId = await world.inState('FUNDED', { requestedBudget: budget });
  const [funded] = await payloads('/project', 1, secret);
  const seen = await node<{ funding: { source: string; amount: number }[] }>(
    projectId,
    `... on Project { id ${HUB} leadStakeholder { id name } title summary policyAreas status
      requestedBudget fundedAmount createdAt funding { source amount } }`,
    world.as('leadOwner'),
  );
  const { funding, ...fields } = seen;
  expect(funded.data.entity).toEqual({ ...fields, funding: expect.any(Array) });
  const bySource = new Map<string, number>();
  for (const grant of funding) {
    bySource.set(grant.source, (bySource.get(grant.source) ?? 0) + grant.amount);
  }
  expect(funded.data.entity?.funding).toEqual(
    [...bySource].sort().map(([source, amount]) => ({ source, amount })),
  );
  expect(funded.data.entity?.fundedAmount).toBe(budget);
  expectStable(funded);
});

it('carries a budget round, and its results per project once tallied, to park-wide webhooks', async () => {
  const round = (
    await world.api.graphql.ok<{ createBudgetRound: { id: string } }>(
      `mutation ($input: CreateBudgetRoundInput!) { createBudgetRound(input: $input) { id } }`,
      {
        input: {
          hubId: world.hubId,
          title: world.park.unique('Youth budget'),
          totalBudget: 15_000_000,
          maxSelections: 2,
          tallyMethod: 'GREEDY',
        },
      },
      world.as('hubManager'),
    )
  ).createBudgetRound;
  const move = (field: string, id = round.id) =>
    world.api.graphql.ok(
      `mutation ($id: ID!) { ${field}(id: $id) { id } }`,
      { id },
      world.as('hubManager'),
    );
  await move('openBudgetRound');
  const projects: string[] = [];
  for (const budget of [8_000_000, 6_000_000, 5_000_000]) {
    const id = await world.inState('APPROVED', { requestedBudget: budget });
    ok(
      await world.gql(
        `mutation ($roundId: ID!, $projectId: ID!) { addProjectToRound(roundId: $roundId, projectId: $projectId) { id } }`,
        { roundId: round.id, projectId: id },
        'leadOwner',
      ),
    );
    projects.push(id);
  }
  await move('startBudgetVoting');
  for (const who of ['reviewer1', 'reviewer2'] as const) {
    ok(
      await world.gql(
        `mutation ($roundId: ID!, $projectIds: [ID!]!) { castBallot(roundId: $roundId, projectIds: $projectIds) { ballot { id } } }`,
        {
          roundId: round.id,
          projectIds: who === 'reviewer1' ? projects.slice(0, 2) : [projects[1]],
        },
        who,
      ),
    );
  }
  await move('closeBudgetRound');
  ok(
    await world.gql(
      `mutation ($roundId: ID!) { tallyBudgetRound(roundId: $roundId) { id } }`,
      { roundId: round.id },
      'hubManager',
    ),
  );

  const created = await parkWidePayload('budget_round.created', round.id);
  const tallied = await parkWidePayload('budget_round.tallied', round.id);
  const seen = await node<{
    results: {
      project: { id: string; title: string };
      explanation: { rank: number };
      votes: number;
      funded: boolean;
      amount: number;
    }[];
  }>(
    round.id,
    `... on BudgetRound { id ${HUB} title status totalBudget maxSelections minSelections
      tallyMethod createdAt results { project { id title } explanation { rank } votes funded amount } }`,
    world.as('leadOwner'),
  );
  const { results, ...fields } = seen;
  // Funded by votes until the budget runs out: the third is not.
  expect(results.map((result) => result.funded).sort()).toEqual([false, true, true]);
  expect(tallied.data.entity).toEqual({
    ...fields,
    results: results
      .map(({ explanation, ...result }) => ({ ...result, rank: explanation.rank }))
      .sort((x, y) => x.rank - y.rank),
  });
  expect(created.data.entity).toEqual({ ...fields, status: 'DRAFT', results: null });
  expect(tallied.data.stakeholderIds).toEqual([]);
  expectStable(created);
  expectStable(tallied);
});

it('reads the snapshot once per event, whatever the number of webhooks, and sends all one body', async () => {
  const hub = await world.park.hub('local-community-centre');
  const a = await world.park.newStakeholder();
  const membershipId = await world.park.apply(hub, a);
  const reads: string[] = [];
  let counting = false;
  world.api.prisma.onStatement((statement) => {
    if (counting && statement.query.includes('FROM memberships m WHERE m.id')) {
      reads.push(statement.params);
    }
  });
  const step = async (field: string) => {
    reads.length = 0;
    counting = true;
    await world.api.graphql.ok(
      `mutation ($id: ID!) { ${field}(id: $id) { id } }`,
      { id: membershipId },
      admin.as,
    );
    counting = false;
    return reads.length;
  };
  // Only the park-wide webhook listens to this step (one for the snapshot).
  expect(await step('startMembershipReview')).toBe(1);
  for (const path of ['/many-1', '/many-2', '/many-3']) {
    await hook(a.owner, {
      stakeholderId: a.id,
      url: receiver.url(path),
      events: ['membership.approved'],
    });
  }
  expect(await step('approveMembership')).toBe(1);
  const [first] = await receiver.waitFor('/many-1', 1);
  for (const path of ['/many-2', '/many-3']) {
    expect((await receiver.waitFor(path, 1))[0].body).toBe(first.body);
  }
  expect(JSON.parse(first.body).data.entity.status).toBe('APPROVED');
});
