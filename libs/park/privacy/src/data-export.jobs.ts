import { Injectable, OnModuleInit } from '@nestjs/common';
import { JobTasks } from '@park/platform/jobs';
import { BUILD_TASK, DataExportService, EXPIRE_TASK } from './data-export.service';

/** The queue's tasks of data exports: building one, and the hourly expiry sweep. */
@Injectable()
export class DataExportJobs implements OnModuleInit {
  constructor(
    private readonly exports: DataExportService,
    private readonly tasks: JobTasks,
  ) {}

  onModuleInit(): void {
    this.tasks.define(BUILD_TASK, (payload, job) =>
      this.exports.build(String(payload['exportId']), job.attempt),
    );
    this.tasks.define(EXPIRE_TASK, async () => {
      await this.exports.expire();
    });
    // A sweep missed while no worker ran needs no make-up run: the next finds every one due.
    this.tasks.schedule({ task: EXPIRE_TASK, cron: '17 * * * *' });
  }
}
