import { migrate } from '@park/platform/database';
import { createTestDatabase, TestDatabase } from '@park/platform/testing';
import { cp, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';

const MIGRATIONS_DIR = path.join(__dirname, 'migrations');
const FIRST = '20261201000000_email_verification';

// The migrations for e-mail verification and verified voters keep what was there working as
// before: people who signed up earlier count as verified, and rounds already running keep
// letting anyone vote. What comes after starts unverified and, for rounds, safe.
describe('migrations: e-mail verification and verified voters', () => {
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

  it('counts earlier accounts as verified and earlier rounds as open to every voter', async () => {
    await db.query(`
      INSERT INTO users (id, email, password_hash, display_name, created_at, updated_at)
      VALUES ('00000000-0000-4000-8000-000000000001', 'early@example.org', 'x', 'Early',
              '2026-03-01T09:00:00Z', now());
      INSERT INTO hubs (id, slug, name, name_ko, kind, updated_at)
      VALUES ('00000000-0000-4000-8000-000000000002', 'youth-hub', 'Youth Hub', '청년허브',
              'YOUTH', now());
      INSERT INTO budget_rounds (id, hub_id, title, total_budget, max_selections, tally_method,
                                 status, updated_at)
      VALUES ('00000000-0000-4000-8000-000000000003', '00000000-0000-4000-8000-000000000002',
              'Running round', 1000, 1, 'GREEDY', 'VOTING', now());`);

    await migrate(database.url, { migrationsDir: MIGRATIONS_DIR });

    const user = await db.query(`SELECT email_verified_at FROM users`);
    expect(user.rows).toEqual([{ email_verified_at: new Date('2026-03-01T09:00:00Z') }]);
    const round = await db.query(`SELECT require_verified_voters FROM budget_rounds`);
    expect(round.rows).toEqual([{ require_verified_voters: false }]);

    await db.query(`
      INSERT INTO users (id, email, password_hash, display_name, updated_at)
      VALUES ('00000000-0000-4000-8000-000000000004', 'late@example.org', 'x', 'Late', now());
      INSERT INTO budget_rounds (id, hub_id, title, total_budget, max_selections, tally_method,
                                 updated_at)
      VALUES ('00000000-0000-4000-8000-000000000005', '00000000-0000-4000-8000-000000000002',
              'New round', 1000, 1, 'GREEDY', now());`);
    const late = await db.query(
      `SELECT email_verified_at FROM users WHERE email = 'late@example.org'`,
    );
    expect(late.rows).toEqual([{ email_verified_at: null }]);
    const fresh = await db.query(
      `SELECT require_verified_voters FROM budget_rounds WHERE title = 'New round'`,
    );
    expect(fresh.rows).toEqual([{ require_verified_voters: true }]);
  });
});
