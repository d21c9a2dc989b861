import { migrate } from '@park/platform/database';
import { createTestDatabase, TestDatabase } from '@park/platform/testing';
import { cp, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';

const MIGRATIONS_DIR = path.join(__dirname, 'migrations');
const FIRST = '20261201000000_email_verification';

// The migration for e-mail verification keeps what was there working as before: people who
// signed up earlier count as verified. Who signs up after starts unverified.
describe('migrations: e-mail verification', () => {
  let database: TestDatabase;
  let before: string;
  let db: Client;

  beforeAll(async () => {
    database = await createTestDatabase({ migrated: false });
    // The migrations before these, applied first.
    before = await mkdtemp(path.join(tmpdir(), 'migrations-before-'));
    for (const entry of await readdir(MIGRATIONS_DIR)) {
      if (entry < FIRST) {
        await cp(path.join(MIGRATIONS_DIR, entry), path.join(before, entry), { recursive: true });
      }
    }
    await migrate(database.url, { migrationsDir: before });
    db = new Client({ connectionString: database.url });
    await db.connect();
  });

  afterAll(async () => {
    await db.end();
    await database.drop();
    await rm(before, { recursive: true, force: true });
  });

  it('counts earlier accounts as verified', async () => {
    await db.query(`
      INSERT INTO users (id, email, password_hash, display_name, created_at, updated_at)
      VALUES ('00000000-0000-4000-8000-000000000001', 'early@example.org', 'x', 'Early',
              '2026-03-01T09:00:00Z', now());`);

    await migrate(database.url, { migrationsDir: MIGRATIONS_DIR });

    const user = await db.query(`SELECT email_verified_at FROM users`);
    expect(user.rows).toEqual([{ email_verified_at: new Date('2026-03-01T09:00:00Z') }]);

    await db.query(`
      INSERT INTO users (id, email, password_hash, display_name, updated_at)
      VALUES ('00000000-0000-4000-8000-000000000004', 'late@example.org', 'x', 'Late', now());`);
    const late = await db.query(
      `SELECT email_verified_at FROM users WHERE email = 'late@example.org'`,
    );
    expect(late.rows).toEqual([{ email_verified_at: null }]);
  });
});
