import {
  Inject,
  Injectable,
  Logger as NestLogger,
  OnApplicationBootstrap,
  OnModuleDestroy,
} from '@nestjs/common';
import { AppConfig } from '@park/platform/config';
import { Logger, parseCronItems, run, Runner, Task, TaskList } from 'graphile-worker';
import { JOBS_OPTIONS, JobsOptions } from './jobs.options';
import { JobTasks } from './job-tasks';

/**
 * Runs queued jobs: inside the API process unless JOBS_WORKER=false, or alone (`npm run
 * worker`). Any number of workers may share one database: each takes a job with
 * `FOR UPDATE SKIP LOCKED`, so every job runs once; a job that throws is retried with
 * exponential backoff (graphile-worker's: about e^attempt seconds) until JOBS_MAX_ATTEMPTS,
 * then stays, failed, for park admins to see and retry.
 */
@Injectable()
export class JobWorker implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new NestLogger('Jobs');
  private runner?: Runner;

  constructor(
    private readonly tasks: JobTasks,
    private readonly config: AppConfig,
    @Inject(JOBS_OPTIONS) private readonly options: JobsOptions,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.get('JOBS_WORKER')) await this.start();
  }

  // Before the database goes (PrismaService closes its pools at onApplicationShutdown, the last
  // hook): jobs running at shutdown finish with the database they started on.
  async onModuleDestroy(): Promise<void> {
    await this.stop();
  }

  get running(): boolean {
    return Boolean(this.runner);
  }

  async start(): Promise<void> {
    if (this.runner) return;
    const concurrency = this.config.get('JOBS_CONCURRENCY');
    this.runner = await run({
      connectionString: this.options.databaseUrl,
      maxPoolSize: concurrency + 2,
      concurrency,
      noHandleSignals: true,
      pollInterval: this.config.get('JOBS_POLL_MS'),
      // Completions and failures go through graphile-worker's batchers (flushed at once), which
      // its graceful shutdown awaits; unbatched, a job finishing as the worker stops could have
      // its completion cut off and stay locked for hours.
      preset: { worker: { completeJobBatchDelay: 0, failJobBatchDelay: 0 } },
      logger: this.graphileLogger(),
      taskList: this.taskList(),
      parsedCronItems: parseCronItems(
        this.tasks.scheduled().map((schedule) => ({
          task: schedule.task,
          match: schedule.cron,
          identifier: schedule.task,
          options: { backfillPeriod: (schedule.backfillHours ?? 0) * 3_600_000 },
        })),
      ),
    });
    this.runner.events.on('job:failed', ({ job, error }) => {
      this.logger.warn(
        { jobId: job.id, task: job.task_identifier, attempt: job.attempts, err: error },
        job.attempts >= job.max_attempts ? 'job failed for good' : 'job failed; will retry',
      );
    });
    this.logger.log(`job worker started (concurrency ${concurrency})`);
  }

  async stop(): Promise<void> {
    const runner = this.runner;
    this.runner = undefined;
    // Lets running jobs finish; jobs not yet taken stay queued for the next worker.
    await runner?.stop();
  }

  private taskList(): TaskList {
    const list: TaskList = {};
    for (const name of this.tasks.tasks()) {
      const handler = this.tasks.handler(name)!;
      const task: Task = async (payload, helpers) => {
        const body = (payload ?? {}) as Record<string, unknown>;
        const cron = body['_cron'] as { ts?: string } | undefined;
        await handler(body, {
          jobId: helpers.job.id,
          attempt: helpers.job.attempts,
          scheduledFor: cron?.ts ? new Date(cron.ts) : undefined,
        });
      };
      list[name] = task;
    }
    return list;
  }

  private graphileLogger(): Logger {
    return new Logger(() => (level, message, meta) => {
      if (level === 'error') this.logger.error({ ...meta }, message);
      else if (level === 'warning') this.logger.warn({ ...meta }, message);
      else if (level === 'info') this.logger.debug?.({ ...meta }, message);
    });
  }
}
