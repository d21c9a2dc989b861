import { Module } from '@nestjs/common';
import { DirectoryModule } from '@park/directory';
import { MembershipModule } from '@park/membership';
import { PartnershipModule } from '@park/partnership';
import { ProjectModule } from '@park/project';
import { SpacesModule } from '@park/spaces';
import { HubStatsResolver } from './hub-stats.resolver';
import { ParkStatsResolver } from './park-stats.resolver';
import { ParkStatsService } from './park-stats.service';
import { UtilisationSeriesResolver } from './utilisation-series.resolver';
import { StaffInboxLiveResolver } from './staff-inbox-live.resolver';
import { StaffInboxResolver } from './staff-inbox.resolver';
import { StaffInboxService } from './staff-inbox.service';

/**
 * parkStats, Hub.stats and the staff inbox: figures and queues owned by the other contexts, read
 * through what they export.
 */
@Module({
  imports: [DirectoryModule, MembershipModule, PartnershipModule, ProjectModule, SpacesModule],
  providers: [
    HubStatsResolver,
    ParkStatsResolver,
    ParkStatsService,
    StaffInboxResolver,
    StaffInboxLiveResolver,
    StaffInboxService,
    UtilisationSeriesResolver,
  ],
})
export class ReportingModule {}
