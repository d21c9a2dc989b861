import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { AppConfig } from '@park/platform/config';
import { JobTasks } from '@park/platform/jobs';
import { noShowCutoff } from './booking-policy';
import { BookingRepository } from './booking.repository';
import { BookingService } from './booking.service';

const BATCH = 100;
export const NO_SHOW_SWEEP_TASK = 'spaces.no-show-sweep';

/**
 * The scheduled job that frees slots: a CONFIRMED booking not checked in within the grace
 * period becomes NO_SHOW. A cron job of the queue, every minute: the queue runs each minute's
 * sweep once however many workers there are, and each move is a conditional update anyway, so a
 * booking a late check-in moved first is simply skipped. A sweep missed while no worker ran
 * needs no make-up run: the next one finds every overdue booking.
 */
@Injectable()
export class NoShowSweeper implements OnModuleInit {
  private readonly logger = new Logger(NoShowSweeper.name);

  constructor(
    private readonly bookings: BookingRepository,
    private readonly service: BookingService,
    private readonly config: AppConfig,
    private readonly tasks: JobTasks,
  ) {}

  onModuleInit(): void {
    this.tasks.define(NO_SHOW_SWEEP_TASK, async () => {
      const marked = await this.sweep();
      if (marked) this.logger.log(`no-show sweep: ${marked} booking(s) marked NO_SHOW`);
    });
    this.tasks.schedule({ task: NO_SHOW_SWEEP_TASK, cron: '* * * * *' });
  }

  /** Marks every overdue booking; returns how many became NO_SHOW. */
  async sweep(now = new Date()): Promise<number> {
    const before = noShowCutoff(now, this.config.get('NO_SHOW_GRACE_MINUTES'));
    let marked = 0;
    for (;;) {
      const overdue = await this.bookings.overdue(before, BATCH);
      let progress = 0;
      for (const booking of overdue) if (await this.service.markNoShow(booking, now)) progress += 1;
      marked += progress;
      // A short batch is the last; a full one with no progress would only repeat itself.
      if (overdue.length < BATCH || progress === 0) return marked;
    }
  }
}
