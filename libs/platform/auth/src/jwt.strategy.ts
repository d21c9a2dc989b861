import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { AppConfig } from '@park/platform/config';
import { ExtractJwt, Strategy } from 'passport-jwt';
import {
  ACCESS_TOKEN_AUDIENCE,
  ACCESS_TOKEN_ISSUER,
  AccessTokenClaims,
  AuthUser,
  PrincipalLookup,
} from './auth-user';

/** Bearer access tokens: HS256 only (so `alg: none` and key confusion fail), issuer and audience pinned. */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(
    config: AppConfig,
    private readonly principals: PrincipalLookup,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      secretOrKey: config.get('JWT_SECRET'),
      algorithms: ['HS256'],
      issuer: ACCESS_TOKEN_ISSUER,
      audience: ACCESS_TOKEN_AUDIENCE,
      ignoreExpiration: false,
    });
  }

  /** `[false, info]` reaches GqlAuthGuard.handleRequest as its `info`: why the token fails. */
  async validate(
    claims: Partial<AccessTokenClaims> & { exp?: unknown },
  ): Promise<AuthUser | [false, { reason: 'SESSION_REVOKED' }] | false> {
    if (typeof claims.sub !== 'string' || typeof claims.sid !== 'string') return false;
    // jsonwebtoken checks `exp` only when there is one: a token without it would never expire.
    if (typeof claims.exp !== 'number') return false;
    const principal = await this.principals.find(claims as AccessTokenClaims);
    return principal ?? [false, { reason: 'SESSION_REVOKED' }];
  }
}
