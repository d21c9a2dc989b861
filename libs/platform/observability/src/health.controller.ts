import { Controller, Get, ServiceUnavailableException } from '@nestjs/common';
import { Public } from '@park/platform/auth';
import { PrismaService } from '@park/platform/database';
import { Draining } from './draining';

@Public()
@Controller()
export class HealthController {
  constructor(
    private readonly prisma: PrismaService,
    private readonly draining: Draining,
  ) {}

  /** Liveness: the process answers. */
  @Get('health')
  health() {
    return { status: 'ok' };
  }

  /** Readiness: the database answers too, and the process is not shutting down. */
  @Get('ready')
  async ready() {
    if (this.draining.active) {
      throw new ServiceUnavailableException({ status: 'draining' });
    }
    if (!(await this.prisma.isReachable())) {
      throw new ServiceUnavailableException({ status: 'unavailable', database: 'unreachable' });
    }
    return { status: 'ok', database: 'ok' };
  }
}
