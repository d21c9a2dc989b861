import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { PrismaPg } from '@prisma/adapter-pg';
import { Pool, QueryResultRow } from 'pg';
import { Prisma, PrismaClient } from './generated/prisma/client';

/** One SQL statement as sent: its text and its parameters as a JSON array. */
export interface SentStatement {
  query: string;
  params: string;
}

type QueryEvents = { $on(event: 'query', listener: (event: SentStatement) => void): void };

export const DATABASE_OPTIONS = Symbol('DATABASE_OPTIONS');

export interface DatabaseOptions {
  url: string;
  poolSize: number;
  /** A statement running longer is cancelled (PostgreSQL `statement_timeout`); 0 = never. */
  statementTimeoutMs?: number;
  /** A statement waiting longer for a lock is cancelled (`lock_timeout`); 0 = never. */
  lockTimeoutMs?: number;
}

/** Connections kept aside for signing requests in and for /ready, whatever the main pool does. */
const RESERVED_CONNECTIONS = 2;

/**
 * The one Prisma client of the process, on a `pg` pool; closed when the app shuts down.
 * It counts the SQL statements it sends, so tests and benchmarks can hold operations to a budget.
 */
@Injectable()
export class PrismaService extends PrismaClient implements OnApplicationShutdown {
  private statements = 0;
  private readonly pool: Pool;
  private readonly reserve: Pool;
  private readonly listeners: ((statement: SentStatement) => void)[] = [];

  constructor(@Inject(DATABASE_OPTIONS) options: DatabaseOptions) {
    // Without timeouts, a few slow or blocked statements hold every connection and all else waits.
    const timeouts = {
      statement_timeout: options.statementTimeoutMs ?? 0,
      lock_timeout: options.lockTimeoutMs ?? 0,
    };
    const pool = new Pool({
      connectionString: options.url,
      max: options.poolSize,
      // As long as a transaction may wait for one (below): under load, waiting beats failing.
      connectionTimeoutMillis: 10_000,
      ...timeouts,
    });
    super({
      adapter: new PrismaPg(pool, { disposeExternalPool: true }),
      log: [{ emit: 'event' as const, level: 'query' as const }],
      // Prisma's defaults (2 s to get a connection, 5 s per transaction) closed transactions
      // under load and turned writes into 500s (measured by npm run bench): wait longer instead.
      transactionOptions: { maxWait: 10_000, timeout: 20_000 },
    });
    this.pool = pool;
    this.reserve = new Pool({
      connectionString: options.url,
      max: RESERVED_CONNECTIONS,
      connectionTimeoutMillis: 2_000,
      ...timeouts,
    });
    // An idle connection that dies (a restart, a network cut) is dropped and replaced; the
    // next query reports the outage. Unheard, pg's 'error' event would end the process.
    const dropped = () => undefined;
    pool.on('error', dropped);
    this.reserve.on('error', dropped);
    (this as unknown as QueryEvents).$on('query', (event) => this.sent(event.query, event.params));
  }

  /**
   * A read on the same pool with plain `pg`, for the hottest reads (the directory's pages and
   * relations): half the CPU of `$queryRaw` and a third of `findMany` for the same rows
   * (bench/README.md). The SQL names every column and casts enums and citext to text, so rows
   * come back in Prisma's shapes; `hot-reads.int-spec.ts` holds them to what Prisma returns.
   */
  async rows<T extends QueryResultRow>(query: Prisma.Sql): Promise<T[]> {
    this.sent(query.text, query.values);
    return (await this.pool.query<T>(query.text, query.values)).rows;
  }

  /** `rows`, with the result's column names (known even when no row came back). */
  async table<T extends QueryResultRow>(
    query: Prisma.Sql,
  ): Promise<{ columns: string[]; rows: T[] }> {
    this.sent(query.text, query.values);
    const result = await this.pool.query<T>(query.text, query.values);
    return { columns: result.fields.map((field) => field.name), rows: result.rows };
  }

  /**
   * A short read on the reserved connections: the session check every signed-in request makes,
   * and /ready. They answer while the main pool is exhausted by slow work.
   */
  async reservedRows<T extends QueryResultRow>(query: Prisma.Sql): Promise<T[]> {
    this.sent(query.text, query.values);
    return (await this.reserve.query<T>(query.text, query.values)).rows;
  }

  /** Every statement sent from now on, through Prisma or `rows` (`npm run db:explain` EXPLAINs them). */
  onStatement(listener: (statement: SentStatement) => void): void {
    this.listeners.push(listener);
  }

  private sent(query: string, params: string | unknown[]): void {
    this.statements += 1;
    if (!this.listeners.length) return;
    const statement = {
      query,
      params: typeof params === 'string' ? params : JSON.stringify(params),
    };
    this.listeners.forEach((listener) => listener(statement));
  }

  /** SQL statements sent since the process started. */
  get statementCount(): number {
    return this.statements;
  }

  async isReachable(): Promise<boolean> {
    try {
      await this.reserve.query('SELECT 1');
      return true;
    } catch {
      return false;
    }
  }

  // The last hook of app.close(): whatever stops in onModuleDestroy or beforeApplicationShutdown
  // (the job worker, in-flight requests) still has the database.
  async onApplicationShutdown(): Promise<void> {
    await this.$disconnect();
    // $disconnect disposes the pool only if Prisma itself connected; reads through `rows` alone
    // (a process that served only directory pages) left it open.
    if (!this.pool.ended) await this.pool.end();
    if (!this.reserve.ended) await this.reserve.end();
  }
}
