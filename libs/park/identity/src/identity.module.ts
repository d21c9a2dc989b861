import { Module } from '@nestjs/common';
import { JwtStrategy, PrincipalLookup } from '@park/platform/auth';
import { AuditActorResolver, WorkflowActorResolver } from './actor.resolver';
import { EmailVerificationService } from './email-verification.service';
import { IdentityNodes } from './identity.nodes';
import { IdentityResolver } from './identity.resolver';
import { IdentityService } from './identity.service';
import { LocalStrategy } from './local.strategy';
import { SessionPrincipals } from './session-principals';
import { SessionRepository } from './session.repository';
import { UserLoaders } from './user.loaders';
import { UserConnection } from './user.model';
import { UserRepository } from './user.repository';

@Module({
  providers: [
    AuditActorResolver,
    WorkflowActorResolver,
    IdentityNodes,
    UserConnection.Resolver,
    IdentityResolver,
    IdentityService,
    EmailVerificationService,
    UserRepository,
    UserLoaders,
    SessionRepository,
    LocalStrategy,
    JwtStrategy,
    { provide: PrincipalLookup, useClass: SessionPrincipals },
  ],
  exports: [IdentityService, UserLoaders],
})
export class IdentityModule {}
