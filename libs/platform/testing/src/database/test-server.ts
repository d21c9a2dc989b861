import path from 'node:path';
import { Client } from 'pg';

/** Where the test suite's PostgreSQL lives: set by the global setup for every worker. */
export const TEST_ADMIN_URL_VAR = 'PARK_TEST_ADMIN_URL';
export const TEST_TEMPLATE_VAR = 'PARK_TEST_TEMPLATE_DB';

export const MIGRATIONS_DIR = path.resolve(__dirname, '../../../../../prisma/migrations');

export function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

export async function withAdminClient<T>(
  adminUrl: string,
  work: (client: Client) => Promise<T>,
): Promise<T> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
