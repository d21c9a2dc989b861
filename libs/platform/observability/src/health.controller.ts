import { Controller, Get, ServiceUnavailableException } from '@nestjs/common';
import { Public } from '@park/platform/auth';
import { PrismaService } from '@park/platform/database';

@Public()
@Controller()
export class HealthController {
  constructor(private readonly prisma: PrismaService) {}

  /** Liveness: the process answers. */
  @Get('health')
  health() {
    return { status: 'ok' };
  }

  /** Readiness: the database answers too. */
  @Get('ready')
  async ready() {
    if (!(await this.prisma.isReachable())) {
      throw new ServiceUnavailableException({ status: 'unavailable', database: 'unreachable' });
    }
    return { status: 'ok', database: 'ok' };
  }
}
