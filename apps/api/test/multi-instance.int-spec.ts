import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { AddressInfo, createServer } from 'node:net';
import { join } from 'node:path';
import { liveClient, LiveClient } from './support/live-client';
import { Hub, Park, PASSWORD, SET_UP_MS, startPark, TestApi } from './support';

// Two real API processes (the built dist, as `npm run start:prod` runs it) on one database and
// one Redis: what one instance does, the other hears of and holds to. Needs REDIS_URL (CI's
// second pass sets it); without Redis each instance counts and publishes in its own memory, so
// there is nothing to test.

const ROOT = join(__dirname, '..', '..', '..');
const MAIN = join(ROOT, 'dist', 'apps', 'api', 'src', 'main.js');
const redisUrl = process.env.REDIS_URL;

const describeWithRedis = redisUrl ? describe : describe.skip;

interface Instance {
  port: number;
  process: ChildProcess;
  output: string[];
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function startInstance(api: TestApi, env: Record<string, string>): Promise<Instance> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--enable-source-maps', MAIN], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      NODE_ENV: 'test',
      LOG_LEVEL: 'info',
      HOST: '127.0.0.1',
      PORT: String(port),
      DATABASE_URL: api.database.url,
      MIGRATE_ON_START: 'false',
      SEED_ON_EMPTY: 'false',
      JWT_SECRET: api.config.JWT_SECRET,
      REDIS_URL: redisUrl!,
      REDIS_KEY_PREFIX: api.config.REDIS_KEY_PREFIX,
      MAIL_OUTBOX_DIR: api.mailOutbox,
      JOBS_WORKER: 'false',
      DATABASE_STATEMENT_TIMEOUT_MS: '30000',
      DATABASE_LOCK_TIMEOUT_MS: '15000',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  child.stdout!.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  const started = Date.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`instance exited: ${output.join('')}`);
    const ready = await fetch(`http://127.0.0.1:${port}/ready`).then(
      (res) => res.ok,
      () => false,
    );
    if (ready) return { port, process: child, output };
    if (Date.now() - started > 60_000) throw new Error(`not ready in 60 s: ${output.join('')}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

async function stop(instance: Instance | undefined): Promise<number | null> {
  if (!instance || instance.process.exitCode !== null) return instance?.process.exitCode ?? null;
  const exited = new Promise<number | null>((resolve) => instance.process.once('exit', resolve));
  instance.process.kill('SIGTERM');
  return exited;
}

async function graphql<T>(
  instance: Instance,
  query: string,
  variables: Record<string, unknown>,
  token?: string,
): Promise<{ data?: T; errors?: { extensions?: { code?: string } }[] }> {
  const res = await fetch(`http://127.0.0.1:${instance.port}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as { data?: T; errors?: { extensions?: { code?: string } }[] };
}

describeWithRedis(
  redisUrl
    ? 'two API instances on one database and one Redis'
    : 'two API instances (skipped: REDIS_URL is not set; CI’s second pass sets it)',
  () => {
    let api: TestApi;
    let park: Park;
    let hub: Hub;
    let a: Instance;
    let b: Instance;
    const clients: LiveClient[] = [];

    beforeAll(async () => {
      // The instances run the build; build it when a checkout has not yet.
      if (!existsSync(MAIN)) execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT });
      ({ api, park } = await startPark());
      hub = await park.hub('youth-hub');
      // Both run the job queue: the no-show sweep, scheduled every minute, must still run once.
      const env = { LOGIN_FREE_FAILURES: '2', LOGIN_BACKOFF_SECONDS: '120', JOBS_WORKER: 'true' };
      [a, b] = await Promise.all([startInstance(api, env), startInstance(api, env)]);
    }, SET_UP_MS);

    afterAll(async () => {
      await Promise.all(clients.map((client) => client.dispose()));
      const codes = await Promise.all([stop(a), stop(b)]);
      await api?.close();
      // SIGTERM: both drained and exited 0.
      expect(codes).toEqual([0, 0]);
    }, SET_UP_MS);

    it('delivers to a subscriber on B, within a second, the notification of a mutation on A', async () => {
      const stakeholder = await park.newStakeholder();
      const membershipId = await park.apply(hub, stakeholder);
      const admin = await park.admin();
      await api.graphql.ok(
        `mutation Move($id: ID!) { startMembershipReview(id: $id) { id } }`,
        { id: membershipId },
        admin.as,
      );
      const subscriber = liveClient(b.port, stakeholder.owner.token);
      clients.push(subscriber);
      const watch = subscriber.watch<{
        notificationReceived: { notification: { entityId: string; kind: string } };
      }>(`subscription { notificationReceived { notification { entityId kind } } }`);
      await subscriber.connected;
      await new Promise((resolve) => setTimeout(resolve, 300));

      // A's first request compiles its code paths; the second is what a served park sees.
      await graphql(
        a,
        `
          {
            hubs {
              id
            }
          }
        `,
        {},
        admin.token,
      );
      const moved = await graphql(
        a,
        `
          mutation Move($id: ID!) {
            approveMembership(id: $id) {
              id
            }
          }
        `,
        { id: membershipId },
        admin.token,
      );
      expect(moved.errors).toBeUndefined();
      // Committed before A answered: from here on, the event travels A → Redis → B → socket.
      const committed = Date.now();
      const { notificationReceived } = await watch.next(1000);
      expect(Date.now() - committed).toBeLessThan(1000);
      expect(notificationReceived.notification).toEqual({
        entityId: membershipId,
        kind: 'MEMBERSHIP_APPROVE',
      });
    });

    it('holds on B a login throttle reached on A', async () => {
      const person = await park.newUser();
      const login = (instance: Instance, password: string) =>
        graphql<{ login: { accessToken: string } }>(
          instance,
          `
            mutation Login($input: LoginInput!) {
              login(input: $input) {
                accessToken
              }
            }
          `,
          { input: { email: person.email, password } },
        );
      for (let i = 0; i < 3; i += 1) await login(a, 'not-the-password-at-all');
      const onB = await login(b, PASSWORD);
      expect(onB.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    });

    it('marks an overdue booking NO_SHOW once, by one instance, however many run the sweep', async () => {
      const manager = await park.manager(hub);
      const space = await park.newSpace(hub);
      // A weekday hour inside the room's opening hours, a few days out (10:00–11:00 in Seoul).
      const startsAt = new Date(Date.now() + 3 * 86_400_000);
      while ([0, 6].includes(startsAt.getUTCDay())) startsAt.setUTCDate(startsAt.getUTCDate() + 1);
      startsAt.setUTCHours(1, 0, 0, 0);
      const { bookSpace } = await api.graphql.ok<{ bookSpace: { id: string; status: string } }>(
        `mutation ($input: BookSpaceInput!) { bookSpace(input: $input) { id status } }`,
        {
          input: {
            spaceId: space.id,
            startsAt,
            endsAt: new Date(startsAt.getTime() + 3_600_000),
            attendees: 2,
            purpose: 'A meeting nobody comes to',
          },
        },
        manager.as,
      );
      expect(bookSpace.status).toBe('CONFIRMED');
      // As if two hours had passed since it began: overdue for the next sweep.
      const began = new Date(Date.now() - 2 * 3_600_000);
      const ended = new Date(began.getTime() + 3_600_000);
      await api.prisma.booking.update({
        where: { id: bookSpace.id },
        data: { startsAt: began, endsAt: ended, blockedUntil: ended },
      });

      // The sweep runs at the top of each minute.
      let status = 'CONFIRMED';
      for (let waited = 0; status === 'CONFIRMED' && waited < 75_000; waited += 500) {
        await new Promise((resolve) => setTimeout(resolve, 500));
        status = (await api.prisma.booking.findUniqueOrThrow({ where: { id: bookSpace.id } }))
          .status;
      }
      expect(status).toBe('NO_SHOW');
      await new Promise((resolve) => setTimeout(resolve, 1000));
      const steps = await api.prisma.workflowEvent.count({
        where: { entityId: bookSpace.id, toState: 'NO_SHOW' },
      });
      expect(steps).toBe(1);
      const sweptBy = [a, b].filter((instance) =>
        instance.output.join('').includes('no-show sweep: 1 booking(s) marked NO_SHOW'),
      );
      expect(sweptBy).toHaveLength(1);
    }, 120_000);
  },
);
