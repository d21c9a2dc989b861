import { Global, Module } from '@nestjs/common';
import { Draining } from './draining';
import { HealthController } from './health.controller';
import { LoggingModule } from './logging.module';

@Global()
@Module({
  imports: [LoggingModule],
  controllers: [HealthController],
  providers: [Draining],
  exports: [Draining],
})
export class ObservabilityModule {}
