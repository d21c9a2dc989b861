import { DynamicModule, Global, Module } from '@nestjs/common';
import { FailedJobsRepository } from './failed-jobs.repository';
import { FailedJobsResolver } from './failed-jobs.resolver';
import { JobQueue } from './job-queue';
import { JobTasks } from './job-tasks';
import { JobWorker } from './job-worker';
import { JOBS_OPTIONS, JobsOptions } from './jobs.options';

/** The job queue on PostgreSQL: global, so any feature can enqueue and define tasks. */
@Global()
@Module({})
export class JobsModule {
  static forRoot(options: JobsOptions): DynamicModule {
    return {
      module: JobsModule,
      providers: [
        { provide: JOBS_OPTIONS, useValue: options },
        JobQueue,
        JobTasks,
        JobWorker,
        FailedJobsRepository,
        FailedJobsResolver,
      ],
      exports: [JobQueue, JobTasks, JobWorker],
    };
  }
}
