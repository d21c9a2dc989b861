import { Module } from '@nestjs/common';
import { MailRecipients } from '@park/notification';
import { JwtStrategy, PrincipalLookup } from '@park/platform/auth';
import { AuditActorResolver, WorkflowActorResolver } from './actor.resolver';
import { AccountService } from './account.service';
import { CalendarFeedResolver } from './calendar-feed.resolver';
import { CalendarFeedSecrets } from './calendar-feed-secrets';
import { EmailVerificationService } from './email-verification.service';
import { IdentityNodes } from './identity.nodes';
import { IdentityResolver } from './identity.resolver';
import { IdentityService } from './identity.service';
import { LocalStrategy } from './local.strategy';
import { IdentityMailRecipients } from './mail-recipients';
import { PasswordHasher } from './password-hasher';
import { PasswordResetRepository } from './password-reset.repository';
import { PasswordResetService } from './password-reset.service';
import { SessionPrincipals } from './session-principals';
import { SessionRepository } from './session.repository';
import { UserLoaders } from './user.loaders';
import { UserConnection } from './user.model';
import { UserRepository } from './user.repository';
import { ViewerNoticesResolver } from './viewer-notices.resolver';

@Module({
  providers: [
    AuditActorResolver,
    WorkflowActorResolver,
    IdentityNodes,
    UserConnection.Resolver,
    IdentityResolver,
    IdentityService,
    AccountService,
    CalendarFeedResolver,
    CalendarFeedSecrets,
    EmailVerificationService,
    PasswordHasher,
    PasswordResetRepository,
    PasswordResetService,
    ViewerNoticesResolver,
    UserRepository,
    UserLoaders,
    SessionRepository,
    LocalStrategy,
    JwtStrategy,
    { provide: PrincipalLookup, useClass: SessionPrincipals },
    IdentityMailRecipients,
    { provide: MailRecipients, useExisting: IdentityMailRecipients },
  ],
  exports: [AccountService, CalendarFeedSecrets, IdentityService, UserLoaders],
})
export class IdentityModule {}
