import autocannon from 'autocannon';
import { simpleParser } from 'mailparser';
import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { Pool } from 'pg';
import { SMTPServer } from 'smtp-server';
import { benchDatabase } from './bench-database';
import { percentile, ProcessWatch } from './measure';
import { apiEnv, assertFree, login, ready, start, startFlags, stop } from './servers';

/**
 * `npm run bench:mail [-- --mails 1000] [-- --rate 50] [-- --seconds 10]`: the built API
 * (production mode, its job worker on) sends to an SMTP server in this process (smtp-server).
 * First the API's request latency under a steady load with the queue idle; then the same load
 * while `--mails` notifications, each committed in its own transaction with its delivery job
 * (what NotificationService.announce does in a mutation), become mails. Reports mails per
 * second, queue latency (committed → received by SMTP) p50/p99 and the API's latency both ways.
 */
const { values } = parseArgs({
  options: {
    mails: { type: 'string', default: '1000' },
    rate: { type: 'string', default: '50' },
    seconds: { type: 'string', default: '10' },
  },
});
const MAILS = Number(values.mails);
const RATE = Number(values.rate);
const QUIET_SECONDS = Number(values.seconds);
const API_PORT = 3321;
// The smoke bench's database: 300 stakeholders' people are enough to write to.
const SCALE = 300;
const RECIPIENTS = 200;
const WRITERS = 8;
const RESULTS = path.resolve('bench/results');
const ME = JSON.stringify({ query: '{ me { id displayName unreadNotificationCount } }' });
const log = (message: string) => console.log(`[bench:mail] ${message}`);

/** The mail server: when each bench mail arrived, by the marker in its subject. */
class MailSink {
  readonly arrivals = new Map<string, number>();
  others = 0;
  private server?: SMTPServer;

  constructor(private readonly marker: RegExp) {}

  async start(): Promise<string> {
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onData: (stream, _session, done) => {
        simpleParser(stream, { skipHtmlToText: true, skipTextToHtml: true, skipTextLinks: true })
          .then((mail) => {
            const key = this.marker.exec(mail.subject ?? '')?.[0];
            if (key && !this.arrivals.has(key)) this.arrivals.set(key, Date.now());
            else this.others += 1;
            done();
          })
          .catch(done);
      },
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve());
    });
    this.server = server;
    return `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
  }

  async waitFor(count: number, timeoutMs: number): Promise<void> {
    const until = Date.now() + timeoutMs;
    while (this.arrivals.size < count) {
      if (Date.now() > until) throw new Error(`${this.arrivals.size} of ${count} mails arrived`);
      await sleep(50);
    }
  }

  stop(): Promise<void> {
    const server = this.server;
    return server ? new Promise((resolve) => server.close(() => resolve())) : Promise.resolve();
  }
}

interface Latency {
  requests: number;
  errors: number;
  p50: number;
  p95: number;
  p99: number;
}

/** `me` at a steady rate (4 connections) for as long as `during` runs. */
async function steadyLoad(token: string, during: () => Promise<void>): Promise<Latency> {
  const times: number[] = [];
  let errors = 0;
  let finish: (result: autocannon.Result) => void = () => undefined;
  let fail: (error: unknown) => void = () => undefined;
  const finished = new Promise<autocannon.Result>((resolve, reject) => {
    finish = resolve;
    fail = reject;
  });
  const instance = autocannon(
    {
      url: `http://127.0.0.1:${API_PORT}/graphql`,
      connections: 4,
      overallRate: RATE,
      duration: 3600,
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: ME,
      requests: [
        {
          onResponse: (status, body) => {
            if (status !== 200 || body.includes('"errors"')) errors += 1;
          },
        },
      ],
    },
    (error, result) => (error ? fail(error) : finish(result)),
  );
  instance.on('response', (_client: unknown, _status: number, _bytes: number, time: number) =>
    times.push(time),
  );
  try {
    await during();
  } finally {
    instance.stop();
  }
  const result = await finished;
  const sorted = times.sort((a, b) => a - b);
  const round = (ms: number) => Math.round(ms * 10) / 10;
  return {
    requests: times.length,
    errors: errors + result.errors + result.timeouts,
    p50: round(percentile(sorted, 50)),
    p95: round(percentile(sorted, 95)),
    p99: round(percentile(sorted, 99)),
  };
}

/**
 * `count` notices of an approved membership, each committed alone with its delivery job, by
 * WRITERS connections at once (as many mutations would); answers when each one committed.
 */
async function announce(db: Pool, recipients: string[], count: number, run: string) {
  const committed = new Map<string, number>();
  let next = 0;
  const writer = async () => {
    const client = await db.connect();
    try {
      for (let n = next++; n < count; n = next++) {
        const key = `bench-${run}-${n}`;
        await client.query('BEGIN');
        const { rows } = await client.query<{ id: string }>(
          `INSERT INTO notifications (id, recipient_id, kind, entity_type, entity_id, params)
           VALUES (gen_random_uuid(), $1, 'MEMBERSHIP_APPROVE', 'Membership', gen_random_uuid(), $2)
           RETURNING id`,
          [recipients[n % recipients.length], { stakeholder: key, hub: 'Youth Hub' }],
        );
        await client.query(
          `SELECT graphile_worker.add_job('notification.deliver', $1::json, max_attempts => 10)`,
          [JSON.stringify({ ids: [rows[0]!.id] })],
        );
        await client.query('COMMIT');
        committed.set(key, Date.now());
      }
    } finally {
      client.release();
    }
  };
  await Promise.all(Array.from({ length: WRITERS }, writer));
  return committed;
}

async function main(): Promise<void> {
  await assertFree(API_PORT);
  const run = randomUUID().slice(0, 8);
  const database = await benchDatabase(SCALE, log);
  const sink = new MailSink(new RegExp(`bench-${run}-\\d+`));
  const smtpUrl = await sink.start();
  const db = new Pool({ connectionString: database.url, max: WRITERS });
  // A run cut short leaves its jobs behind; the next would be measured working them off.
  await db.query(`DELETE FROM graphile_worker._private_jobs WHERE task_id IN (
    SELECT id FROM graphile_worker._private_tasks
    WHERE identifier IN ('notification.deliver', 'mail.send'))`);
  const api = start(
    'dist/apps/api/src/main.js',
    {
      ...apiEnv(API_PORT, database.url),
      JOBS_WORKER: 'true',
      SMTP_URL: smtpUrl,
      PUBLIC_URL: 'https://park.example.org',
    },
    startFlags(),
  );
  const watch = new ProcessWatch(api.pid as number);
  try {
    await ready(`http://127.0.0.1:${API_PORT}/ready`, api);
    const token = await login(API_PORT, 'admin@parkcommons.example');
    const recipients = (
      await db.query<{ id: string }>(
        `SELECT id FROM users WHERE email LIKE 'member-s%' ORDER BY email LIMIT $1`,
        [RECIPIENTS],
      )
    ).rows.map((row) => row.id);
    // Immediately, the default for a decision on your own application.
    await db.query(
      `DELETE FROM mail_preferences WHERE kind = 'MEMBERSHIP_APPROVE' AND user_id = ANY($1::uuid[])`,
      [recipients],
    );
    log(`${RATE} me/s for ${QUIET_SECONDS} s with the queue idle`);
    await steadyLoad(token, () => sleep(2000)); // warm-up
    const quietCpuBefore = watch.cpuMs();
    const quiet = await steadyLoad(token, () => sleep(QUIET_SECONDS * 1000));
    const cpuPerMe = (watch.cpuMs() - quietCpuBefore) / Math.max(1, quiet.requests);

    log(`${MAILS} notifications to ${recipients.length} people, ${RATE} me/s meanwhile`);
    const cpuBefore = watch.cpuMs();
    let committed = new Map<string, number>();
    const startedAt = Date.now();
    const busy = await steadyLoad(token, async () => {
      committed = await announce(db, recipients, MAILS, run);
      await sink.waitFor(MAILS, 15 * 60_000);
    });
    const cpuMs = watch.cpuMs() - cpuBefore;
    const latencies = [...committed].map(([key, at]) => sink.arrivals.get(key)! - at);
    const sorted = latencies.sort((a, b) => a - b);
    const lastArrival = Math.max(...sink.arrivals.values());
    const seconds = (lastArrival - startedAt) / 1000;
    const report = {
      at: new Date().toISOString(),
      node: process.version,
      cpus: os.cpus().length,
      loadAverage: os.loadavg().map((l) => Math.round(l * 10) / 10),
      mails: MAILS,
      others: sink.others,
      secondsToLastMail: Math.round(seconds * 10) / 10,
      mailsPerSecond: Math.round((MAILS / seconds) * 10) / 10,
      committedInSeconds: Math.round((Math.max(...committed.values()) - startedAt) / 100) / 10,
      queueLatencyMs: {
        p50: percentile(sorted, 50),
        p99: percentile(sorted, 99),
        max: sorted[sorted.length - 1],
      },
      // Less what the `me` load cost meanwhile, at its idle-phase CPU per request.
      apiCpuMsPerMail: Math.round(((cpuMs - busy.requests * cpuPerMe) / MAILS) * 10) / 10,
      apiCpuMsPerMe: Math.round(cpuPerMe * 10) / 10,
      meQuiet: quiet,
      meWhileMailing: busy,
    };
    mkdirSync(RESULTS, { recursive: true });
    const file = path.join(RESULTS, `mail-${report.at.replace(/[:.]/g, '-')}.json`);
    writeFileSync(file, JSON.stringify(report, null, 2));
    console.log(JSON.stringify(report, null, 2));
    log(`written to ${file}`);
  } finally {
    await db.end().catch(() => undefined);
    await stop(api);
    await sink.stop();
    await database.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
