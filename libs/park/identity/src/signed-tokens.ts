import { JwtService } from '@nestjs/jwt';
import { AppConfig } from '@park/platform/config';
import { createHash, createHmac } from 'node:crypto';

/** What a kind of link is: the key it is signed with is derived from `keyName`. */
export interface TokenPurpose {
  keyName: string;
  /** Pinned on these tokens and on nothing else, so no other token of ours can stand in. */
  audience: string;
}

/**
 * The park's signed, expiring link tokens (HS256 JWTs), one purpose each: e-mail verification,
 * password reset. Each purpose has a key of its own derived from JWT_SECRET, so a leaked link
 * cannot help forge access tokens or a link of another purpose.
 */
export class SignedTokens<Claims extends { sub: string }> {
  private readonly secret: string;

  constructor(
    private readonly jwt: JwtService,
    config: AppConfig,
    private readonly purpose: TokenPurpose,
  ) {
    this.secret = createHmac('sha256', config.get('JWT_SECRET'))
      .update(purpose.keyName)
      .digest('base64url');
  }

  sign(claims: Claims, ttlSeconds: number): Promise<string> {
    return this.jwt.signAsync(claims, {
      secret: this.secret,
      audience: this.purpose.audience,
      expiresIn: ttlSeconds,
    });
  }

  /** The claims of a genuine, unexpired token of this purpose; null for anything else. */
  async verify(token: string): Promise<Claims | null> {
    const claims = await this.jwt
      .verifyAsync<Claims>(token, {
        secret: this.secret,
        audience: this.purpose.audience,
        algorithms: ['HS256'],
      })
      .catch(() => null);
    return claims && typeof claims.sub === 'string' ? claims : null;
  }
}

/** Tokens kept server-side (refresh tokens, reset links) are stored as this digest only. */
export function tokenDigest(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
