import { Injectable } from '@nestjs/common';
import { Prisma } from './generated/prisma/client';
import { PrismaService } from './prisma.service';

/** The client a repository method gets inside a transaction. */
export type Tx = Prisma.TransactionClient;

/**
 * Where a service draws its transaction boundary: everything `work` does through the `tx` it is
 * given commits together or not at all. Services hold the boundary, repositories the queries.
 */
@Injectable()
export class TransactionRunner {
  constructor(private readonly prisma: PrismaService) {}

  run<T>(work: (tx: Tx) => Promise<T>, options?: { timeout?: number }): Promise<T> {
    return this.prisma.$transaction(work, options);
  }
}
