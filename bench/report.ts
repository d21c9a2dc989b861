import { existsSync, readFileSync } from 'node:fs';
import { Measurement } from './measure';

export interface Run {
  scale: number;
  at: string;
  node: string;
  smoke: boolean;
  peakRssMb: number;
  results: Measurement[];
}

interface Budgets {
  directoryPage: {
    minBaselineRatioAtConcurrency16: number;
    maxSqlStatementsPerRequest: number;
    maxP99OverP50AtConcurrency16: number;
  };
  maxReadP50GrowthFrom10kTo100k: number;
  maxApiRssMb: number;
  maxErrors: number;
}

const API_PAGE = 'directory page';
const BASELINE_PAGE = 'directory page (raw SQL baseline)';

export function markdown(run: Run): string {
  const rows = run.results.map((r) => {
    // Nothing came back within the run (logins queued behind the hashing slots at 64).
    const latency = r.completed === 0 ? '| – | – | –' : `| ${r.p50} | ${r.p95} | ${r.p99}`;
    return `| ${r.operation} | ${r.concurrency} | ${r.requestsPerSecond} ${latency} | ${r.errors} | ${r.sqlPerRequest ?? '–'} | ${r.cpuMsPerRequest ?? '–'} | ${r.peakRssMb || '–'} |`;
  });
  const ratio = baselineRatio(run);
  return [
    `Scale ${run.scale} stakeholders, ${run.scale * 10} load bookings · ${run.at} · Node ${run.node}${run.smoke ? ' · smoke' : ''}`,
    '',
    '| operation | concurrency | req/s | p50 ms | p95 ms | p99 ms | errors | SQL/request | server CPU ms/request | API peak RSS MB |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
    '',
    `Directory page vs raw-SQL baseline at concurrency 16: ${ratio === undefined ? 'n/a' : `${Math.round(ratio * 100)}%`} of its throughput${cpuComparison(run)}. API peak RSS over the run: ${run.peakRssMb} MB.`,
  ].join('\n');
}

function find(run: Run, operation: string, concurrency: number): Measurement | undefined {
  return run.results.find((r) => r.operation === operation && r.concurrency === concurrency);
}

/** CPU per page tells the two servers apart even when the machine is busy with other work. */
function cpuComparison(run: Run): string {
  const api = find(run, API_PAGE, 16)?.cpuMsPerRequest;
  const baseline = find(run, BASELINE_PAGE, 16)?.cpuMsPerRequest;
  return api && baseline ? `, ${api} vs ${baseline} ms of server CPU per page` : '';
}

function baselineRatio(run: Run): number | undefined {
  const api = find(run, API_PAGE, 16);
  const baseline = find(run, BASELINE_PAGE, 16);
  return api && baseline?.requestsPerSecond
    ? api.requestsPerSecond / baseline.requestsPerSecond
    : undefined;
}

/** Each budget with its verdict; a missing comparison (e.g. no 100k run yet) is reported, not failed. */
export function checkBudgets(
  run: Run,
  budgetsFile: string,
  resultsDir: string,
): { line: string; ok: boolean }[] {
  const budgets = JSON.parse(readFileSync(budgetsFile, 'utf8')) as Budgets;
  const verdicts: { line: string; ok: boolean }[] = [];
  const verdict = (ok: boolean, line: string) =>
    verdicts.push({ ok, line: `${ok ? 'met   ' : 'MISSED'} ${line}` });

  const errors = run.results.reduce((sum, r) => sum + r.errors, 0);
  verdict(errors <= budgets.maxErrors, `errors: ${errors} (budget ${budgets.maxErrors})`);
  // A smoke run only proves the harness and the operations work; its timings mean nothing.
  if (run.smoke) return verdicts;

  // Counted at concurrency 1, where no request is cut off mid-flight at the end of the run.
  const sql = find(run, API_PAGE, 1)?.sqlPerRequest ?? Infinity;
  verdict(
    sql <= budgets.directoryPage.maxSqlStatementsPerRequest,
    `directory page SQL statements per request: ${sql} (budget ${budgets.directoryPage.maxSqlStatementsPerRequest})`,
  );

  const ratio = baselineRatio(run);
  if (ratio !== undefined) {
    verdict(
      ratio >= budgets.directoryPage.minBaselineRatioAtConcurrency16,
      `directory page throughput vs baseline at 16: ${Math.round(ratio * 100)}% (budget ≥ ${budgets.directoryPage.minBaselineRatioAtConcurrency16 * 100}%)`,
    );
  }
  const page16 = find(run, API_PAGE, 16);
  if (page16) {
    const spread = page16.p99 / Math.max(page16.p50, 0.1);
    verdict(
      spread <= budgets.directoryPage.maxP99OverP50AtConcurrency16,
      `directory page p99/p50 at 16: ${spread.toFixed(1)} (budget ≤ ${budgets.directoryPage.maxP99OverP50AtConcurrency16})`,
    );
  }
  verdict(
    run.peakRssMb < budgets.maxApiRssMb,
    `API peak RSS: ${run.peakRssMb} MB (budget < ${budgets.maxApiRssMb})`,
  );

  const small = `${resultsDir}/latest-10000.json`;
  const large = `${resultsDir}/latest-100000.json`;
  if (existsSync(small) && existsSync(large)) {
    const [at10k, at100k] = [small, large].map(
      (file) => JSON.parse(readFileSync(file, 'utf8')) as Run,
    );
    for (const r of at100k.results) {
      const before = find(at10k, r.operation, r.concurrency);
      if (!before || !r.read) continue;
      const growth = r.p50 / Math.max(before.p50, 0.1);
      verdict(
        growth <= budgets.maxReadP50GrowthFrom10kTo100k,
        `${r.operation} @${r.concurrency}: p50 ${before.p50} → ${r.p50} ms at 100k (×${growth.toFixed(2)}, budget ≤ ×${budgets.maxReadP50GrowthFrom10kTo100k})`,
      );
    }
  } else {
    verdicts.push({
      ok: true,
      line: 'n/a    10k → 100k read growth: run both scales (npm run bench, npm run bench -- --scale 100000)',
    });
  }
  return verdicts;
}
