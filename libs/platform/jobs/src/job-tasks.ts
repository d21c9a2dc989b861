import { Injectable } from '@nestjs/common';

/** What a task is handed besides its payload. */
export interface JobContext {
  jobId: string;
  /** 1 on the first run, 2 on the first retry… */
  attempt: number;
  /** For a scheduled task: the time it was due (a late or backfilled run still says 08:00). */
  scheduledFor?: Date;
}

export type JobHandler = (payload: Record<string, unknown>, job: JobContext) => Promise<void>;

export interface Schedule {
  task: string;
  /** Five crontab fields, in UTC. */
  cron: string;
  /** Runs missed while no worker ran are made up for, as far back as this. */
  backfillHours?: number;
}

/**
 * The tasks the worker knows, registered by the features that own them (in onModuleInit), so
 * the queue kit knows no feature; and the schedules (cron) that enqueue some of them.
 */
@Injectable()
export class JobTasks {
  private readonly handlers = new Map<string, JobHandler>();
  private readonly schedules: Schedule[] = [];

  define(task: string, handler: JobHandler): void {
    if (this.handlers.has(task)) throw new Error(`job task ${task} is defined twice`);
    this.handlers.set(task, handler);
  }

  schedule(schedule: Schedule): void {
    this.schedules.push(schedule);
  }

  handler(task: string): JobHandler | undefined {
    return this.handlers.get(task);
  }

  tasks(): string[] {
    return [...this.handlers.keys()];
  }

  scheduled(): readonly Schedule[] {
    return this.schedules;
  }
}
