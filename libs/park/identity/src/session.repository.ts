import { Injectable } from '@nestjs/common';
import { Prisma, PrismaService, Tx, UserRole } from '@park/platform/database';
import { LiveEvents } from '@park/platform/live';

export type RevokeReason = 'logout' | 'refresh-token-reuse' | 'password-change' | 'password-reset';

/** Sign-in sessions and their single-use refresh tokens (stored as SHA-256 only). */
@Injectable()
export class SessionRepository {
  constructor(
    private readonly prisma: PrismaService,
    private readonly live: LiveEvents,
  ) {}

  async open(userId: string, expiresAt: Date, tokenHash: string): Promise<string> {
    const session = await this.prisma.authSession.create({
      data: { userId, expiresAt, refreshTokens: { create: { tokenHash } } },
      select: { id: true },
    });
    return session.id;
  }

  findToken(tokenHash: string) {
    return this.prisma.refreshToken.findUnique({
      where: { tokenHash },
      select: {
        id: true,
        usedAt: true,
        session: { select: { id: true, userId: true, expiresAt: true, revokedAt: true } },
      },
    });
  }

  /**
   * Marks the token used and issues its successor, atomically. Returns false when the token was
   * already used (a concurrent or replayed refresh): the caller treats that as reuse.
   */
  rotate(tokenId: string, sessionId: string, nextTokenHash: string): Promise<boolean> {
    return this.prisma.$transaction(async (tx) => {
      const claimed = await tx.refreshToken.updateMany({
        where: { id: tokenId, usedAt: null },
        data: { usedAt: new Date() },
      });
      if (claimed.count === 0) return false;
      await tx.refreshToken.create({ data: { sessionId, tokenHash: nextTokenHash } });
      return true;
    });
  }

  async revoke(sessionId: string, reason: RevokeReason): Promise<void> {
    await this.prisma.authSession.updateMany({
      where: { id: sessionId, revokedAt: null },
      data: { revokedAt: new Date(), revokedReason: reason },
    });
    // Its subscriptions end with it, on every instance.
    this.live.publish('session.ended', { sessionIds: [sessionId] });
  }

  /** Ends every live session of the user but `keep` (the one changing its password). */
  async revokeAllOf(tx: Tx, userId: string, reason: RevokeReason, keep?: string): Promise<void> {
    await tx.authSession.updateMany({
      where: { userId, revokedAt: null, ...(keep && { id: { not: keep } }) },
      data: { revokedAt: new Date(), revokedReason: reason },
    });
    const ended = await tx.authSession.findMany({
      where: { userId, revokedReason: reason, ...(keep && { id: { not: keep } }) },
      select: { id: true },
    });
    this.live.publishAfterCommit(tx, 'session.ended', { sessionIds: ended.map((s) => s.id) });
  }

  /** The user behind a live session, on the reserved connections (every signed-in request asks). */
  async findLive(sessionId: string, userId: string): Promise<LiveSessionUser | null> {
    const [user] = await this.prisma.reservedRows<LiveSessionUser>(Prisma.sql`
      SELECT u.id, u.role::text AS role, u.email_verified_at AS "emailVerifiedAt", u.locale
      FROM auth_sessions s JOIN users u ON u.id = s.user_id
      WHERE s.id = ${sessionId}::uuid AND s.user_id = ${userId}::uuid
        AND s.revoked_at IS NULL AND s.expires_at > now()`);
    return user ?? null;
  }
}

export interface LiveSessionUser {
  id: string;
  role: UserRole;
  emailVerifiedAt: Date | null;
  locale: string;
}
