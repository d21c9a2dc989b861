import { Module } from '@nestjs/common';
import { JwtStrategy, PrincipalLookup } from '@park/platform/auth';
import { IdentityResolver } from './identity.resolver';
import { IdentityService } from './identity.service';
import { LocalStrategy } from './local.strategy';
import { SessionPrincipals } from './session-principals';
import { SessionRepository } from './session.repository';
import { UserRepository } from './user.repository';

@Module({
  providers: [
    IdentityResolver,
    IdentityService,
    UserRepository,
    SessionRepository,
    LocalStrategy,
    JwtStrategy,
    { provide: PrincipalLookup, useClass: SessionPrincipals },
  ],
  exports: [IdentityService],
})
export class IdentityModule {}
