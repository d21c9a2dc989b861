import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { Client } from 'pg';
import { get_dmmf } from '@prisma/prisma-schema-wasm';
import { createTestDatabase, TestDatabase } from '@park/platform/testing';
import {
  DatabaseShape,
  describeDatabase,
  describeSchema,
  diff,
  Dmmf,
  TableShape,
} from './schema-drift';

const SCHEMA_FILE = path.join(__dirname, 'schema.prisma');
const MIGRATIONS_DIR = path.join(__dirname, 'migrations');

async function loadSchema(): Promise<DatabaseShape> {
  const source = await readFile(SCHEMA_FILE, 'utf8');
  const dmmf = JSON.parse(get_dmmf(JSON.stringify({ prismaSchema: source }))) as Dmmf;
  return describeSchema(dmmf);
}

const table = (shape: DatabaseShape, name: string): TableShape => {
  const found = shape.tables[name];
  if (!found) throw new Error(`test setup: schema has no table ${name}`);
  return found;
};

describe('prisma/schema.prisma vs the migrated database', () => {
  let database: TestDatabase;
  let client: Client;
  let schema: DatabaseShape;

  beforeAll(async () => {
    schema = await loadSchema();
    database = await createTestDatabase();
    client = new Client({ connectionString: database.url });
    await client.connect();
  });

  afterAll(async () => {
    await client?.end();
    await database?.drop();
  });

  it('has exactly the tables, columns, enums, keys and indexes the schema declares', async () => {
    const problems = diff(schema, await describeDatabase(client));
    // One line per drift, so a failure says exactly what to fix.
    expect(problems.join('\n')).toBe('');
  });

  it('has one finished _prisma_migrations row per migration folder', async () => {
    const entries = await readdir(MIGRATIONS_DIR, { withFileTypes: true });
    const folders = entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name);
    const { rows } = await client.query<{ migration_name: string }>(
      `SELECT migration_name FROM "_prisma_migrations"
       WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
    );
    const applied = rows.map((row) => row.migration_name);
    expect(applied.sort()).toEqual(folders.sort());
  });
});

// Real DDL on a scratch clone: proves the catalog queries see what the in-memory cases fake.
describe('schema drift in a real database', () => {
  const DRIFT = `
    ALTER TABLE "users" ALTER COLUMN "display_name" TYPE TEXT,
      ALTER COLUMN "display_name" DROP NOT NULL;
    DROP INDEX "refresh_tokens_token_hash_key";
    ALTER TYPE "UserRole" RENAME VALUE 'MEMBER' TO 'MEMBERS';
    ALTER TABLE "auth_sessions" DROP CONSTRAINT "auth_sessions_user_id_fkey",
      ADD CONSTRAINT "auth_sessions_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id")
      ON DELETE RESTRICT ON UPDATE CASCADE;
    -- What Prisma cannot express is allowed: partial unique, exclusion and trigram indexes.
    CREATE UNIQUE INDEX "users_one_admin_locale" ON "users"("locale") WHERE "role" = 'PARK_ADMIN';
    ALTER TABLE "auth_sessions" ADD CONSTRAINT "auth_sessions_no_overlap"
      EXCLUDE USING gist ("revoked_reason" WITH =, tstzrange("created_at", "expires_at") WITH &&);
    CREATE INDEX "users_display_name_trgm" ON "users" USING gin ("display_name" gin_trgm_ops);`;

  let database: TestDatabase;
  let client: Client;

  beforeAll(async () => {
    database = await createTestDatabase();
    client = new Client({ connectionString: database.url });
    await client.connect();
  });

  afterAll(async () => {
    await client?.end();
    await database?.drop();
  });

  it('reports each change and ignores what Prisma cannot express', async () => {
    await client.query(DRIFT);
    expect(diff(await loadSchema(), await describeDatabase(client))).toEqual([
      'users.display_name: schema says character varying(80) NOT NULL, database has text NULL',
      'auth_sessions foreign key (user_id) -> users(id): ' +
        'schema says ON DELETE Cascade ON UPDATE Cascade, ' +
        'database has ON DELETE Restrict ON UPDATE Cascade',
      'refresh_tokens unique (token_hash): missing in the database',
      'enum UserRole: schema says labels (PARK_ADMIN, MEMBER), database has (PARK_ADMIN, MEMBERS)',
    ]);
  });
});

describe('schema drift diff', () => {
  let schema: DatabaseShape;

  beforeAll(async () => {
    schema = await loadSchema();
  });

  const drifted = (mutate: (db: DatabaseShape) => void): string[] => {
    const database = structuredClone(schema);
    mutate(database);
    return diff(schema, database);
  };

  it('finds nothing when the database matches', () => {
    expect(drifted(() => undefined)).toEqual([]);
  });

  it.each<[string, (db: DatabaseShape) => void, string]>([
    [
      'a changed column type and nullability',
      (db) => (table(db, 'users').columns['display_name'] = { type: 'text', nullable: true }),
      'users.display_name: schema says character varying(80) NOT NULL, database has text NULL',
    ],
    [
      'a dropped unique index',
      (db) => (table(db, 'refresh_tokens').uniques = []),
      'refresh_tokens unique (token_hash): missing in the database',
    ],
    [
      'a renamed enum label',
      (db) => (db.enums['UserRole'] = ['PARK_ADMIN', 'MEMBERS']),
      'enum UserRole: schema says labels (PARK_ADMIN, MEMBER), database has (PARK_ADMIN, MEMBERS)',
    ],
    [
      'a missing table',
      (db) => delete db.tables['auth_sessions'],
      'table auth_sessions: missing in the database',
    ],
    [
      'an extra column',
      (db) => (table(db, 'users').columns['nickname'] = { type: 'text', nullable: true }),
      'users.nickname: in the database but not in the schema',
    ],
    [
      'an undeclared unique index',
      (db) => table(db, 'users').uniques.push({ columns: ['display_name'], name: 'users_dn_key' }),
      'users unique (display_name): in the database (users_dn_key) but not in the schema',
    ],
    [
      'a different ON DELETE action',
      (db) => (table(db, 'auth_sessions').foreignKeys[0].onDelete = 'Restrict'),
      'auth_sessions foreign key (user_id) -> users(id): ' +
        'schema says ON DELETE Cascade ON UPDATE Cascade, ' +
        'database has ON DELETE Restrict ON UPDATE Cascade',
    ],
    [
      'a missing normal index',
      (db) => (table(db, 'auth_sessions').indexes = []),
      'auth_sessions index (user_id): missing in the database',
    ],
    [
      'a different primary key',
      (db) => (table(db, 'users').primaryKey = null),
      'users primary key: schema says (id), database has none',
    ],
  ])('reports %s', (_, mutate, message) => {
    expect(drifted(mutate)).toEqual([message]);
  });

  it('allows hand-written partial unique indexes and extra normal indexes', () => {
    const problems = drifted((db) => {
      const users = table(db, 'users');
      users.uniques.push({ columns: ['display_name'], name: 'users_dn_key', partial: true });
      users.indexes.push({ columns: ['display_name'], name: 'users_dn_trgm', method: 'gin' });
    });
    expect(problems).toEqual([]);
  });
});
