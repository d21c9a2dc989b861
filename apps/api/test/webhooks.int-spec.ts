import { TransactionRunner } from '@park/platform/database';
import { JobWorker } from '@park/platform/jobs';
import { WorkflowRunner } from '@park/platform/workflow';
import { WebhookClock } from '@park/webhooks';
import { randomUUID } from 'node:crypto';
import { Webhook as StandardWebhook } from 'standardwebhooks';
import {
  DAY_MS,
  HOUR_MS,
  Hub,
  Park,
  Person,
  SET_UP_MS,
  Stakeholder,
  startPark,
  TestApi,
} from './support';
import { mailTo } from './support/mail-outbox';
import { codeOf } from './support/responses';
import { eventually, Received, WebhookReceiver } from './support/webhook-receiver';

// Partner systems hear what happens in the park: a real HTTP receiver in this process checks
// every signature with the standardwebhooks library, answers 500, goes down and comes back, and
// the webhook is disabled after 24 hours of failures on the webhooks' clock.

const CREATE = `mutation ($input: CreateWebhookInput!) {
  createWebhook(input: $input) { secret webhook { id stakeholderId url events enabled } } }`;
const DELIVERIES = `query ($webhookId: ID!, $first: Int, $after: String) {
  webhookDeliveries(webhookId: $webhookId, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id eventId eventType entityId status attempts { statusCode error durationMs responseExcerpt } } } } }`;
const WEBHOOKS = `query ($stakeholderId: ID) { webhooks(stakeholderId: $stakeholderId) { id enabled disabledAt failingSince } }`;
const MEMBERSHIP_EVENTS = [
  'membership.applied',
  'membership.review_started',
  'membership.approved',
];

interface Delivery {
  id: string;
  eventId: string;
  eventType: string;
  entityId: string;
  status: string;
  attempts: { statusCode: number | null; error: string | null }[];
}

describe('webhooks', () => {
  const receiver = new WebhookReceiver();
  let api: TestApi;
  let park: Park;
  let hub: Hub;
  let admin: Person;

  beforeAll(async () => {
    await receiver.start();
    ({ api, park } = await startPark({
      WEBHOOK_ALLOW_PRIVATE_NETWORKS: 'true',
      WEBHOOK_RETRY_FIRST_MS: '300',
      JOBS_POLL_MS: '200',
    }));
    hub = await park.hub('youth-hub');
    admin = await park.parkAdmin();
    await api.app.get(JobWorker).start();
  }, SET_UP_MS);

  afterAll(async () => {
    await api?.close();
    await receiver.stop();
  });

  const hook = async (
    owner: { as: { token: string } },
    input: { stakeholderId?: string; url: string; events: string[]; description?: string },
  ) =>
    (
      await api.graphql.ok<{
        createWebhook: { secret: string; webhook: { id: string; stakeholderId: string | null } };
      }>(CREATE, { input }, owner.as)
    ).createWebhook;

  const deliveries = async (webhookId: string, as: { token: string }) =>
    (
      await api.graphql.ok<{ webhookDeliveries: { edges: { node: Delivery }[] } }>(
        DELIVERIES,
        { webhookId, first: 100 },
        as,
      )
    ).webhookDeliveries.edges.map((edge) => edge.node);

  /** Verifies with the standardwebhooks library: throws unless `secret` signed it. */
  const verified = (request: Received, secret: string) =>
    new StandardWebhook(secret).verify(request.body, request.headers as Record<string, string>) as {
      id: string;
      type: string;
      data: Record<string, unknown>;
    };

  it('signs every step of a stakeholder’s own, and another stakeholder’s webhook hears none of them', async () => {
    const a = await park.newStakeholder({ contactEmail: 'private-a@example.org' });
    const b = await park.newStakeholder();
    const hookA = await hook(a.owner, {
      stakeholderId: a.id,
      url: receiver.url('/a'),
      events: MEMBERSHIP_EVENTS,
    });
    const hookB = await hook(b.owner, {
      stakeholderId: b.id,
      url: receiver.url('/b'),
      events: MEMBERSHIP_EVENTS,
    });
    expect(hookA.secret).toMatch(/^whsec_/);

    const { membershipId } = await park.newMember(hub, a);
    const got = await receiver.waitFor('/a', 3);
    const events = got.map((request) => verified(request, hookA.secret));
    expect(events.map((event) => event.type)).toEqual(MEMBERSHIP_EVENTS);
    expect(events[2].data).toEqual({
      entityType: 'Membership',
      id: membershipId,
      state: 'APPROVED',
      previousState: 'UNDER_REVIEW',
      stakeholderIds: [a.id],
      // The membership as its stakeholder sees it (webhook-payloads.int-spec.ts has every type).
      entity: expect.objectContaining({
        id: membershipId,
        status: 'APPROVED',
        stakeholder: { id: a.id, name: a.name },
      }),
    });
    // The header's id is the event's id; each event its own.
    expect(got.map((request) => request.headers['webhook-id'])).toEqual(events.map((e) => e.id));
    expect(new Set(events.map((e) => e.id)).size).toBe(3);
    // Another's secret does not verify it, and nothing private rides along.
    expect(() => verified(got[0], hookB.secret)).toThrow();
    expect(got.map((request) => request.body).join()).not.toContain('private-a@example.org');

    // B's own steps reach B's webhook only.
    await park.apply(hub, b);
    await receiver.waitFor('/b', 1);
    expect(verified(receiver.at('/b')[0], hookB.secret).type).toBe('membership.applied');
    expect(receiver.at('/b')).toHaveLength(1);
    expect(receiver.at('/a')).toHaveLength(3);

    const listed = await deliveries(hookA.webhook.id, a.owner.as);
    expect(listed.map((d) => [d.eventType, d.status, d.attempts.map((t) => t.statusCode)])).toEqual(
      [...MEMBERSHIP_EVENTS].reverse().map((type) => [type, 'DELIVERED', [200]]),
    );
  });

  it('pages deliveries by cursor, newest first', async () => {
    const a = await park.newStakeholder();
    const { webhook } = await hook(a.owner, {
      stakeholderId: a.id,
      url: receiver.url('/paged'),
      events: MEMBERSHIP_EVENTS,
    });
    await park.newMember(hub, a);
    await receiver.waitFor('/paged', 3);
    const first = await api.graphql.ok<{
      webhookDeliveries: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string };
        edges: { node: Delivery }[];
      };
    }>(DELIVERIES, { webhookId: webhook.id, first: 2 }, a.owner.as);
    expect(first.webhookDeliveries.totalCount).toBe(3);
    expect(first.webhookDeliveries.pageInfo.hasNextPage).toBe(true);
    const next = await api.graphql.ok<{ webhookDeliveries: { edges: { node: Delivery }[] } }>(
      DELIVERIES,
      { webhookId: webhook.id, first: 2, after: first.webhookDeliveries.pageInfo.endCursor },
      a.owner.as,
    );
    expect(next.webhookDeliveries.edges.map((e) => e.node.eventType)).toEqual([
      'membership.applied',
    ]);
  });

  it('sends nothing for a change that rolls back, and queues a committed one', async () => {
    const a = await park.newStakeholder();
    await hook(a.owner, {
      stakeholderId: a.id,
      url: receiver.url('/rollback'),
      events: MEMBERSHIP_EVENTS,
    });
    const step = (entityId: string, fail: boolean) =>
      api.app.get(TransactionRunner).run(async (tx) => {
        await api.app
          .get(WorkflowRunner)
          .start(tx, 'Membership', entityId, 'SUBMITTED', a.owner.id, [], [a.id]);
        if (fail) throw new Error('the step fails after its event');
      });
    const rolledBack = randomUUID();
    const committed = randomUUID();
    await expect(step(rolledBack, true)).rejects.toThrow('the step fails');
    await step(committed, false);
    expect(await api.prisma.webhookDelivery.count({ where: { entityId: rolledBack } })).toBe(0);
    const jobs = await api.prisma.$queryRaw<{ entity: string }[]>`
      SELECT p.payload->>'entityId' AS entity FROM graphile_worker.jobs j
      JOIN graphile_worker._private_jobs p USING (id)
      WHERE j.task_identifier = 'webhook.deliver'`;
    expect(jobs.map((job) => job.entity)).not.toContain(rolledBack);
    const [sent] = await receiver.waitFor('/rollback', 1);
    expect(JSON.parse(sent.body).data.id).toBe(committed);
  });

  it('retries after a 500 and after the receiver was down, in order per entity', async () => {
    const a = await park.newStakeholder();
    const { webhook, secret } = await hook(a.owner, {
      stakeholderId: a.id,
      url: receiver.url('/flaky'),
      events: MEMBERSHIP_EVENTS,
    });
    receiver.answers.push(500);
    const membershipId = await park.apply(hub, a);
    const [failed, retried] = await receiver.waitFor('/flaky', 2);
    expect(failed.headers['webhook-id']).toBe(retried.headers['webhook-id']);
    verified(retried, secret);
    await eventually(
      async () => (await deliveries(webhook.id, a.owner.as))[0]?.status === 'DELIVERED',
      'the retried delivery',
    );
    const [first] = await deliveries(webhook.id, a.owner.as);
    expect(first.attempts.map((t) => t.statusCode)).toEqual([500, 200]);
    expect(first.attempts[0].error).toBe('answered 500');

    // Down: two steps of the same membership wait, then arrive in the order they happened.
    await receiver.stop();
    for (const field of ['startMembershipReview', 'approveMembership']) {
      await api.graphql.ok(
        `mutation ($id: ID!) { ${field}(id: $id) { id } }`,
        { id: membershipId },
        admin.as,
      );
    }
    await eventually(async () => {
      const listed = await deliveries(webhook.id, a.owner.as);
      return listed.some((d) => d.attempts.some((t) => t.statusCode === null && t.error));
    }, 'a failed attempt while the receiver is down');
    await receiver.start();
    const all = await receiver.waitFor('/flaky', 4);
    expect(all.slice(2).map((request) => verified(request, secret).type)).toEqual([
      'membership.review_started',
      'membership.approved',
    ]);
    await eventually(
      async () => (await deliveries(webhook.id, a.owner.as)).every((d) => d.status === 'DELIVERED'),
      'every delivery delivered',
    );
  });

  it('disables a webhook after 24 hours of failures, tells its owners, and sends what waited once re-enabled', async () => {
    const a = await park.newStakeholder();
    const coAdmin = await park.addMember(a, 'ADMIN');
    const { webhook, secret } = await hook(a.owner, {
      stakeholderId: a.id,
      url: receiver.url('/down'),
      events: MEMBERSHIP_EVENTS,
    });
    receiver.otherwise = 503;
    try {
      await park.apply(hub, a);
      await receiver.waitFor('/down', 1);
      const clock = api.app.get(WebhookClock);
      clock.advance(23 * HOUR_MS);
      await receiver.waitFor('/down', 2);
      // 23 hours of failures: still enabled.
      let [listed] = (
        await api.graphql.ok<{ webhooks: { id: string; enabled: boolean }[] }>(
          WEBHOOKS,
          { stakeholderId: a.id },
          a.owner.as,
        )
      ).webhooks;
      expect(listed.enabled).toBe(true);
      clock.advance(2 * HOUR_MS);
      await eventually(async () => {
        [listed] = (
          await api.graphql.ok<{ webhooks: { id: string; enabled: boolean }[] }>(
            WEBHOOKS,
            { stakeholderId: a.id },
            a.owner.as,
          )
        ).webhooks;
        return !listed.enabled;
      }, 'the webhook disabled');
    } finally {
      receiver.otherwise = 200;
    }
    const told = await api.prisma.notification.findMany({
      where: { kind: 'WEBHOOK_DISABLED', entityId: a.id },
    });
    expect(told.map((n) => n.recipientId).sort()).toEqual([a.owner.id, coAdmin.id].sort());
    // And by mail, like every notice (the dev outbox here).
    const mails = await eventually(async () => {
      const sent = await mailTo(api.mailOutbox, a.owner.email);
      const telling = sent.filter((mail) => mail.text.includes(receiver.url('/down')));
      return telling.length ? telling : null;
    }, 'the mail telling the owner');
    expect(mails.length).toBeGreaterThan(0);
    const tried = receiver.at('/down').length;

    // Disabled: a new step waits, nothing is sent.
    await park.newMember(hub, await park.newStakeholder());
    const redeliver = await api.graphql.execute(
      `mutation ($id: ID!) { redeliverWebhook(deliveryId: $id) { id } }`,
      { id: (await deliveries(webhook.id, a.owner.as))[0].id },
      a.owner.as,
    );
    expect(codeOf(redeliver)).toBe('CONFLICT');

    await api.graphql.ok(
      `mutation ($id: ID!) { updateWebhook(id: $id, input: { enabled: true }) { id enabled } }`,
      { id: webhook.id },
      a.owner.as,
    );
    const after = await receiver.waitFor('/down', tried + 1);
    expect(verified(after[tried], secret).type).toBe('membership.applied');
    expect(receiver.at('/down').length).toBe(tried + 1);
  });

  it('redelivers an event with the same webhook-id, as a new delivery', async () => {
    const a = await park.newStakeholder();
    const { webhook, secret } = await hook(a.owner, {
      stakeholderId: a.id,
      url: receiver.url('/again'),
      events: ['membership.applied'],
    });
    await park.apply(hub, a);
    const [original] = await receiver.waitFor('/again', 1);
    const [delivery] = await deliveries(webhook.id, a.owner.as);
    const { redeliverWebhook } = await api.graphql.ok<{ redeliverWebhook: { id: string } }>(
      `mutation ($id: ID!) { redeliverWebhook(deliveryId: $id) { id status } }`,
      { id: delivery.id },
      a.owner.as,
    );
    expect(redeliverWebhook.id).not.toBe(delivery.id);
    const [, again] = await receiver.waitFor('/again', 2);
    expect(again.headers['webhook-id']).toBe(original.headers['webhook-id']);
    expect(again.body).toBe(original.body);
    verified(again, secret);
    expect((await deliveries(webhook.id, a.owner.as)).map((d) => d.eventId)).toEqual([
      delivery.eventId,
      delivery.eventId,
    ]);
  });

  it('signs with the old secret alongside the new for 24 hours after a rotation', async () => {
    const a = await park.newStakeholder();
    const { webhook, secret: old } = await hook(a.owner, {
      stakeholderId: a.id,
      url: receiver.url('/rotated'),
      events: ['membership.applied'],
    });
    const { rotateWebhookSecret } = await api.graphql.ok<{
      rotateWebhookSecret: { secret: string; webhook: { previousSecretUntil: string } };
    }>(
      `mutation ($id: ID!) { rotateWebhookSecret(id: $id) { secret webhook { previousSecretUntil } } }`,
      { id: webhook.id },
      a.owner.as,
    );
    expect(rotateWebhookSecret.secret).not.toBe(old);
    const until = new Date(rotateWebhookSecret.webhook.previousSecretUntil).getTime();
    expect(until - Date.now()).toBeGreaterThan(DAY_MS - HOUR_MS);
    await park.apply(hub, a);
    const [request] = await receiver.waitFor('/rotated', 1);
    expect(String(request.headers['webhook-signature']).split(' ')).toHaveLength(2);
    verified(request, old);
    verified(request, rotateWebhookSecret.secret);
  });

  it('lets a park admin hear every event of the park; a stakeholder hears no park-wide event', async () => {
    const parkWide = await hook(admin, {
      url: receiver.url('/park'),
      events: ['budget_round.created'],
    });
    expect(parkWide.webhook.stakeholderId).toBeNull();
    const a = await park.newStakeholder();
    await hook(a.owner, {
      stakeholderId: a.id,
      url: receiver.url('/not-mine'),
      events: ['budget_round.created'],
    });
    await api.graphql.ok(
      `mutation ($hubId: ID!) { createBudgetRound(input: { hubId: $hubId, title: "Youth budget", totalBudget: 1000000, maxSelections: 2, tallyMethod: GREEDY }) { id } }`,
      { hubId: hub.id },
      admin.as,
    );
    const [request] = await receiver.waitFor('/park', 1);
    expect(verified(request, parkWide.secret).type).toBe('budget_round.created');
    expect(receiver.at('/not-mine')).toHaveLength(0);
  });

  describe('who may keep them', () => {
    let a: Stakeholder;
    let member: Person;
    let other: Stakeholder;
    let webhookId: string;
    let deliveryId: string;

    beforeAll(async () => {
      a = await park.newStakeholder();
      member = await park.addMember(a, 'MEMBER');
      other = await park.newStakeholder();
      webhookId = (
        await hook(a.owner, {
          stakeholderId: a.id,
          url: receiver.url('/kept'),
          events: ['membership.applied'],
        })
      ).webhook.id;
      await park.apply(hub, a);
      await receiver.waitFor('/kept', 1);
      deliveryId = (await deliveries(webhookId, a.owner.as))[0].id;
    });

    const refusal = async (
      query: string,
      variables: Record<string, unknown>,
      as: { token: string },
    ) => codeOf(await api.graphql.execute(query, variables, as));

    it('refuses a plain member and another stakeholder’s owner to create or list', async () => {
      const input = {
        stakeholderId: a.id,
        url: receiver.url('/x'),
        events: ['membership.applied'],
      };
      expect(await refusal(CREATE, { input }, member.as)).toBe('FORBIDDEN');
      expect(await refusal(CREATE, { input }, other.owner.as)).toBe('FORBIDDEN');
      expect(await refusal(WEBHOOKS, { stakeholderId: a.id }, other.owner.as)).toBe('FORBIDDEN');
      expect(await refusal(WEBHOOKS, {}, a.owner.as)).toBe('FORBIDDEN');
      expect(
        await refusal(
          CREATE,
          { input: { url: receiver.url('/x'), events: ['membership.applied'] } },
          a.owner.as,
        ),
      ).toBe('FORBIDDEN');
      expect(await api.prisma.webhook.count({ where: { url: receiver.url('/x') } })).toBe(0);
    });

    it('answers NOT_FOUND for another’s webhook and its deliveries, and changes nothing', async () => {
      const before = await api.prisma.webhook.findUniqueOrThrow({ where: { id: webhookId } });
      for (const [query, variables] of [
        [DELIVERIES, { webhookId }],
        [
          `mutation ($id: ID!) { updateWebhook(id: $id, input: { url: "http://127.0.0.1:1/x" }) { id } }`,
          { id: webhookId },
        ],
        [`mutation ($id: ID!) { deleteWebhook(id: $id) { id } }`, { id: webhookId }],
        [`mutation ($id: ID!) { rotateWebhookSecret(id: $id) { secret } }`, { id: webhookId }],
        [`mutation ($id: ID!) { redeliverWebhook(deliveryId: $id) { id } }`, { id: deliveryId }],
        [`query ($id: ID!) { node(id: $id) { id } }`, { id: deliveryId }],
      ] as const) {
        for (const who of [member, other.owner]) {
          const response = await api.graphql.execute<{ node?: unknown }>(query, variables, who.as);
          if (query.startsWith('query ($id')) expect(response.data?.node).toBeNull();
          else expect(codeOf(response)).toBe('NOT_FOUND');
        }
      }
      expect(await api.prisma.webhook.findUniqueOrThrow({ where: { id: webhookId } })).toEqual(
        before,
      );
      expect(await api.prisma.webhookDelivery.count({ where: { webhookId } })).toBe(1);
    });

    it('refuses unknown event types and a bad URL as bad input', async () => {
      const base = { stakeholderId: a.id, url: receiver.url('/y'), events: ['membership.applied'] };
      for (const input of [
        { ...base, events: ['membership.exploded'] },
        { ...base, events: [] },
        { ...base, url: 'ftp://127.0.0.1/y' },
        { ...base, url: 'not a url' },
      ]) {
        const response = await api.graphql.execute(CREATE, { input }, a.owner.as);
        expect(codeOf(response)).toBe('BAD_USER_INPUT');
      }
      expect(await api.prisma.webhook.count({ where: { stakeholderId: a.id } })).toBe(1);
    });

    it('lists the event types from the workflows', async () => {
      const { webhookEventTypes } = await api.graphql.ok<{ webhookEventTypes: string[] }>(
        `{ webhookEventTypes }`,
      );
      for (const type of [
        'membership.approved',
        'partnership.proposed',
        'booking.cancelled',
        'project.funded',
        'budget_round.tallied',
      ]) {
        expect(webhookEventTypes).toContain(type);
      }
    });
  });
});
