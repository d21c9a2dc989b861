import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { AuthUser } from '@park/platform/auth';
import { AppConfig } from '@park/platform/config';
import { TransactionRunner, UserRole } from '@park/platform/database';
import { DomainError } from '@park/platform/graphql';
import { MailOutbox } from '@park/platform/mail';
import { AuditTrail } from '@park/platform/workflow';
import { randomUUID } from 'node:crypto';
import { PasswordHasher } from './password-hasher';
import { passwordResetMail } from './password-reset.mail';
import { PasswordResetRepository } from './password-reset.repository';
import { SessionRepository } from './session.repository';
import { SignedTokens, tokenDigest } from './signed-tokens';
import { UserRepository } from './user.repository';

interface ResetClaims {
  sub: string;
  /** The password_resets row: its token's digest must match too. */
  jti: string;
}

export interface IssuedReset {
  url: string;
  expiresAt: Date;
}

const INVALID_LINK = 'The link is invalid, has expired or was already used';

/**
 * Password resets: a park admin issues a one-time link for a user, which is mailed to the user
 * (through the job queue) and answered to the admin as well; following it sets a new password
 * once and ends every session of the account.
 * The link's token is signed like the e-mail verification links, and its digest is kept so it
 * works once and can be retired.
 */
@Injectable()
export class PasswordResetService {
  private readonly tokens: SignedTokens<ResetClaims>;

  constructor(
    private readonly users: UserRepository,
    private readonly resets: PasswordResetRepository,
    private readonly sessions: SessionRepository,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditTrail,
    private readonly config: AppConfig,
    private readonly hasher: PasswordHasher,
    private readonly outbox: MailOutbox,
    jwt: JwtService,
  ) {
    this.tokens = new SignedTokens(jwt, config, {
      keyName: 'password-reset',
      audience: 'park-commons-reset-password',
    });
  }

  async issue(viewer: AuthUser, userId: string, now = new Date()): Promise<IssuedReset> {
    if (viewer.role !== UserRole.PARK_ADMIN) {
      throw DomainError.forbidden('Only a park admin may issue a password reset');
    }
    const user = await this.users.findById(userId);
    if (!user) throw DomainError.notFound('User');
    const ttlSeconds = this.config.get('PASSWORD_RESET_TTL_HOURS') * 60 * 60;
    const expiresAt = new Date(now.getTime() + ttlSeconds * 1000);
    const id = randomUUID();
    const token = await this.tokens.sign({ sub: user.id, jti: id }, ttlSeconds);
    const base = this.config.get('PUBLIC_URL').replace(/\/+$/, '');
    const url = `${base}/reset-password?token=${token}`;
    const mail = await passwordResetMail(user, {
      url,
      hours: this.config.get('PASSWORD_RESET_TTL_HOURS'),
      accountUrl: `${base}/account`,
    });
    await this.transactions.run(async (tx) => {
      await this.resets.issue(tx, {
        id,
        userId: user.id,
        issuedById: viewer.id,
        tokenHash: tokenDigest(token),
        expiresAt,
      });
      // Never the token: whoever reads the audit log must not be able to use the link.
      await this.audit.record(
        tx,
        viewer.id,
        'User.issuePasswordReset',
        { entityType: 'User', entityId: user.id },
        { expiresAt: expiresAt.toISOString() },
      );
      // Mailed through the queue, with the reset it carries: no reset row, no mail.
      await this.outbox.queueMail(tx, mail);
    });
    return { url, expiresAt };
  }

  /** Sets the password once per link and ends every session of the account. */
  async reset(token: string, newPassword: string, now = new Date()): Promise<void> {
    const claims = await this.tokens.verify(token);
    if (!claims || typeof claims.jti !== 'string') throw invalidLink();
    // Hashed before the transaction: scrypt takes a while and holds no row.
    const passwordHash = await this.hasher.hash(newPassword);
    await this.transactions.run(async (tx) => {
      const claimed = await this.resets.claim(tx, claims.jti, claims.sub, tokenDigest(token), now);
      if (!claimed) throw invalidLink();
      await this.users.setPasswordHash(tx, claims.sub, passwordHash);
      await this.sessions.revokeAllOf(tx, claims.sub, 'password-reset');
      await this.audit.record(
        tx,
        claims.sub,
        'User.resetPassword',
        { entityType: 'User', entityId: claims.sub },
        {},
      );
    });
  }
}

function invalidLink(): DomainError {
  return DomainError.badInput([{ field: 'token', message: INVALID_LINK }]);
}
