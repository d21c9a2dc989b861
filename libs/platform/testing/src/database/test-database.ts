import { randomBytes } from 'node:crypto';
import {
  databaseUrl,
  quoteIdent,
  TEST_ADMIN_URL_VAR,
  TEST_TEMPLATE_VAR,
  withAdminClient,
} from './test-server';

export interface TestDatabase {
  url: string;
  name: string;
  drop(): Promise<void>;
}

/** A fresh database cloned from the migrated template: one per test file, so files never share rows. */
export async function createTestDatabase(
  options: { migrated?: boolean } = {},
): Promise<TestDatabase> {
  const serverUrl = requiredEnv(TEST_ADMIN_URL_VAR);
  const name = `park_test_${process.env.JEST_WORKER_ID ?? '0'}_${randomBytes(4).toString('hex')}`;
  const template = options.migrated === false ? 'template0' : requiredEnv(TEST_TEMPLATE_VAR);
  await withAdminClient(serverUrl, (client) =>
    client.query(`CREATE DATABASE ${quoteIdent(name)} TEMPLATE ${quoteIdent(template)}`),
  );
  return {
    name,
    url: databaseUrl(serverUrl, name),
    drop: () =>
      withAdminClient(serverUrl, (client) =>
        client.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`),
      ).then(() => undefined),
  };
}

function requiredEnv(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run tests through jest.config.ts (npm test)`);
  return value;
}
