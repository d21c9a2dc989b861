import { Injectable } from '@nestjs/common';
import { Tx } from '@park/platform/database';

/** One-time password-reset links (only their tokens' SHA-256). */
@Injectable()
export class PasswordResetRepository {
  async issue(
    tx: Tx,
    reset: { id: string; userId: string; issuedById: string; tokenHash: string; expiresAt: Date },
  ): Promise<void> {
    await tx.passwordReset.create({ data: reset });
  }

  /**
   * Takes the link (once, while it lives) and retires the user's other open links, so an older
   * link cannot undo the reset. False when it was used, has expired or does not exist.
   */
  async claim(tx: Tx, id: string, userId: string, tokenHash: string, now: Date): Promise<boolean> {
    const claimed = await tx.passwordReset.updateMany({
      where: { id, userId, tokenHash, usedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    });
    if (claimed.count === 0) return false;
    await tx.passwordReset.updateMany({ where: { userId, usedAt: null }, data: { usedAt: now } });
    return true;
  }
}
