import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { AppConfig } from '@park/platform/config';
import { Tx, User as UserRow } from '@park/platform/database';
import { DomainError } from '@park/platform/graphql';
import { MailMessage, MailOutbox } from '@park/platform/mail';
import { emailVerificationMail } from './email-verification.mail';
import { SignedTokens } from './signed-tokens';
import { UserRepository } from './user.repository';

interface VerificationClaims {
  sub: string;
  email: string;
}

/** Who a link is for: the account's id and address, and how to greet them. */
export type VerificationRecipient = Pick<UserRow, 'id' | 'email' | 'displayName' | 'locale'>;

const INVALID_LINK = 'The link is invalid, has expired or was already used';

/**
 * Proves that a user reads the address they signed up with: a signed, expiring link for that
 * user and that address, good once (verifying is a one-way step, so a used link finds nothing
 * left to verify). The link is mailed through the job queue, so no request waits on SMTP and a
 * mail server that is down delays the mail instead of losing it.
 */
@Injectable()
export class EmailVerificationService {
  private readonly tokens: SignedTokens<VerificationClaims>;

  constructor(
    private readonly users: UserRepository,
    private readonly outbox: MailOutbox,
    private readonly config: AppConfig,
    jwt: JwtService,
  ) {
    this.tokens = new SignedTokens(jwt, config, {
      keyName: 'email-verification',
      audience: 'park-commons-verify-email',
    });
  }

  /**
   * Signs a link and renders its mail; `queue` it in the transaction that makes it true (the
   * account's creation), so a sign-up that rolls back mails nothing.
   */
  async compose(user: VerificationRecipient): Promise<MailMessage> {
    const hours = this.config.get('EMAIL_VERIFICATION_TTL_HOURS');
    const token = await this.tokens.sign({ sub: user.id, email: user.email }, hours * 60 * 60);
    const base = this.config.get('PUBLIC_URL').replace(/\/+$/, '');
    return emailVerificationMail(user, {
      url: `${base}/verify-email?token=${token}`,
      hours,
      accountUrl: `${base}/account`,
    });
  }

  queue(tx: Tx, mail: MailMessage): Promise<void> {
    return this.outbox.queueMail(tx, mail);
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
