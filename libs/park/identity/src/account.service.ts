import { Injectable } from '@nestjs/common';
import { AttemptLimiter, AuthUser } from '@park/platform/auth';
import { TransactionRunner, User as UserRow } from '@park/platform/database';
import { DomainError } from '@park/platform/graphql';
import { UpdateMeInput } from './identity.input';
import { PasswordHasher } from './password-hasher';
import { SessionRepository } from './session.repository';
import { UserRepository } from './user.repository';

/** What signed-in people change about their own account. */
@Injectable()
export class AccountService {
  constructor(
    private readonly users: UserRepository,
    private readonly sessions: SessionRepository,
    private readonly limiter: AttemptLimiter,
    private readonly transactions: TransactionRunner,
    private readonly hasher: PasswordHasher,
  ) {}

  async updateMe(viewer: AuthUser, input: UpdateMeInput): Promise<UserRow> {
    // null, like a field left out, keeps what is there: both columns are required.
    const changes = {
      ...(input.displayName != null && { displayName: input.displayName }),
      ...(input.locale != null && { locale: input.locale }),
      ...(input.timeZone != null && { timeZone: input.timeZone }),
    };
    if (!Object.keys(changes).length) return this.me(viewer);
    return this.users.updateProfile(viewer.id, changes);
  }

  /**
   * Needs the current password (a borrowed device's access token is not enough), counted like
   * a sign-in so it cannot be used to guess. Ends every other session; this one stays.
   */
  async changePassword(
    viewer: AuthUser,
    currentPassword: string,
    newPassword: string,
    client: string,
  ): Promise<void> {
    const user = await this.confirmPassword(viewer, currentPassword, client, 'currentPassword');
    const passwordHash = await this.hasher.hash(newPassword);
    await this.transactions.run(async (tx) => {
      await this.users.setPasswordHash(tx, user.id, passwordHash);
      await this.sessions.revokeAllOf(tx, user.id, 'password-change', viewer.sessionId);
    });
  }

  /**
   * The signed-in person's own row once they have typed their password (changing it, deleting
   * the account), counted like a sign-in so it cannot be used to guess. A wrong one is
   * BAD_USER_INPUT on `field`.
   */
  async confirmPassword(
    viewer: AuthUser,
    password: string,
    client: string,
    field = 'password',
  ): Promise<UserRow> {
    const user = await this.me(viewer);
    const attempt = await this.limiter.reserveSignIn(user.email, client);
    const valid = await this.hasher.verify(password, user.passwordHash).catch(async (error) => {
      await attempt.notChecked();
      throw error;
    });
    if (!valid) {
      throw DomainError.badInput([{ field, message: 'is not the password of this account' }]);
    }
    await attempt.succeeded();
    return user;
  }

  private async me(viewer: AuthUser): Promise<UserRow> {
    const user = await this.users.findById(viewer.id);
    if (!user) throw DomainError.unauthenticated();
    return user;
  }
}
