import { ChildProcess, fork } from 'node:child_process';
import { readFileSync } from 'node:fs';

// Starting, waiting for and stopping the servers a bench measures (bench/run.ts, bench/mail.ts).

/** Forks a built server with its environment; its stderr shows, its stdout does not. */
export function start(
  script: string,
  env: Record<string, string>,
  execArgv: string[] = [],
): ChildProcess {
  return fork(script, [], {
    env: { ...process.env, ...env },
    execArgv,
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
}

/** Something already answering on a port would be measured instead of the server we start. */
export async function assertFree(port: number): Promise<void> {
  const answered = await fetch(`http://127.0.0.1:${port}/`).then(
    () => true,
    () => false,
  );
  if (answered) throw new Error(`port ${port} is in use: stop what listens there and run again`);
}

export async function ready(url: string, child: ChildProcess): Promise<void> {
  for (let tries = 0; tries < 240; tries += 1) {
    if (child.exitCode !== null) throw new Error(`${url}: the server exited (${child.exitCode})`);
    try {
      if ((await fetch(url, { method: 'GET' })).status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not come up`);
}

/** Stops a server we started; one that already exited has nothing left to wait for. */
export async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

/** An access token for a seeded account (every seeded person has the demo password). */
export async function login(port: number, email: string): Promise<string> {
  const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: `mutation ($input: LoginInput!) { login(input: $input) { accessToken } }`,
      variables: { input: { email, password: 'park-commons-demo' } },
    }),
  });
  const body = (await response.json()) as { data?: { login: { accessToken: string } } };
  if (!body.data) throw new Error(`cannot log in as ${email}: ${JSON.stringify(body)}`);
  return body.data.login.accessToken;
}

/** Node's flags from `npm run start:prod` (heap sizes), so the API runs here as it runs there. */
export function startFlags(): string[] {
  const scripts = (
    JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }
  ).scripts;
  const flags = scripts['start:prod'].split(/\s+/).filter((word) => /^--max-/.test(word));
  return process.env.BENCH_NODE_FLAGS ? process.env.BENCH_NODE_FLAGS.split(/\s+/) : flags;
}

/** The API as `start:prod` runs it against a bench database; each bench adds its own settings. */
export function apiEnv(port: number, databaseUrl: string): Record<string, string> {
  return {
    NODE_ENV: 'production',
    PORT: String(port),
    HOST: '127.0.0.1',
    DATABASE_URL: databaseUrl,
    JWT_SECRET: 'bench-secret-that-is-long-enough-for-hs256',
    LOG_LEVEL: 'error',
    MIGRATE_ON_START: 'false',
    LOGIN_FAILURES_PER_CLIENT: '1000000',
  };
}
