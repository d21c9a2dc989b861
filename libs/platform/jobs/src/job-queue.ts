import { Injectable } from '@nestjs/common';
import { AppConfig } from '@park/platform/config';
import { Tx } from '@park/platform/database';

export interface JobOptions {
  /** Not before this time (default: now). */
  runAt?: Date;
  /** A job with the same key still waiting is replaced, not doubled. */
  jobKey?: string;
  /** `preserve_run_at`: a waiting job with the key keeps its time (a retry's backoff). */
  jobKeyMode?: 'replace' | 'preserve_run_at';
  /** Jobs of one queue run one at a time, in order. */
  queueName?: string;
}

/**
 * Puts work on the queue (graphile-worker's tables, in our PostgreSQL) through the caller's
 * transaction: a change that rolls back leaves no job behind, one that commits always has it.
 */
@Injectable()
export class JobQueue {
  private readonly maxAttempts: number;

  constructor(config: AppConfig) {
    this.maxAttempts = config.get('JOBS_MAX_ATTEMPTS');
  }

  async enqueue(tx: Tx, task: string, payload: object, options: JobOptions = {}): Promise<void> {
    await tx.$executeRaw`SELECT graphile_worker.add_job(
      ${task},
      ${JSON.stringify(payload)}::json,
      run_at => ${options.runAt ?? null}::timestamptz,
      max_attempts => ${this.maxAttempts}::int,
      job_key => ${options.jobKey ?? null}::text,
      queue_name => ${options.queueName ?? null}::text,
      job_key_mode => ${options.jobKeyMode ?? 'replace'}::text
    )`;
  }

  /** Several jobs of one task in one statement (one per payload). */
  async enqueueMany(tx: Tx, task: string, payloads: object[]): Promise<void> {
    if (!payloads.length) return;
    await tx.$executeRaw`SELECT graphile_worker.add_job(
        ${task}, payload, max_attempts => ${this.maxAttempts}::int
      )
      FROM unnest(${payloads.map((p) => JSON.stringify(p))}::json[]) AS payload`;
  }

  /**
   * Drops the waiting (not running) jobs of `task` whose payload mentions `text`: the mail not
   * yet sent to an address that was just erased. How many went.
   */
  async dropWaiting(tx: Tx, task: string, text: string): Promise<number> {
    return tx.$executeRaw`
      DELETE FROM graphile_worker._private_jobs AS jobs
      USING graphile_worker._private_tasks AS tasks
      WHERE tasks.id = jobs.task_id AND tasks.identifier = ${task} AND jobs.locked_at IS NULL
        AND strpos(jobs.payload::text, ${text}) > 0`;
  }
}
