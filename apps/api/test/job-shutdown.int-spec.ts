import { PrismaService, TransactionRunner } from '@park/platform/database';
import { JobQueue, JobTasks } from '@park/platform/jobs';
import { createApi } from '../src/create-api';
import { SET_UP_MS, startPark, TestApi } from './support';

// An API that closes while its worker runs a job lets the job finish on the database it
// started with: the worker stops before the database pools do (a mail bench run under load
// lost its sends to "Cannot use a pool after calling end on the pool" when the order was the
// other way round).

const TASK = 'test.slow-read';

describe('the job worker at shutdown', () => {
  let api: TestApi;

  beforeAll(async () => {
    ({ api } = await startPark({ JOBS_POLL_MS: '100' }));
  }, SET_UP_MS);

  afterAll(async () => {
    await api?.close();
  });

  it('finishes the job it is running before the database closes', async () => {
    const closing = await createApi({ ...api.config, JOBS_WORKER: true }, api.database.url);
    let started!: () => void;
    const running = new Promise<void>((resolve) => (started = resolve));
    const outcome: { read?: number; error?: string } = {};
    // Defined before init, as features do in onModuleInit; only this instance knows the task.
    closing.get(JobTasks).define(TASK, async () => {
      started();
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      try {
        const [row] = await closing.get(PrismaService).$queryRaw<
          { one: number }[]
        >`SELECT 1 AS one`;
        outcome.read = row.one;
      } catch (error) {
        outcome.error = String(error);
      }
    });
    await closing.init();
    await closing.get(TransactionRunner).run((tx) => closing.get(JobQueue).enqueue(tx, TASK, {}));

    await running;
    await closing.close();

    expect(outcome).toEqual({ read: 1 });
    const left = await api.prisma.$queryRaw<unknown[]>`
      SELECT * FROM graphile_worker.jobs WHERE task_identifier = ${TASK}`;
    expect(left).toEqual([]);
  }, 60_000);
});
