export { DirectoryAccess, ViewerRoles } from './directory-access';
export * from './directory.enums';
export { DirectoryLoaders } from './directory.loaders';
export { DirectoryModule } from './directory.module';
export { Hub, HubStaff } from './hub.model';
export { HubService } from './hub.service';
export { Membership, Stakeholder } from './stakeholder.model';
export { StakeholderPageQuery, StakeholderRepository } from './stakeholder.repository';
export { StakeholderService } from './stakeholder.service';
