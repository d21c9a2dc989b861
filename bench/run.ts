import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Client } from 'pg';
import { benchDatabase } from './bench-database';
import { measure, Measurement, ProcessWatch } from './measure';
import { ensureBenchRoom, operations } from './operations';
import { checkBudgets, markdown, Run } from './report';
import { apiEnv, assertFree, login, ready, start, startFlags, stop } from './servers';

/**
 * `npm run bench [-- --scale 100000] [-- --check] [-- --smoke]`: fills a database to a scale,
 * starts the built API (production mode) and a raw-SQL baseline, drives each operation with
 * autocannon at fixed concurrencies after a warm-up, and reports throughput, latency, errors,
 * SQL statements per request and the API's peak RSS (bench/results/, git-ignored).
 */
const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: '10000' },
    seconds: { type: 'string', default: '10' },
    check: { type: 'boolean', default: false },
    smoke: { type: 'boolean', default: false },
  },
});
const smoke = values.smoke;
const scale = smoke ? 300 : Number(values.scale);
const seconds = smoke ? { warmup: 0.5, run: 1 } : { warmup: 3, run: Number(values.seconds) };
const CONCURRENCIES = smoke ? [1, 16] : [1, 16, 64];
const API_PORT = 3311;
const BASELINE_PORT = 3312;
const RESULTS = path.resolve('bench/results');
const log = (message: string) => console.log(`[bench] ${message}`);

async function main(): Promise<void> {
  await Promise.all([assertFree(API_PORT), assertFree(BASELINE_PORT)]);
  const database = await benchDatabase(scale, log);
  await ensureBenchRoom(database.url);
  const api = start(
    'dist/apps/api/src/main.js',
    {
      ...apiEnv(API_PORT, database.url),
      JOBS_WORKER: 'false',
      REGISTER_LIMIT_PER_HOUR: '1000000',
      DATABASE_POOL_SIZE: process.env.BENCH_POOL_SIZE ?? '10',
    },
    startFlags(),
  );
  const baseline = start('dist/bench/baseline-server.js', {
    DATABASE_URL: database.url,
    PORT: String(BASELINE_PORT),
  });
  const db = new Client({ connectionString: database.url });
  const apiWatch = new ProcessWatch(api.pid as number);
  const baselineWatch = new ProcessWatch(baseline.pid as number);
  const results: Measurement[] = [];
  try {
    await Promise.all([
      ready(`http://127.0.0.1:${API_PORT}/ready`, api),
      ready(`http://127.0.0.1:${BASELINE_PORT}/`, baseline),
    ]);
    await db.connect();
    const tokens = {
      member: await login(API_PORT, 'member-s00001-1@parkcommons.example'),
      admin: await login(API_PORT, 'admin@parkcommons.example'),
    };
    const hasParkStats = readFileSync('apps/api/schema.gql', 'utf8').includes('parkStats(');
    const ops = await operations(database.url, tokens, hasParkStats);
    apiWatch.start();
    for (const op of ops) {
      const port = op.target === 'api' ? API_PORT : BASELINE_PORT;
      const counter = { i: 0 };
      for (const concurrency of CONCURRENCIES) {
        const m = await measure(
          `http://127.0.0.1:${port}/graphql`,
          op,
          concurrency,
          seconds,
          db,
          op.target === 'api'
            ? { watch: apiWatch, reportsRss: true }
            : { watch: baselineWatch, reportsRss: false },
          counter,
        );
        results.push(m);
        log(
          `${op.name} @${concurrency}: ${m.requestsPerSecond} req/s, p50 ${m.p50} ms, p99 ${m.p99} ms, errors ${m.errors}, SQL/req ${m.sqlPerRequest}, CPU ${m.cpuMsPerRequest} ms/req`,
        );
      }
    }
  } finally {
    apiWatch.stop();
    await db.end().catch(() => undefined);
    await Promise.all([stop(api), stop(baseline)]);
    await database.stop();
  }

  const run: Run = {
    scale,
    at: new Date().toISOString(),
    node: process.version,
    smoke,
    // Each measurement resets the watch: the run's peak is the largest of theirs.
    peakRssMb: Math.max(0, ...results.map((r) => r.peakRssMb)),
    results,
  };
  mkdirSync(RESULTS, { recursive: true });
  const stamp = run.at.replace(/[:.]/g, '-');
  writeFileSync(path.join(RESULTS, `${scale}-${stamp}.json`), JSON.stringify(run, null, 2));
  const table = markdown(run);
  writeFileSync(path.join(RESULTS, `${scale}-${stamp}.md`), `${table}\n`);
  if (!smoke)
    writeFileSync(path.join(RESULTS, `latest-${scale}.json`), JSON.stringify(run, null, 2));
  console.log(`\n${table}\n`);

  if (values.check) {
    const verdicts = checkBudgets(run, 'bench/budgets.json', RESULTS);
    verdicts.forEach((v) => console.log(v.line));
    if (verdicts.some((v) => !v.ok)) process.exit(1);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
