import { NestExpressApplication } from '@nestjs/platform-express';
import { NotificationService } from '@park/notification';
import { NotificationKind, TransactionRunner } from '@park/platform/database';
import { JobQueue, JobTasks, JobWorker } from '@park/platform/jobs';
import { NO_SHOW_SWEEP_TASK } from '@park/spaces';
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { createApi } from '../src/create-api';
import { Park, Person, SET_UP_MS, startPark, TestApi } from './support';
import { SmtpCatcher } from './support/smtp-catcher';

// The job queue on PostgreSQL (graphile-worker) under the park's own work: jobs commit or roll
// back with the change that causes them, several workers run each job once, a job that keeps
// failing waits for a park admin, who can see why and retry it.

const FAILED = `{ failedJobs { id task attempts maxAttempts lastError failedAt } }`;
const RETRY = `mutation ($id: ID!) { retryJob(id: $id) { id task attempts } }`;

describe('the job queue', () => {
  const smtp = new SmtpCatcher();
  let api: TestApi;
  let park: Park;
  let admin: Person;
  let twin: NestExpressApplication | undefined;

  beforeAll(async () => {
    await smtp.start();
    // One attempt only, so a failure is final at once; the worker starts when a test says.
    ({ api, park } = await startPark({
      SMTP_URL: smtp.url,
      JOBS_MAX_ATTEMPTS: '1',
      JOBS_POLL_MS: '200',
    }));
    admin = await park.parkAdmin();
  }, SET_UP_MS);

  afterAll(async () => {
    await twin?.close();
    await api?.close();
    await smtp.stop();
  });

  /** A notice to `who` in its own transaction, the way every workflow step posts one. */
  const notify = (who: Person, params: Record<string, string>, fail = false) =>
    api.app.get(TransactionRunner).run(async (tx) => {
      await api.app
        .get(NotificationService)
        .announce(tx, { entityType: 'Membership', entityId: randomUUID() }, [
          { recipientId: who.id, kind: NotificationKind.MEMBERSHIP_APPROVE, params },
        ]);
      if (fail) throw new Error('the step fails after posting its notice');
    });

  const jobsFor = async (who: Person) => {
    const ids = (await api.prisma.notification.findMany({ where: { recipientId: who.id } })).map(
      (row) => row.id,
    );
    const rows = await api.prisma.$queryRaw<{ payload: { ids: string[] } }[]>`
      SELECT payload FROM graphile_worker.jobs j JOIN graphile_worker._private_jobs p USING (id)
      WHERE j.task_identifier = 'notification.deliver'`;
    return rows.filter((row) => row.payload.ids.some((id) => ids.includes(id)));
  };

  it('queues a job with a committed change and none with a rolled-back one', async () => {
    const rolledBack = await park.newUser({ label: 'rolled-back' });
    const committed = await park.newUser({ label: 'committed' });

    await expect(notify(rolledBack, { stakeholder: 'A', hub: 'H' }, true)).rejects.toThrow();
    await notify(committed, { stakeholder: 'B', hub: 'H' });

    expect(await api.prisma.notification.count({ where: { recipientId: rolledBack.id } })).toBe(0);
    expect(await jobsFor(rolledBack)).toHaveLength(0);
    expect(await jobsFor(committed)).toHaveLength(1);
  });

  it('runs each job once with two API instances working the same queue', async () => {
    const reader = await park.newUser({ label: 'many-mails' });
    twin = await createApi({ ...api.config, JOBS_WORKER: true }, api.database.url);
    await twin.init();
    await api.app.get(JobWorker).start();

    const count = 24;
    for (let i = 0; i < count; i += 1) await notify(reader, { stakeholder: `S${i}`, hub: 'H' });

    const mails = await smtp.waitFor(reader.email, count, 40_000);
    await sleep(1500); // a job run twice would arrive by now
    expect(smtp.to(reader.email)).toHaveLength(count);
    const names = mails.map((mail) => mail.subject?.match(/S\d+/)?.[0]);
    expect(new Set(names).size).toBe(count);
    // The twin stays up (and working) to the end: passport's strategies are process-wide, and
    // the twin's, registered last, now checks the first instance's tokens too.
  }, 90_000);

  it('leaves a job that keeps failing for park admins, with its last error, to retry', async () => {
    const reader = await park.newUser({ label: 'smtp-down' });
    await api.app.get(JobWorker).start();
    await smtp.stop();
    await notify(reader, { stakeholder: 'Down', hub: 'H' });

    let failed: { id: string; task: string; attempts: number; lastError: string }[] = [];
    for (let i = 0; i < 200 && !failed.some((job) => job.task === 'mail.send'); i += 1) {
      await sleep(100);
      ({ failedJobs: failed } = await api.graphql.ok<{ failedJobs: typeof failed }>(
        FAILED,
        {},
        admin.as,
      ));
    }
    const job = failed.find((j) => j.task === 'mail.send')!;
    expect(job).toMatchObject({ attempts: 1, maxAttempts: 1 });
    expect(job.lastError).toMatch(/ECONNREFUSED|connect/i);

    // Nobody else sees them or retries them.
    const member = await park.newUser();
    expect((await api.graphql.errorCode(FAILED, {}, member.as)).extensions.code).toBe('FORBIDDEN');
    expect((await api.graphql.errorCode(RETRY, { id: job.id }, member.as)).extensions.code).toBe(
      'FORBIDDEN',
    );
    expect((await api.graphql.errorCode(RETRY, { id: 'one' }, admin.as)).extensions.code).toBe(
      'BAD_USER_INPUT',
    );
    expect(
      (await api.graphql.errorCode(RETRY, { id: '987654321' }, admin.as)).extensions.code,
    ).toBe('NOT_FOUND');

    await smtp.start();
    const { retryJob } = await api.graphql.ok<{ retryJob: { id: string; attempts: number } }>(
      RETRY,
      { id: job.id },
      admin.as,
    );
    expect(retryJob).toEqual({ id: job.id, task: 'mail.send', attempts: 0 });
    const [mail] = await smtp.waitFor(reader.email, 1);
    expect(mail!.subject).toContain('Down');
    const after = await api.graphql.ok<{ failedJobs: { id: string }[] }>(FAILED, {}, admin.as);
    expect(after.failedJobs.map((j) => j.id)).not.toContain(job.id);
    expect((await api.graphql.errorCode(RETRY, { id: job.id }, admin.as)).extensions.code).toBe(
      'NOT_FOUND',
    );
  }, 60_000);

  it('runs the no-show sweep as a task of the queue, scheduled every minute', async () => {
    expect(api.app.get(JobTasks).scheduled()).toContainEqual({
      task: NO_SHOW_SWEEP_TASK,
      cron: '* * * * *',
    });
    expect(api.app.get(JobWorker).running).toBe(true);
    await api.app
      .get(TransactionRunner)
      .run((tx) => api.app.get(JobQueue).enqueue(tx, NO_SHOW_SWEEP_TASK, {}));
    for (let i = 0; i < 100; i += 1) {
      const [{ left }] = await api.prisma.$queryRaw<{ left: number }[]>`
        SELECT count(*)::int AS left FROM graphile_worker.jobs WHERE task_identifier = ${NO_SHOW_SWEEP_TASK}`;
      if (left === 0) break;
      await sleep(100);
    }
    const [{ left, failed }] = await api.prisma.$queryRaw<{ left: number; failed: number }[]>`
      SELECT count(*)::int AS left, count(*) FILTER (WHERE attempts > 0)::int AS failed
      FROM graphile_worker.jobs WHERE task_identifier = ${NO_SHOW_SWEEP_TASK}`;
    expect({ left, failed }).toEqual({ left: 0, failed: 0 });
  });
});
