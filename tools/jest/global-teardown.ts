import type { EmbeddedPostgres } from '../../libs/platform/database/src/embedded/embedded-postgres';
import {
  quoteIdent,
  TEST_ADMIN_URL_VAR,
  TEST_TEMPLATE_VAR,
  withAdminClient,
} from '../../libs/platform/testing/src/database/test-server';

declare global {
  var __PARK_TEST_POSTGRES__: EmbeddedPostgres | undefined;
}

export default async function globalTeardown(): Promise<void> {
  const serverUrl = process.env[TEST_ADMIN_URL_VAR];
  const template = process.env[TEST_TEMPLATE_VAR];
  if (serverUrl && template) {
    await withAdminClient(serverUrl, (client) =>
      client.query(`DROP DATABASE IF EXISTS ${quoteIdent(template)} WITH (FORCE)`),
    ).catch(() => undefined);
  }
  await globalThis.__PARK_TEST_POSTGRES__?.destroy();
}
