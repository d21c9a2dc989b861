import { Injectable } from '@nestjs/common';
import { AppConfig } from '@park/platform/config';
import { DomainError, isUuid } from '@park/platform/graphql';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { UserRepository } from './user.repository';

const SECRET = /^[0-9a-f]{64}$/;

/** Where a person's feed is served (the spaces lib's CalendarFeedController answers it). */
export const personalFeedPath = (userId: string, secret: string) =>
  `/calendar/me/${userId}/${secret}.ics`;

/**
 * The secret in a person's calendar feed URL. Identity owns it (a column on the user, so
 * erasing the account clears it); anyone holding the URL reads the feed without signing in,
 * so resetting it is how a leaked URL is revoked. Compared in constant time.
 */
@Injectable()
export class CalendarFeedSecrets {
  constructor(
    private readonly users: UserRepository,
    private readonly config: AppConfig,
  ) {}

  /** The viewer's feed URL; null when the account has no secret (erased). */
  async urlOf(userId: string): Promise<string | null> {
    const secret = await this.users.calendarFeedSecret(userId);
    return secret ? this.config.publicUrl(personalFeedPath(userId, secret)) : null;
  }

  /** A new secret: the old URL answers 404 from now on. Returns the new URL. */
  async reset(userId: string): Promise<string> {
    const secret = randomBytes(32).toString('hex');
    if (!(await this.users.setCalendarFeedSecret(userId, secret))) {
      throw DomainError.notFound('User');
    }
    return this.config.publicUrl(personalFeedPath(userId, secret));
  }

  /** Whether `secret` opens `userId`'s feed; malformed input is simply no. */
  async opens(userId: string, secret: string): Promise<boolean> {
    if (!isUuid(userId) || !SECRET.test(secret)) return false;
    const stored = await this.users.calendarFeedSecret(userId);
    if (!stored || stored.length !== secret.length) return false;
    return timingSafeEqual(Buffer.from(stored), Buffer.from(secret));
  }
}
