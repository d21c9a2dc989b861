export { PrivacyModule } from './privacy.module';
export { BUILD_TASK, EXPIRE_TASK, DataExportService } from './data-export.service';
export { PSEUDONYM } from './account-erasure.repository';
