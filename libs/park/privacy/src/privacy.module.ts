import { Module } from '@nestjs/common';
import { IdentityModule } from '@park/identity';
import { notificationSubject } from '@park/notification';
import { AccountErasureRepository } from './account-erasure.repository';
import { AccountErasureService } from './account-erasure.service';
import { DataExportController } from './data-export.controller';
import { DataExportJobs } from './data-export.jobs';
import { DataExportLinks } from './data-export-links';
import { DataExportLoaders } from './data-export.loaders';
import { DataExport } from './data-export.model';
import { DataExportRepository } from './data-export.repository';
import { DataExportService } from './data-export.service';
import { PrivacyResolver } from './privacy.resolver';

// The "your download is ready" notice links to the export (the console: /account).
notificationSubject({
  entityType: 'DataExport',
  type: () => DataExport,
  loaders: DataExportLoaders,
  byId: (loaders) => loaders.exportById,
});

/** A person's rights over their data (PIPA): download it, and have the account erased. */
@Module({
  imports: [IdentityModule],
  controllers: [DataExportController],
  providers: [
    AccountErasureRepository,
    AccountErasureService,
    DataExportJobs,
    DataExportLinks,
    DataExportLoaders,
    DataExportRepository,
    DataExportService,
    PrivacyResolver,
  ],
})
export class PrivacyModule {}
