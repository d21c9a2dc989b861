import { Injectable, Logger } from '@nestjs/common';
import { Prisma } from './generated/prisma/client';
import { PrismaService } from './prisma.service';

/** The client a repository method gets inside a transaction. */
export type Tx = Prisma.TransactionClient;

/** What each open transaction of TransactionRunner.run will do once it has committed. */
const committed = new WeakMap<Tx, Array<() => void>>();
const logger = new Logger('TransactionRunner');

/**
 * Runs `effect` once `tx` has committed, never if it rolls back: for what must not be seen
 * before the rows exist (live events). Effects run in order; one that throws is logged and
 * does not stop the others. Only transactions opened by TransactionRunner.run know their commit.
 */
export function afterCommit(tx: Tx, effect: () => void): void {
  const effects = committed.get(tx);
  if (!effects) {
    logger.warn('afterCommit outside TransactionRunner.run: the effect is dropped');
    return;
  }
  effects.push(effect);
}

/**
 * Where a service draws its transaction boundary: everything `work` does through the `tx` it is
 * given commits together or not at all. Services hold the boundary, repositories the queries.
 */
@Injectable()
export class TransactionRunner {
  constructor(private readonly prisma: PrismaService) {}

  async run<T>(work: (tx: Tx) => Promise<T>, options?: { timeout?: number }): Promise<T> {
    const effects: Array<() => void> = [];
    const result = await this.prisma.$transaction((tx) => {
      committed.set(tx, effects);
      return work(tx);
    }, options);
    for (const effect of effects) {
      try {
        effect();
      } catch (error) {
        logger.error(`after-commit effect failed: ${(error as Error).message}`);
      }
    }
    return result;
  }
}
