import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { AppConfig, ConfigError, loadConfig } from '@park/platform/config';
import { locateDatabase } from '@park/platform/database';
import { JobWorker } from '@park/platform/jobs';
import { createApi } from '../create-api';
import { refuseUnsupportedNode } from '../node-runtime';

const logger = new Logger('Worker');

/**
 * `npm run worker`: runs the queue's jobs (mail, digests, the no-show sweep) without serving
 * HTTP, for deployments that run the API with JOBS_WORKER=false. Stops on SIGTERM/SIGINT after
 * its running jobs finish; jobs it had not taken stay queued for the next worker.
 */
async function main(): Promise<void> {
  refuseUnsupportedNode();
  const values = loadConfig();
  const database = await locateDatabase(new AppConfig(values), (message) => logger.log(message));
  // The same composition as the API (the features define the tasks), never listening.
  const app = await createApi({ ...values, JOBS_WORKER: true }, database.url);
  await app.init();
  logger.log(`job worker running on ${process.version}`);
  const stop = async (signal: string) => {
    logger.log(`${signal}: finishing running jobs`);
    await app.get(JobWorker).stop();
    await app.close();
    await database.embedded?.stop();
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) console.error(error.message);
  else logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
