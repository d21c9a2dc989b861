export { PartnershipAction, partnershipFlow, PartnershipRole } from './partnership.flow';
export { PartnershipLoaders } from './partnership.loaders';
export { PartnershipModule } from './partnership.module';
export { PartnershipService } from './partnership.service';
export { PartnershipConnection } from './partnership.model';
