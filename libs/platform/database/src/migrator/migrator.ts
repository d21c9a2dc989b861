import { createHash, randomUUID } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { Client } from 'pg';

export interface MigrateOptions {
  /** Prisma layout: `<migrationsDir>/<timestamp>_<name>/migration.sql`. */
  migrationsDir: string;
  log?: (message: string) => void;
}

export interface MigrateResult {
  /** Names of the migrations applied by this run, in order. */
  applied: string[];
  /** How many local migrations were already applied before this run. */
  alreadyApplied: number;
}

export class MigrationError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'MigrationError';
  }
}

// Same key as Prisma's schema engine, so our runs and `prisma migrate deploy` serialise too.
const ADVISORY_LOCK_KEY = 72707369;

// Prisma's own DDL: `prisma migrate status/deploy` must read our bookkeeping as its own.
const CREATE_MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
);`;

interface LocalMigration {
  name: string;
  sql: string;
  checksum: string;
  acceptedChecksums: Set<string>;
}

interface MigrationRow {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
}

const sha256 = (data: Buffer | string): string => createHash('sha256').update(data).digest('hex');

const messageOf = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);

async function readMigrations(migrationsDir: string): Promise<LocalMigration[]> {
  const entries = await readdir(migrationsDir, { withFileTypes: true });
  // Code-unit sort, not localeCompare: the timestamp prefix alone defines the order.
  const names = entries.filter((e) => e.isDirectory()).map((e) => e.name);
  return Promise.all(
    names.sort().map(async (name) => {
      const file = path.join(migrationsDir, name, 'migration.sql');
      const bytes = await readFile(file).catch((error: unknown) => {
        throw new MigrationError(`migration ${name}: cannot read ${file}: ${messageOf(error)}`);
      });
      const sql = bytes.toString('utf8');
      // Prisma also accepts the script with LF or CRLF line endings (git may convert them).
      const lf = sql.replace(/\r\n/g, '\n');
      const accepted = new Set([sha256(bytes), sha256(lf), sha256(lf.replace(/\n/g, '\r\n'))]);
      return { name, sql, checksum: sha256(bytes), acceptedChecksums: accepted };
    }),
  );
}

export async function migrate(
  databaseUrl: string,
  options: MigrateOptions,
): Promise<MigrateResult> {
  const log = options.log ?? (() => undefined);
  const local = await readMigrations(options.migrationsDir);
  const client = new Client({ connectionString: databaseUrl });
  // A dropped connection emits 'error'; without a listener it would crash the process.
  client.on('error', (error) => log(`migrator connection error: ${error.message}`));
  await client.connect();
  let locked = false;
  try {
    // Blocks until any other migrator (ours or Prisma's) is done; then state is final.
    await client.query('SELECT pg_advisory_lock($1)', [ADVISORY_LOCK_KEY]);
    locked = true;
    await client.query(CREATE_MIGRATIONS_TABLE);
    const { rows } = await client.query<MigrationRow>(
      `SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations"
       ORDER BY started_at`,
    );

    const failed = rows.find((row) => row.finished_at === null && row.rolled_back_at === null);
    if (failed) {
      throw new MigrationError(
        `migration ${failed.migration_name} failed or is still in progress according to ` +
          `_prisma_migrations; fix the database, then mark it with ` +
          `\`prisma migrate resolve --applied|--rolled-back ${failed.migration_name}\``,
      );
    }
    const applied = new Map(
      rows
        .filter((row) => row.finished_at !== null && row.rolled_back_at === null)
        .map((row) => [row.migration_name, row]),
    );

    // Validate everything before applying anything, so a bad state changes nothing.
    for (const migration of local) {
      const row = applied.get(migration.name);
      if (row && !migration.acceptedChecksums.has(row.checksum)) {
        throw new MigrationError(
          `migration ${migration.name} was changed after it was applied ` +
            `(checksum ${row.checksum} in the database, ${migration.checksum} on disk); ` +
            `restore the original migration.sql and put changes in a new migration`,
        );
      }
    }
    const localNames = new Set(local.map((migration) => migration.name));
    for (const name of applied.keys()) {
      if (!localNames.has(name)) log(`warning: migration ${name} is applied but missing locally`);
    }

    const pending = local.filter((migration) => !applied.has(migration.name));
    const result: MigrateResult = { applied: [], alreadyApplied: local.length - pending.length };
    for (const migration of pending) {
      await applyOne(client, migration);
      result.applied.push(migration.name);
      log(`applied migration ${migration.name}`);
    }
    return result;
  } finally {
    if (locked) {
      await client
        .query('SELECT pg_advisory_unlock($1)', [ADVISORY_LOCK_KEY])
        .catch(() => undefined);
    }
    await client.end().catch(() => undefined);
  }
}

/** One transaction per migration: the row and the schema change commit together or not at all. */
async function applyOne(client: Client, migration: LocalMigration): Promise<void> {
  const id = randomUUID();
  try {
    await client.query('BEGIN');
    await client.query(
      `INSERT INTO "_prisma_migrations"
         (id, checksum, migration_name, started_at, applied_steps_count)
       VALUES ($1, $2, $3, now(), 0)`,
      [id, migration.checksum, migration.name],
    );
    // No parameters: pg uses the simple query protocol, which allows many statements.
    await client.query(migration.sql);
    await client.query(
      `UPDATE "_prisma_migrations" SET finished_at = now(), applied_steps_count = 1 WHERE id = $1`,
      [id],
    );
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    const reason = messageOf(error);
    const message = `migration ${migration.name} failed and was rolled back: ${reason}`;
    throw new MigrationError(message, { cause: error });
  }
}
