import { Injectable } from '@nestjs/common';

/**
 * The webhooks' notion of now: when a run of failures began, whether it has lasted the 24-hour
 * window, when a delivery is given up. Tests move it forward (a day in a second); signatures
 * carry the real time, which receivers check against their own clocks.
 */
@Injectable()
export class WebhookClock {
  private offsetMs = 0;

  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }

  /** For tests: the clock runs on from `ms` later. */
  advance(ms: number): void {
    this.offsetMs += ms;
  }
}
