import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { AccessTokenClaims, AttemptLimiter, AuthUser } from '@park/platform/auth';
import { AppConfig } from '@park/platform/config';
import { TransactionRunner, User as UserRow } from '@park/platform/database';
import {
  ConnectionShape,
  DomainError,
  ErrorCode,
  KeysetOrder,
  keysetPage,
} from '@park/platform/graphql';
import { randomBytes, randomUUID } from 'node:crypto';
import { EmailVerificationService } from './email-verification.service';
import { RegisterInput } from './identity.input';
import { PasswordHasher, UNKNOWN_USER_HASH } from './password-hasher';
import { SessionRepository } from './session.repository';
import { UserRepository, UserSearchPosition } from './user.repository';
import { tokenDigest as sha256 } from './signed-tokens';

export interface SignedIn {
  accessToken: string;
  refreshToken: string;
  user: UserRow;
  /** When the session (and so its refresh token) ends. */
  sessionExpiresAt: Date;
  sessionId: string;
}

/** People A → Z by display name (as PostgreSQL lower-cases it), ties by id. */
const USERS_BY_NAME: KeysetOrder<UserRow & { sortName: string }, UserSearchPosition> = {
  list: 'users:name',
  parts: ['text', 'uuid'],
  keysOf: (row) => [row.sortName, row.id],
  positionOf: ([name, id]) => [name, id],
};

const WRONG_CREDENTIALS = 'Wrong email or password';
const INVALID_REFRESH = 'Invalid or expired refresh token';

/** Sign-up, sign-in and the refresh-token session lifecycle. */
@Injectable()
export class IdentityService {
  constructor(
    private readonly users: UserRepository,
    private readonly sessions: SessionRepository,
    private readonly jwt: JwtService,
    private readonly limiter: AttemptLimiter,
    private readonly config: AppConfig,
    private readonly verification: EmailVerificationService,
    private readonly hasher: PasswordHasher,
    private readonly transactions: TransactionRunner,
  ) {}

  /**
   * Counted per client address before any work, so mass sign-ups are refused cheaply. A taken
   * e-mail is CONFLICT twice an hour per address; past that every sign-up from the address is
   * RATE_LIMITED for the hour, new e-mail or taken, so the answers list no accounts.
   */
  async register(input: RegisterInput, client: string): Promise<SignedIn> {
    await this.limiter.assertMayNameTakenEmails(client);
    await this.limiter.reserveSignUp(client);
    const passwordHash = await this.hasher.hash(input.password);
    const fields = {
      id: randomUUID(),
      email: input.email,
      displayName: input.displayName,
      locale: input.locale ?? 'ko',
    };
    // Signed and rendered before the transaction, which then holds no row while MJML works.
    const mail = await this.verification.compose(fields);
    const user = await this.transactions
      .run(async (tx) => {
        const created = await this.users.create(tx, { ...fields, passwordHash });
        await this.verification.queue(tx, mail);
        return created;
      })
      .catch(async (error: unknown) => {
        if (error instanceof DomainError && error.code === ErrorCode.CONFLICT) {
          await this.limiter.reserveTakenEmail(client);
        }
        throw error;
      });
    return this.openSession(user);
  }

  /** Same answer, in about the same time, for an unknown email and a wrong password. */
  async verifyCredentials(email: string, password: string, client: string): Promise<UserRow> {
    const normalised = email.trim().toLowerCase();
    // The attempt is counted before hashing: parallel guesses cannot outrun the count.
    const attempt = await this.limiter.reserveSignIn(normalised, client);
    const user = await this.users.findByEmail(normalised);
    const valid = await this.hasher
      .verify(password, user?.passwordHash ?? UNKNOWN_USER_HASH)
      .catch(async (error: unknown) => {
        // The hashing queue was full: nothing was checked, so nothing is counted.
        await attempt.notChecked();
        throw error;
      });
    if (!user || !valid) throw DomainError.unauthenticated(WRONG_CREDENTIALS);
    await attempt.succeeded();
    return user;
  }

  /** A fresh link for the caller, at most a few an hour (each one is an e-mail sent). */
  async requestEmailVerification(viewer: AuthUser): Promise<boolean> {
    const user = await this.users.findById(viewer.id);
    if (!user) throw DomainError.unauthenticated();
    if (user.emailVerifiedAt) return false;
    await this.limiter.reserveVerificationMail(user.id);
    const mail = await this.verification.compose(user);
    await this.transactions.run((tx) => this.verification.queue(tx, mail));
    return true;
  }

  async openSession(user: UserRow): Promise<SignedIn> {
    const refreshToken = randomBytes(32).toString('base64url');
    const ttlDays = this.config.get('REFRESH_TOKEN_TTL_DAYS');
    const expiresAt = new Date(Date.now() + ttlDays * 24 * 60 * 60 * 1000);
    const sessionId = await this.sessions.open(user.id, expiresAt, sha256(refreshToken));
    return {
      accessToken: await this.accessToken(user, sessionId),
      refreshToken,
      user,
      sessionExpiresAt: expiresAt,
      sessionId,
    };
  }

  /** Rotates the refresh token. Presenting a used one revokes the whole session. */
  async refresh(refreshToken: string): Promise<SignedIn> {
    const token = await this.sessions.findToken(sha256(refreshToken));
    const session = token?.session;
    if (!token || !session || session.revokedAt || session.expiresAt <= new Date()) {
      throw DomainError.unauthenticated(INVALID_REFRESH);
    }
    const next = randomBytes(32).toString('base64url');
    const rotated =
      !token.usedAt && (await this.sessions.rotate(token.id, session.id, sha256(next)));
    if (!rotated) {
      await this.sessions.revoke(session.id, 'refresh-token-reuse');
      throw DomainError.unauthenticated(INVALID_REFRESH);
    }
    const user = await this.users.findById(session.userId);
    if (!user) throw DomainError.unauthenticated(INVALID_REFRESH);
    return {
      accessToken: await this.accessToken(user, session.id),
      refreshToken: next,
      user,
      sessionExpiresAt: session.expiresAt,
      sessionId: session.id,
    };
  }

  /** Ends the session the token belongs to; false when the token is unknown. */
  async logout(refreshToken: string): Promise<boolean> {
    const token = await this.sessions.findToken(sha256(refreshToken));
    if (!token) return false;
    await this.sessions.revoke(token.session.id, 'logout');
    return true;
  }

  findUser(id: string): Promise<UserRow | null> {
    return this.users.findById(id);
  }

  /** People by a piece of their name or e-mail, A → Z: the staff's search (they authorise). */
  searchUsers(
    search: string | undefined,
    first: number,
    after?: string,
  ): Promise<ConnectionShape<UserRow>> {
    return keysetPage({
      order: USERS_BY_NAME,
      first,
      after,
      fetch: (position, limit) => this.users.search(search, position, limit),
      count: () => this.users.countSearch(search),
    });
  }

  findUserByEmail(email: string): Promise<UserRow | null> {
    return this.users.findByEmail(email.trim().toLowerCase());
  }

  private accessToken(user: UserRow, sessionId: string): Promise<string> {
    const claims: AccessTokenClaims = { sub: user.id, sid: sessionId, role: user.role };
    return this.jwt.signAsync(claims);
  }
}
