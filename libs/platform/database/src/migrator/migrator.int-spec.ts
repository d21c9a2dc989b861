import { createHash, randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { migrate, MigrationError } from './migrator';

jest.setTimeout(30_000);

const adminUrl = process.env.PARK_TEST_ADMIN_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

const INIT = `CREATE TABLE "account" ("id" SERIAL PRIMARY KEY, "email" TEXT NOT NULL);
CREATE UNIQUE INDEX "account_email_key" ON "account" ("email");`;
const ADD_SESSION = `CREATE TABLE "session" (
  "id" SERIAL PRIMARY KEY,
  "account_id" INTEGER NOT NULL REFERENCES "account" ("id")
);`;
const ADD_AUDIT = `CREATE TABLE "audit" ("id" SERIAL PRIMARY KEY);`;

interface Row {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
  applied_steps_count: number;
}

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

async function withAdmin<T>(work: (admin: Client) => Promise<T>): Promise<T> {
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    return await work(admin);
  } finally {
    await admin.end();
  }
}

describe('migrate', () => {
  let dbName: string;
  let dbUrl: string;
  let migrationsDir: string;
  let db: Client;

  beforeEach(async () => {
    dbName = `migr_${randomBytes(6).toString('hex')}`;
    await withAdmin((admin) => admin.query(`CREATE DATABASE "${dbName}"`));
    const url = new URL(adminUrl);
    url.pathname = `/${dbName}`;
    dbUrl = url.toString();
    db = new Client({ connectionString: dbUrl });
    await db.connect();
    migrationsDir = await mkdtemp(path.join(tmpdir(), 'migrator-'));
    // Prisma writes this next to the folders; the migrator must ignore it.
    await writeFile(path.join(migrationsDir, 'migration_lock.toml'), 'provider = "postgresql"\n');
  });

  afterEach(async () => {
    await db.end();
    await withAdmin((admin) => admin.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`));
    await rm(migrationsDir, { recursive: true, force: true });
  });

  async function addMigration(name: string, sql: string): Promise<void> {
    await mkdir(path.join(migrationsDir, name), { recursive: true });
    await writeFile(path.join(migrationsDir, name, 'migration.sql'), sql);
  }

  async function rows(): Promise<Row[]> {
    const result = await db.query<Row>(
      `SELECT migration_name, checksum, finished_at, rolled_back_at, applied_steps_count
       FROM "_prisma_migrations" ORDER BY started_at, migration_name`,
    );
    return result.rows;
  }

  async function tableExists(table: string): Promise<boolean> {
    const result = await db.query<{ exists: boolean }>(
      `SELECT to_regclass($1) IS NOT NULL AS exists`,
      [`public."${table}"`],
    );
    return result.rows[0].exists;
  }

  const run = (log?: (message: string) => void) => migrate(dbUrl, { migrationsDir, log });

  it('applies every migration on a fresh database in order, recording Prisma rows', async () => {
    // Created out of order on disk: folder names alone must decide the order.
    await addMigration('20240102000000_add_session', ADD_SESSION);
    await addMigration('20240101000000_init', INIT);
    const logged: string[] = [];

    const result = await run((message) => logged.push(message));

    expect(result).toEqual({
      applied: ['20240101000000_init', '20240102000000_add_session'],
      alreadyApplied: 0,
    });
    expect(await tableExists('account')).toBe(true);
    expect(await tableExists('session')).toBe(true);
    const recorded = await rows();
    expect(recorded.map((row) => row.migration_name)).toEqual(result.applied);
    expect(recorded.map((row) => row.checksum)).toEqual([sha256(INIT), sha256(ADD_SESSION)]);
    for (const row of recorded) {
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.rolled_back_at).toBeNull();
      expect(row.applied_steps_count).toBe(1);
    }
    expect(logged.some((message) => message.includes('20240101000000_init'))).toBe(true);
    expect(logged.some((message) => message.includes('20240102000000_add_session'))).toBe(true);
  });

  it('does nothing on a second run', async () => {
    await addMigration('20240101000000_init', INIT);
    await addMigration('20240102000000_add_session', ADD_SESSION);
    await run();

    const second = await run();

    expect(second).toEqual({ applied: [], alreadyApplied: 2 });
    expect(await rows()).toHaveLength(2);
  });

  it('refuses when an applied migration file was changed, and applies nothing else', async () => {
    await addMigration('20240101000000_init', INIT);
    await run();
    await addMigration('20240101000000_init', `${INIT}\nALTER TABLE "account" ADD "name" TEXT;`);
    await addMigration('20240102000000_add_session', ADD_SESSION);

    const attempt = run();

    await expect(attempt).rejects.toThrow(MigrationError);
    await expect(attempt).rejects.toThrow(/20240101000000_init.*changed after it was applied/);
    expect(await tableExists('session')).toBe(false);
    expect((await rows()).map((row) => row.migration_name)).toEqual(['20240101000000_init']);
  });

  it('applies each migration exactly once when two migrators start concurrently', async () => {
    await addMigration('20240101000000_init', INIT);
    await addMigration('20240102000000_add_session', ADD_SESSION);
    await addMigration('20240103000000_add_audit', ADD_AUDIT);

    const results = await Promise.all([run(), run()]);

    const counts = await db.query<{ migration_name: string; count: number }>(
      `SELECT migration_name, count(*)::int AS count FROM "_prisma_migrations"
       GROUP BY migration_name ORDER BY migration_name`,
    );
    expect(counts.rows).toEqual([
      { migration_name: '20240101000000_init', count: 1 },
      { migration_name: '20240102000000_add_session', count: 1 },
      { migration_name: '20240103000000_add_audit', count: 1 },
    ]);
    expect(await tableExists('audit')).toBe(true);
    expect(results.map((result) => result.applied.length).sort()).toEqual([0, 3]);
    expect(results.map((result) => result.alreadyApplied).sort()).toEqual([0, 3]);
  });

  it('rolls a failing migration back whole and keeps the earlier ones', async () => {
    await addMigration('20240101000000_init', INIT);
    await addMigration(
      '20240102000000_broken',
      `CREATE TABLE "half_done" ("id" SERIAL PRIMARY KEY);
INSERT INTO "account" ("email") VALUES ('a@example.com');
SELECT * FROM "no_such_table";`,
    );

    const attempt = run();

    await expect(attempt).rejects.toThrow(MigrationError);
    await expect(attempt).rejects.toThrow(/20240102000000_broken.*"no_such_table" does not exist/);
    expect(await tableExists('half_done')).toBe(false);
    const accounts = await db.query('SELECT 1 FROM "account"');
    expect(accounts.rowCount).toBe(0);
    const recorded = await rows();
    expect(recorded.map((row) => row.migration_name)).toEqual(['20240101000000_init']);
    expect(recorded[0].finished_at).toBeInstanceOf(Date);
  });

  it('refuses to continue past a failed migration recorded by Prisma', async () => {
    await addMigration('20240101000000_init', INIT);
    await addMigration('20240102000000_add_session', ADD_SESSION);
    await run();
    await addMigration('20240103000000_add_audit', ADD_AUDIT);
    // What `prisma migrate deploy` leaves behind when a migration fails half-way.
    await db.query(
      `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, logs, applied_steps_count)
       VALUES (gen_random_uuid(), $1, '20240103000000_add_audit', 'boom', 0)`,
      [sha256(ADD_AUDIT)],
    );

    const attempt = run();

    await expect(attempt).rejects.toThrow(MigrationError);
    await expect(attempt).rejects.toThrow(/20240103000000_add_audit.*prisma migrate resolve/);
    expect(await tableExists('audit')).toBe(false);
  });
});
