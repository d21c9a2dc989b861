import { Injectable } from '@nestjs/common';
import { AccessTokenClaims, AuthUser, PrincipalLookup } from '@park/platform/auth';
import { SessionRepository } from './session.repository';

/** A valid access token counts only while its session lives: logout ends it at once. */
@Injectable()
export class SessionPrincipals extends PrincipalLookup {
  constructor(private readonly sessions: SessionRepository) {
    super();
  }

  async find(claims: AccessTokenClaims): Promise<AuthUser | null> {
    const live = await this.sessions.findLive(claims.sid, claims.sub);
    if (!live) return null;
    const { id, role, emailVerifiedAt, locale } = live;
    return { id, role, sessionId: claims.sid, emailVerified: emailVerifiedAt !== null, locale };
  }
}
