import { Injectable } from '@nestjs/common';
import { AccountService } from '@park/identity';
import { AuditLogService } from '@park/notification';
import { AuthUser } from '@park/platform/auth';
import { TransactionRunner, UserRole } from '@park/platform/database';
import { DomainError } from '@park/platform/graphql';
import { JobQueue } from '@park/platform/jobs';
import { LiveEvents } from '@park/platform/live';
import { SEND_MAIL_TASK } from '@park/platform/mail';
import { AccountErasureRepository, ErasedPerson, PSEUDONYM } from './account-erasure.repository';
import { DataExportRepository } from './data-export.repository';
import { DataExportService } from './data-export.service';

/**
 * Account erasure (PIPA: destroyed without delay): the person's personal data goes at once and
 * for good, in one transaction; what the park must keep (bookings, ballots in tallies, reviews,
 * workflow history, audit entries) stays, pointing at the pseudonym. docs/privacy.md.
 */
@Injectable()
export class AccountErasureService {
  constructor(
    private readonly erasure: AccountErasureRepository,
    private readonly exports: DataExportRepository,
    private readonly exportFiles: DataExportService,
    private readonly account: AccountService,
    private readonly audit: AuditLogService,
    private readonly queue: JobQueue,
    private readonly transactions: TransactionRunner,
    private readonly live: LiveEvents,
  ) {}

  /** deleteMyAccount: the password again, counted like a sign-in (a borrowed token is not enough). */
  async deleteOwn(viewer: AuthUser, password: string, client: string): Promise<void> {
    await this.account.confirmPassword(viewer, password, client);
    const erased = await this.erase(viewer.id, viewer.id, { by: 'self' });
    if (!erased) throw DomainError.unauthenticated();
  }

  /** eraseUser: park admins only; NOT_FOUND for no such (or an already erased) account. */
  async eraseByAdmin(viewer: AuthUser, userId: string, reason: string): Promise<void> {
    if (viewer.role !== UserRole.PARK_ADMIN) {
      throw DomainError.forbidden('Only park admins erase accounts');
    }
    const erased = await this.erase(userId, viewer.id, { by: 'park-admin', reason });
    if (!erased) throw DomainError.notFound('User');
  }

  private async erase(
    userId: string,
    actorId: string,
    details: { by: string; reason?: string },
  ): Promise<boolean> {
    const now = new Date();
    const removed = await this.transactions.run(async (tx) => {
      const person = await this.erasure.lockPerson(tx, userId);
      if (!person) return null;
      const sole = await this.erasure.soleOwnerships(tx, userId);
      if (sole.length) {
        throw DomainError.conflict(
          `${actorId === userId ? 'You are' : 'This person is'} the only owner of ${sole
            .map((s) => s.name)
            .join(
              ', ',
            )}: transfer its ownership to someone else first (transferStakeholderOwnership)`,
          { reason: 'SOLE_OWNER', stakeholders: sole },
        );
      }
      const exportIds = await this.exports.deleteAllOf(tx, userId);
      await this.erasure.destroyPersonalRecords(tx, person);
      // Their open subscriptions close once the sessions are gone for good.
      this.live.publishAfterCommit(tx, 'session.ended', { userId });
      await this.queue.dropWaiting(tx, SEND_MAIL_TASK, person.email);
      await this.erasure.scrubPayloads(tx, person);
      await this.erasure.pseudonymise(tx, userId, now);
      // The one record of the erasure: who did it and why, nothing of who was erased.
      await this.audit.record(
        tx,
        actorId === userId ? null : actorId,
        'erase-account',
        { entityType: 'User', entityId: userId },
        { ...details, ...(details.reason && { reason: scrub(details.reason, person) }) },
      );
      return exportIds;
    });
    if (!removed) return false;
    await this.exportFiles.deleteFiles(removed);
    return true;
  }
}

/** An admin's reason, without the person's e-mail or name should it quote them. */
function scrub(text: string, person: ErasedPerson): string {
  return [person.email, person.displayName]
    .filter((needle) => needle.length >= 2)
    .reduce((scrubbed, needle) => scrubbed.split(needle).join(PSEUDONYM), text);
}
