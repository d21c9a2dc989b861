export { installJobQueue } from './install-job-queue';
export { JobOptions, JobQueue } from './job-queue';
export { JobContext, JobHandler, JobTasks, Schedule } from './job-tasks';
export { JobWorker } from './job-worker';
export { JobsModule } from './jobs.module';
