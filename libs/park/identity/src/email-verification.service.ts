import { Injectable, Logger } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { AppConfig } from '@park/platform/config';
import { User as UserRow } from '@park/platform/database';
import { DomainError } from '@park/platform/graphql';
import { Mailer } from '@park/platform/mail';
import { SignedTokens } from './signed-tokens';
import { UserRepository } from './user.repository';

interface VerificationClaims {
  sub: string;
  email: string;
}

const INVALID_LINK = 'The link is invalid, has expired or was already used';

/**
 * Proves that a user reads the address they signed up with: a signed, expiring link for that
 * user and that address, good once (verifying is a one-way step, so a used link finds nothing
 * left to verify).
 */
@Injectable()
export class EmailVerificationService {
  private readonly logger = new Logger('EmailVerification');
  private readonly tokens: SignedTokens<VerificationClaims>;

  constructor(
    private readonly users: UserRepository,
    jwt: JwtService,
    private readonly mailer: Mailer,
    private readonly config: AppConfig,
  ) {
    this.tokens = new SignedTokens(jwt, config, {
      keyName: 'email-verification',
      audience: 'park-commons-verify-email',
    });
  }

  /** Mails a link; false when the address is verified already (nothing sent). */
  async send(user: UserRow): Promise<boolean> {
    if (user.emailVerifiedAt) return false;
    const claims: VerificationClaims = { sub: user.id, email: user.email };
    const hours = this.config.get('EMAIL_VERIFICATION_TTL_HOURS');
    const token = await this.tokens.sign(claims, hours * 60 * 60);
    const link = `${this.config.get('PUBLIC_URL').replace(/\/+$/, '')}/verify-email?token=${token}`;
    try {
      await this.mailer.send({
        to: user.email,
        subject: 'Confirm your e-mail address for Park Commons',
        text: [
          `Hello ${user.displayName},`,
          '',
          'Please confirm that this is your e-mail address by opening this link:',
          '',
          link,
          '',
          `The link works once, for ${hours} hours. If you did not sign up for Park Commons,`,
          'ignore this message.',
        ].join('\n'),
      });
    } catch (error) {
      // The account stands; requestEmailVerification sends another link.
      this.logger.error({ err: error, userId: user.id }, 'verification e-mail not sent');
      return false;
    }
    return true;
  }

  async verify(token: string): Promise<UserRow> {
    const claims = await this.tokens.verify(token);
    const verified =
      claims && typeof claims.email === 'string'
        ? await this.users.markEmailVerified(claims.sub, claims.email)
        : null;
    if (!verified) throw DomainError.badInput([{ field: 'token', message: INVALID_LINK }]);
    return verified;
  }
}
