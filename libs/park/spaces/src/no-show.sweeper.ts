import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { AppConfig } from '@park/platform/config';
import { noShowCutoff } from './booking-policy';
import { BookingRepository } from './booking.repository';
import { BookingService } from './booking.service';

const BATCH = 100;

/**
 * The scheduled job that frees slots: a CONFIRMED booking not checked in within the grace
 * period becomes NO_SHOW. Safe with several API instances: each move is a conditional update,
 * so a booking another instance (or a late check-in) moved first is simply skipped.
 */
@Injectable()
export class NoShowSweeper implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(NoShowSweeper.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<number>;

  constructor(
    private readonly bookings: BookingRepository,
    private readonly service: BookingService,
    private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    const seconds = this.config.get('NO_SHOW_SWEEP_SECONDS');
    if (seconds === 0) return;
    this.timer = setInterval(() => {
      this.running ??= this.sweep()
        .catch((error: unknown) => {
          this.logger.error({ err: error }, 'no-show sweep failed');
          return 0;
        })
        .finally(() => (this.running = undefined));
    }, seconds * 1000);
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
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
