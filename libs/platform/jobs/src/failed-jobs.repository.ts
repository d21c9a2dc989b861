import { Injectable } from '@nestjs/common';
import { PrismaService } from '@park/platform/database';

interface JobRow {
  id: bigint;
  task_identifier: string;
  attempts: number;
  max_attempts: number;
  last_error: string | null;
  created_at: Date;
  updated_at: Date;
}

export interface FailedJobRow {
  id: string;
  task: string;
  attempts: number;
  maxAttempts: number;
  lastError: string | null;
  createdAt: Date;
  failedAt: Date;
}

const toFailedJob = (row: JobRow): FailedJobRow => ({
  id: row.id.toString(),
  task: row.task_identifier,
  attempts: row.attempts,
  maxAttempts: row.max_attempts,
  lastError: row.last_error,
  createdAt: row.created_at,
  failedAt: row.updated_at,
});

/** The queue's permanently failed jobs: those whose attempts reached their maximum. */
@Injectable()
export class FailedJobsRepository {
  constructor(private readonly prisma: PrismaService) {}

  async failed(limit: number): Promise<FailedJobRow[]> {
    const rows = await this.prisma.$queryRaw<JobRow[]>`
      SELECT id, task_identifier, attempts, max_attempts, last_error, created_at, updated_at
      FROM graphile_worker.jobs
      WHERE attempts >= max_attempts AND locked_at IS NULL
      ORDER BY updated_at DESC, id DESC
      LIMIT ${limit}`;
    return rows.map(toFailedJob);
  }

  /**
   * Gives a failed job its attempts back and runs it now; null when no such failed job exists
   * (never failed, already retried, or running). One conditional update: two admins pressing
   * retry at once retry it once.
   */
  async retry(id: string): Promise<FailedJobRow | null> {
    const rows = await this.prisma.$queryRaw<(JobRow & { task_id: number })[]>`
      UPDATE graphile_worker._private_jobs AS jobs
      SET attempts = 0, run_at = now(), last_error = NULL, updated_at = now()
      FROM graphile_worker._private_tasks AS tasks
      WHERE jobs.id = ${id}::bigint AND tasks.id = jobs.task_id
        AND jobs.attempts >= jobs.max_attempts AND jobs.locked_at IS NULL
      RETURNING jobs.id, tasks.identifier AS task_identifier, jobs.attempts, jobs.max_attempts,
        jobs.last_error, jobs.created_at, jobs.updated_at`;
    // Wake idle workers at once rather than at their next poll.
    if (rows.length)
      await this.prisma.$executeRaw`SELECT pg_notify('jobs:insert', '{"r":0,"count":1}')`;
    return rows[0] ? toFailedJob(rows[0]) : null;
  }
}
