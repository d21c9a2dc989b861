export { CalendarFeedSecrets } from './calendar-feed-secrets';
export { AccountService } from './account.service';
export { IdentityModule } from './identity.module';
export { IdentityService } from './identity.service';
export { hashPassword } from './password-hasher';
export { User, UserConnection, UserRole } from './user.model';
export { UserLoaders } from './user.loaders';
export { toUser } from './user.mapper';
export { SignedTokens, TokenPurpose } from './signed-tokens';
