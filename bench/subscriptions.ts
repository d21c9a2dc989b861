import { createClient, Client } from 'graphql-ws';
import { readFileSync } from 'node:fs';
import { Pool } from 'pg';
import WebSocket from 'ws';
import { benchDatabase } from './bench-database';
import { percentile } from './measure';
import { apiEnv, assertFree, login, ready, start, startFlags, stop } from './servers';

// 1,000 concurrent subscribers on one API instance (`npm run bench:subscriptions`): memory per
// connection, fan-out latency from mutation to delivery, and what they do to query latency.
// All subscribe to availabilityChanged of one space as the demo admin; each round books the
// space (a committed workflow step) and cancels it. bench/README.md records the figures.

const SUBSCRIBERS = Number(process.env.BENCH_SUBSCRIBERS ?? 1000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 10);
const PORT = Number(process.env.BENCH_PORT ?? 3310);
const url = `http://127.0.0.1:${PORT}/graphql`;

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

async function gql<T>(query: string, variables: Record<string, unknown>, token: string) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: T; errors?: { message: string }[] };
}

/** Latency of `{ hubs { id name } }`, one request after another. */
async function queryLatency(token: string, count = 200): Promise<{ p50: number; p99: number }> {
  const times: number[] = [];
  for (let i = 0; i < count; i += 1) {
    const began = performance.now();
    await gql(`{ hubs { id name } }`, {}, token);
    times.push(performance.now() - began);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p99: percentile(times, 99) };
}

async function main(): Promise<void> {
  const log = (message: string) => console.log(`  ${message}`);
  const database = await benchDatabase(300, log);
  const pool = new Pool({ connectionString: database.url, max: 2 });
  await assertFree(PORT);
  const api = start(
    'dist/apps/api/src/main.js',
    {
      ...apiEnv(PORT, database.url),
      LIVE_MAX_CONNECTIONS_PER_USER: String(SUBSCRIBERS + 10),
      LIVE_MAX_CONNECTIONS_PER_ADDRESS: String(SUBSCRIBERS + 10),
      JOBS_WORKER: 'false',
    },
    startFlags(),
  );
  const clients: Client[] = [];
  try {
    await ready(url, api);
    const token = await login(PORT, 'admin@parkcommons.example');
    const { rows } = await pool.query<{ id: string }>(
      `SELECT s.id FROM spaces s WHERE s.archived_at IS NULL
         AND EXISTS (SELECT 1 FROM space_opening_hours h WHERE h.space_id = s.id)
       ORDER BY s.id LIMIT 1`,
    );
    const spaceId = rows[0]!.id;
    await queryLatency(token, 50); // warm-up
    const idleQueries = await queryLatency(token);
    const rssBefore = rssMb(api.pid!);

    const deliveries: number[][] = [];
    let roundStarted = 0;
    let round = -1;
    let subscribed = 0;
    await Promise.all(
      Array.from({ length: SUBSCRIBERS }, async () => {
        const client = createClient({
          url: url.replace('http', 'ws'),
          webSocketImpl: WebSocket,
          connectionParams: { authorization: `Bearer ${token}` },
          lazy: false,
          retryAttempts: 0,
        });
        clients.push(client);
        await new Promise<void>((resolve, reject) => {
          client.on('connected', () => resolve());
          client.on('closed', (event) =>
            reject(new Error(`closed ${(event as { code: number }).code}`)),
          );
        });
        client.subscribe(
          {
            query: `subscription ($id: ID!) { availabilityChanged(spaceId: $id) { id } }`,
            variables: { id: spaceId },
          },
          {
            next: () => {
              if (round >= 0) deliveries[round]!.push(performance.now() - roundStarted);
            },
            error: () => undefined,
            complete: () => undefined,
          },
        );
        subscribed += 1;
      }),
    );
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const rssAfter = rssMb(api.pid!);
    const busyQueries = await queryLatency(token);

    // Each round: book an hour of the space a few days out, wait for every delivery, cancel.
    const latencies: number[] = [];
    let booked = 0;
    for (let day = 3; booked < ROUNDS && day < 3 + ROUNDS * 4; day += 1) {
      const startsAt = new Date(Date.now() + day * 86_400_000);
      startsAt.setUTCHours(2, 0, 0, 0); // 11:00 in Seoul
      const endsAt = new Date(startsAt.getTime() + 3_600_000);
      round = booked;
      deliveries[round] = [];
      roundStarted = performance.now();
      const answer = await gql<{ bookSpace: { id: string } }>(
        `mutation ($input: BookSpaceInput!) { bookSpace(input: $input) { id } }`,
        { input: { spaceId, startsAt, endsAt, attendees: 1, purpose: 'Subscription benchmark' } },
        token,
      );
      if (!answer.data) {
        round = -1;
        continue;
      }
      const waitUntil = Date.now() + 30_000;
      while (deliveries[booked]!.length < subscribed && Date.now() < waitUntil) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      latencies.push(...deliveries[booked]!);
      round = -1;
      await gql(
        `mutation ($id: ID!) { cancelBooking(id: $id) { id } }`,
        { id: answer.data.bookSpace.id },
        token,
      );
      await new Promise((resolve) => setTimeout(resolve, 1000)); // the cancel's own fan-out
      booked += 1;
    }
    latencies.sort((a, b) => a - b);
    const expected = booked * subscribed;
    console.log(
      JSON.stringify(
        {
          node: process.version,
          subscribers: subscribed,
          rounds: booked,
          rssMbBefore: Math.round(rssBefore),
          rssMbAfter: Math.round(rssAfter),
          kbPerConnection: Math.round(((rssAfter - rssBefore) * 1024) / subscribed),
          delivered: `${latencies.length}/${expected}`,
          fanOutMs: {
            p50: Math.round(percentile(latencies, 50)),
            p99: Math.round(percentile(latencies, 99)),
            max: Math.round(latencies.at(-1) ?? 0),
          },
          queryMsIdle: { p50: +idleQueries.p50.toFixed(1), p99: +idleQueries.p99.toFixed(1) },
          queryMsWith1000Subscribers: {
            p50: +busyQueries.p50.toFixed(1),
            p99: +busyQueries.p99.toFixed(1),
          },
        },
        null,
        2,
      ),
    );
  } finally {
    await Promise.all(clients.map((client) => client.dispose()));
    await stop(api);
    await pool.end();
    await database.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
