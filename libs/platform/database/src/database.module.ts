import { DynamicModule, Global, Module } from '@nestjs/common';
import { NodeTypeRepository } from './node-type.repository';
import { DATABASE_OPTIONS, DatabaseOptions, PrismaService } from './prisma.service';
import { TransactionRunner } from './transaction-runner';

@Global()
@Module({})
export class DatabaseModule {
  static forRoot(options: DatabaseOptions): DynamicModule {
    return {
      module: DatabaseModule,
      providers: [
        { provide: DATABASE_OPTIONS, useValue: options },
        PrismaService,
        TransactionRunner,
        NodeTypeRepository,
      ],
      exports: [PrismaService, TransactionRunner, NodeTypeRepository],
    };
  }
}
