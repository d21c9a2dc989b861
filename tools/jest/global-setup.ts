import { mkdtemp } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
// Jest loads global setup outside its module mapper, so these imports are relative.
import { refuseUnsupportedNode } from '../../apps/api/src/node-runtime';
import { EmbeddedPostgres } from '../../libs/platform/database/src/embedded/embedded-postgres';
import { migrate } from '../../libs/platform/database/src/migrator/migrator';
import { installJobQueue } from '../../libs/platform/jobs/src/install-job-queue';
import {
  databaseUrl,
  MIGRATIONS_DIR,
  quoteIdent,
  TEST_ADMIN_URL_VAR,
  TEST_TEMPLATE_VAR,
  withAdminClient,
} from '../../libs/platform/testing/src/database/test-server';

declare global {
  var __PARK_TEST_POSTGRES__: EmbeddedPostgres | undefined;
}

/**
 * Jest global setup: find a PostgreSQL (TEST_DATABASE_URL, else DATABASE_URL, else an embedded
 * one in a temp dir) and build one migrated template database that every test file clones.
 */
export default async function globalSetup(): Promise<void> {
  refuseUnsupportedNode();
  console.log(`\n[jest] Node.js ${process.version} (${process.execPath})`);
  let serverUrl = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  if (!serverUrl) {
    const embedded = new EmbeddedPostgres({
      dataDir: await mkdtemp(path.join(tmpdir(), 'park-test-pg-')),
      port: await freePort(),
      password: 'park-test',
    });
    await embedded.start();
    globalThis.__PARK_TEST_POSTGRES__ = embedded;
    serverUrl = embedded.url;
  }
  const template = `park_template_${process.pid}_${Date.now()}`;
  await withAdminClient(serverUrl, (client) =>
    client.query(`CREATE DATABASE ${quoteIdent(template)}`),
  );
  await migrate(databaseUrl(serverUrl, template), { migrationsDir: MIGRATIONS_DIR });
  await installJobQueue(databaseUrl(serverUrl, template));
  process.env[TEST_ADMIN_URL_VAR] = serverUrl;
  process.env[TEST_TEMPLATE_VAR] = template;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}
