import { NestExpressApplication } from '@nestjs/platform-express';
import { Config, loadConfig } from '@park/platform/config';
import { PrismaService } from '@park/platform/database';
import { createTestDatabase, GraphqlClient, TestDatabase } from '@park/platform/testing';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApi } from '../../src/create-api';

export interface TestApi {
  app: NestExpressApplication;
  graphql: GraphqlClient;
  prisma: PrismaService;
  database: TestDatabase;
  /** Where this API writes the mail it sends (.eml files). */
  mailOutbox: string;
  /** What it was started with: a second instance on the same database starts from this. */
  config: Config;
  close(): Promise<void>;
}

/**
 * The real API (HTTP, GraphQL, guards, Prisma) on a fresh database cloned from the migrated
 * template. One per test file: call in beforeAll, close in afterAll. `databaseUrl` lets a test
 * put something between the API and its database (a proxy it can cut).
 */
export async function startTestApi(
  env: Record<string, string> = {},
  options: { databaseUrl?: (url: string) => Promise<string> } = {},
): Promise<TestApi> {
  const database = await createTestDatabase();
  const mailOutbox = join(tmpdir(), 'park-test-mail', database.name);
  const config: Config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    JWT_SECRET: 'test-secret-that-is-long-enough-for-hs256-signing',
    // CI runs the suite a second time with REDIS_URL set, to cover the shared-counter path.
    ...(process.env.REDIS_URL ? { REDIS_URL: process.env.REDIS_URL } : {}),
    REDIS_KEY_PREFIX: `park-test:${database.name}`,
    // Queued jobs (mail, the no-show sweep) would change rows under tests' feet: the tests of
    // jobs turn the worker on, the others drive a job's work directly.
    JOBS_WORKER: 'false',
    // Every test signs people up from 127.0.0.1; the sign-up limit has its own tests.
    REGISTER_LIMIT_PER_HOUR: '100000',
    MAIL_OUTBOX_DIR: mailOutbox,
    // Production's 5 s statements and 2 s lock waits are for a served park; on a loaded CI
    // machine a test's own setup can pass them (SERVICE_UNAVAILABLE in a beforeAll). The fault
    // tests set the timeouts they test.
    DATABASE_STATEMENT_TIMEOUT_MS: '30000',
    DATABASE_LOCK_TIMEOUT_MS: '15000',
    ...env,
  });
  const url = options.databaseUrl ? await options.databaseUrl(database.url) : database.url;
  const app = await createApi(config, url);
  await app.init();
  return {
    app,
    graphql: new GraphqlClient(app),
    prisma: app.get(PrismaService),
    database,
    mailOutbox,
    config,
    close: async () => {
      await app.close();
      await database.drop();
      await rm(mailOutbox, { recursive: true, force: true });
    },
  };
}

/** For beforeAll hooks that start the API and build a cast: on a shared, loaded machine that
 * alone took over Jest's 30 s default. */
export const SET_UP_MS = 120_000;
