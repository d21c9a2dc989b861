import { JobWorker } from '@park/platform/jobs';
import { WebhookSender } from '@park/webhooks';
import { Hub, Park, SET_UP_MS, Stakeholder, startPark, TestApi } from './support';
import { codeOf } from './support/responses';
import { eventually, WebhookReceiver } from './support/webhook-receiver';

// Never a way in: with WEBHOOK_ALLOW_PRIVATE_NETWORKS off (the default), a webhook may reach
// public addresses only, when it is saved and again when a delivery connects, so a DNS answer
// that turns into 127.0.0.1 after the check gets nowhere.

const CREATE = `mutation ($input: CreateWebhookInput!) { createWebhook(input: $input) { webhook { id } } }`;

describe('webhooks and private networks', () => {
  const receiver = new WebhookReceiver();
  let api: TestApi;
  let park: Park;
  let hub: Hub;
  let owner: Stakeholder;

  beforeAll(async () => {
    await receiver.start();
    ({ api, park } = await startPark({ JOBS_POLL_MS: '200', WEBHOOK_RETRY_FIRST_MS: '60000' }));
    hub = await park.hub('youth-hub');
    owner = await park.newStakeholder();
    await api.app.get(JobWorker).start();
  }, SET_UP_MS);

  afterAll(async () => {
    await api?.close();
    await receiver.stop();
  });

  const create = (url: string) =>
    api.graphql.execute(
      CREATE,
      { input: { stakeholderId: owner.id, url, events: ['membership.applied'] } },
      owner.owner.as,
    );

  it.each([
    ['loopback', 'http://127.0.0.1/hooks'],
    ['loopback, elsewhere in 127/8', 'http://127.1.2.3:8080/hooks'],
    ['loopback, as a decimal number', 'http://2130706433/hooks'],
    ['private 10/8', 'https://10.0.0.8/hooks'],
    ['private 172.16/12', 'https://172.20.1.1/hooks'],
    ['private 192.168/16', 'https://192.168.0.10/hooks'],
    ['link-local and cloud metadata', 'http://169.254.169.254/latest/meta-data'],
    ['multicast', 'https://224.0.0.251/hooks'],
    ['unspecified', 'http://0.0.0.0/hooks'],
    ['carrier-grade NAT', 'https://100.64.0.1/hooks'],
    ['IPv6 loopback', 'http://[::1]/hooks'],
    ['IPv6 unique local fc00::/7', 'https://[fd00:ec2::254]/hooks'],
    ['IPv6 link-local', 'https://[fe80::1]/hooks'],
    ['IPv6 unspecified', 'https://[::]/hooks'],
    ['IPv4-mapped IPv6 loopback', 'http://[::ffff:127.0.0.1]/hooks'],
    ['a name that resolves to 127.0.0.1', 'http://localhost/hooks'],
  ])('refuses %s when the webhook is saved', async (_class, url) => {
    const response = await create(url);
    expect(codeOf(response)).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(response.errors)).toMatch(/url/);
    expect(await api.prisma.webhook.count()).toBe(0);
  });

  it('refuses, at connect time, a name whose answer turned private after it was saved', async () => {
    const sender = api.app.get(WebhookSender);
    const real = sender.resolve;
    let answer = '93.184.215.14';
    sender.resolve = async (hostname) =>
      hostname === 'hooks.partner.test' ? [{ address: answer, family: 4 }] : real(hostname);
    try {
      const response = await create(`http://hooks.partner.test:${receiver.listeningPort}/hooks`);
      expect(codeOf(response)).toBeUndefined();
      // The name now points at the park's own machine, where something listens.
      answer = '127.0.0.1';
      await park.apply(hub, owner);
      const attempt = await eventually(
        () => api.prisma.webhookAttempt.findFirst({ where: { error: { not: null } } }),
        'the refused attempt',
      );
      expect(attempt.error).toMatch(/refused: hooks\.partner\.test resolves to a loopback address/);
      expect(attempt.statusCode).toBeNull();
      expect(receiver.received).toHaveLength(0);
    } finally {
      sender.resolve = real;
    }
  });

  it('refuses, at connect time, an IP literal that was stored before the rules', async () => {
    const other = await park.newStakeholder();
    // As if saved with the allow flag on (a development database moved to a stricter setting).
    const { id } = await api.prisma.webhook.create({
      data: {
        stakeholderId: other.id,
        url: `http://127.0.0.1:${receiver.listeningPort}/literal`,
        events: ['membership.applied'],
        secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
      },
    });
    await park.apply(hub, other);
    const attempt = await eventually(
      () => api.prisma.webhookAttempt.findFirst({ where: { delivery: { webhookId: id } } }),
      'the refused attempt',
    );
    expect(attempt.error).toMatch(/refused: 127\.0\.0\.1 is a loopback address/);
    expect(receiver.received).toHaveLength(0);
  });
});
