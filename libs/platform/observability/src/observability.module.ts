import { Module } from '@nestjs/common';
import { HealthController } from './health.controller';
import { LoggingModule } from './logging.module';

@Module({ imports: [LoggingModule], controllers: [HealthController] })
export class ObservabilityModule {}
