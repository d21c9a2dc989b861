export { ParkStatsService } from './park-stats.service';
export { ReportingModule } from './reporting.module';
