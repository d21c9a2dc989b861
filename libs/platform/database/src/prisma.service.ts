import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from './generated/prisma/client';

type QueryEvents = { $on(event: 'query', listener: () => void): void };

export const DATABASE_OPTIONS = Symbol('DATABASE_OPTIONS');

export interface DatabaseOptions {
  url: string;
  poolSize: number;
}

/**
 * The one Prisma client of the process, on a `pg` pool; closed when the app shuts down.
 * It counts the SQL statements it sends, so tests and benchmarks can hold operations to a budget.
 */
@Injectable()
export class PrismaService extends PrismaClient implements OnModuleDestroy {
  private statements = 0;

  constructor(@Inject(DATABASE_OPTIONS) options: DatabaseOptions) {
    super({
      adapter: new PrismaPg({
        connectionString: options.url,
        max: options.poolSize,
        // As long as a transaction may wait for one (below): under load, waiting beats failing.
        connectionTimeoutMillis: 10_000,
      }),
      log: [{ emit: 'event' as const, level: 'query' as const }],
      // Prisma's defaults (2 s to get a connection, 5 s per transaction) closed transactions
      // under load and turned writes into 500s (measured by npm run bench): wait longer instead.
      transactionOptions: { maxWait: 10_000, timeout: 20_000 },
    });
    (this as unknown as QueryEvents).$on('query', () => {
      this.statements += 1;
    });
  }

  /** SQL statements sent since the process started. */
  get statementCount(): number {
    return this.statements;
  }

  async isReachable(): Promise<boolean> {
    try {
      await this.$queryRaw`SELECT 1`;
      return true;
    } catch {
      return false;
    }
  }

  async onModuleDestroy(): Promise<void> {
    await this.$disconnect();
  }
}
