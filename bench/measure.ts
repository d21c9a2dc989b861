import autocannon from 'autocannon';
import { readFileSync } from 'node:fs';
import { Client } from 'pg';
import { Operation } from './operations';

export interface Measurement {
  operation: string;
  read: boolean;
  concurrency: number;
  requestsPerSecond: number;
  /** Responses within the run; latencies mean nothing when none came back in time. */
  completed: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  sqlPerRequest: number | null;
  /** CPU time (user + system, all threads) of the server process per request: steadier than req/s. */
  cpuMsPerRequest: number | null;
  peakRssMb: number;
}

/** Peak resident memory of a server process, sampled from /proc while a run goes on, and its CPU time. */
export class ProcessWatch {
  private timer?: NodeJS.Timeout;
  peakKb = 0;

  constructor(private readonly pid: number) {}

  start(): void {
    this.timer = setInterval(() => this.sample(), 200);
  }

  sample(): number {
    try {
      const status = readFileSync(`/proc/${this.pid}/status`, 'utf8');
      const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
      this.peakKb = Math.max(this.peakKb, kb);
      return kb;
    } catch {
      return 0;
    }
  }

  stop(): void {
    clearInterval(this.timer);
  }

  /** utime + stime from /proc/<pid>/stat, in clock ticks of 10 ms (USER_HZ on Linux). */
  cpuMs(): number {
    const stat = readFileSync(`/proc/${this.pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  }
}

/** SQL statements the database executed since the last reset (pg_stat_statements). */
async function statementsSince(db: Client): Promise<number> {
  const { rows } = await db.query(
    `SELECT COALESCE(sum(calls), 0)::bigint AS calls FROM pg_stat_statements
     WHERE query NOT ILIKE '%pg_stat_statements%' AND dbid = (SELECT oid FROM pg_database WHERE datname = current_database())`,
  );
  return Number(rows[0].calls);
}

export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

interface Load {
  result: autocannon.Result;
  errors: number;
  times: number[];
}

function load(
  url: string,
  op: Operation,
  connections: number,
  seconds: number,
  counter: { i: number },
): Promise<Load> {
  let errors = 0;
  const times: number[] = [];
  return new Promise<Load>((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        connections,
        duration: seconds,
        method: 'POST',
        headers: { 'content-type': 'application/json', ...op.headers },
        requests: [
          {
            setupRequest: (request) => ({ ...request, body: op.body(counter.i++) }),
            // GraphQL answers errors with 200: a body with "errors" counts as one.
            onResponse: (status, body) => {
              if (status !== 200 || body.includes('"errors"')) errors += 1;
            },
          },
        ],
      },
      (error, result) =>
        error
          ? reject(error)
          : resolve({ result, errors: errors + result.errors + result.timeouts, times }),
    );
    instance.on('response', (_client: unknown, _status: number, _bytes: number, time: number) =>
      times.push(time),
    );
    instance.on('error', reject);
  });
}

/**
 * Waits until the server has gone quiet (under 10% of a core for half a second, 30 s at most):
 * logins queued behind the password-hashing slots run on after autocannon stops, and would be
 * billed to the next operation.
 */
async function settle(watch: ProcessWatch): Promise<void> {
  for (let waited = 0; waited < 30_000; waited += 500) {
    const before = watch.cpuMs();
    await new Promise((resolve) => setTimeout(resolve, 500));
    if (watch.cpuMs() - before < 50) return;
  }
}

/** Warm up, then measure one operation at one concurrency. */
export async function measure(
  url: string,
  op: Operation,
  concurrency: number,
  seconds: { warmup: number; run: number },
  db: Client,
  server: { watch: ProcessWatch; reportsRss: boolean },
  counter: { i: number },
): Promise<Measurement> {
  const { watch } = server;
  if (seconds.warmup > 0) await load(url, op, concurrency, seconds.warmup, counter);
  await settle(watch);
  await db.query('SELECT pg_stat_statements_reset()');
  watch.peakKb = watch.sample();
  const cpuBefore = watch.cpuMs();
  const { result, errors, times } = await load(url, op, concurrency, seconds.run, counter);
  // Requests cut off at the end still run on the server: let them finish, count them as sent.
  await settle(watch);
  const cpu = watch.cpuMs() - cpuBefore;
  const statements = await statementsSince(db);
  const sent = Math.max(result.requests.sent, result.requests.total);
  const sorted = times.sort((a, b) => a - b);
  const round = (ms: number) => Math.round(ms * 10) / 10;
  return {
    operation: op.name,
    read: op.read,
    concurrency,
    requestsPerSecond: Math.round(result.requests.average),
    completed: times.length,
    p50: round(percentile(sorted, 50)),
    p95: round(percentile(sorted, 95)),
    p99: round(percentile(sorted, 99)),
    errors,
    // The baseline's statements are its own; the API's include its session checks when signed in.
    sqlPerRequest: sent ? Math.round((statements / sent) * 10) / 10 : null,
    cpuMsPerRequest: sent ? round(cpu / sent) : null,
    peakRssMb: server.reportsRss ? Math.round(watch.peakKb / 1024) : 0,
  };
}
