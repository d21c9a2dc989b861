import { Injectable, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { AppConfig } from '@park/platform/config';
import { DomainError, ErrorCode } from '@park/platform/graphql';
import Redis from 'ioredis';
import { once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  RateLimiterAbstract,
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
} from 'rate-limiter-flexible';

interface Budget {
  key: string;
  limiter: RateLimiterAbstract;
}

/** A reserved sign-in attempt: a failure keeps its points, a success gives them back. */
export interface SignInAttempt {
  succeeded(): Promise<void>;
}

const ONE_HOUR = 60 * 60;
/** Links a user may ask for again in an hour: enough for a lost mail, too few to flood an inbox. */
const VERIFICATION_MAILS_PER_HOUR = 5;

/**
 * Sign-in attempts per email and per client address, and sign-ups per address. In memory by
 * default; in Redis when REDIS_URL is set, so that every instance behind the load balancer sees
 * the same counts.
 *
 * An attempt takes its points before the password is checked (one atomic increment each), so a
 * burst of parallel guesses cannot all pass a check made before any of them has failed.
 */
@Injectable()
export class AttemptLimiter implements OnModuleInit, OnModuleDestroy {
  private readonly redis?: Redis;
  private readonly perEmail: RateLimiterAbstract;
  private readonly perClient: RateLimiterAbstract;
  private readonly signUps: RateLimiterAbstract;
  private readonly verificationMails: RateLimiterAbstract;

  constructor(config: AppConfig) {
    const duration = config.get('LOGIN_LOCKOUT_SECONDS');
    const url = config.get('REDIS_URL');
    if (url) this.redis = new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 1 });
    const namespace = config.get('REDIS_KEY_PREFIX');
    const make = (name: string, points: number, seconds = duration) => {
      const keyPrefix = `${namespace}:${name}`;
      const memory = new RateLimiterMemory({ keyPrefix, points, duration: seconds });
      // While Redis is unreachable, counting falls back to this instance's memory.
      return this.redis
        ? new RateLimiterRedis({
            storeClient: this.redis,
            keyPrefix,
            points,
            duration: seconds,
            insuranceLimiter: memory,
          })
        : memory;
    };
    this.perEmail = make('login-email', config.get('LOGIN_FAILURES_PER_EMAIL'));
    this.perClient = make('login-client', config.get('LOGIN_FAILURES_PER_CLIENT'));
    this.signUps = make('register-client', config.get('REGISTER_LIMIT_PER_HOUR'), ONE_HOUR);
    this.verificationMails = make('verification-mail', VERIFICATION_MAILS_PER_HOUR, ONE_HOUR);
  }

  /**
   * Takes one point from the email's and the client's budgets, or throws RATE_LIMITED (leaving
   * the other budget as it was) when either is spent. Call before verifying the password.
   */
  async reserveSignIn(email: string, client: string): Promise<SignInAttempt> {
    await reserve(
      [
        { key: email, limiter: this.perEmail },
        { key: client, limiter: this.perClient },
      ],
      'Too many failed sign-ins; try again later',
    );
    return {
      // The email's earlier failures are forgiven; the client keeps its others, so one good
      // account does not launder an address's guesses at other accounts.
      succeeded: async () => {
        await Promise.all([this.perEmail.delete(email), this.perClient.reward(client, 1)]);
      },
    };
  }

  /** Counts a sign-up from this address, or throws RATE_LIMITED past the hourly limit. */
  async reserveSignUp(client: string): Promise<void> {
    await reserve(
      [{ key: client, limiter: this.signUps }],
      'Too many sign-ups from this address; try again later',
    );
  }

  /** Counts a verification e-mail asked for by this user. */
  async reserveVerificationMail(userId: string): Promise<void> {
    await reserve(
      [{ key: userId, limiter: this.verificationMails }],
      'Too many verification e-mails asked for; try again later',
    );
  }

  /** Counts taken before Redis answers would fall to this instance's memory, apart from the rest. */
  async onModuleInit(): Promise<void> {
    if (!this.redis || this.redis.status === 'ready') return;
    await Promise.race([once(this.redis, 'ready').catch(() => undefined), sleep(2000)]);
  }

  async onModuleDestroy(): Promise<void> {
    this.redis?.disconnect();
  }
}

async function reserve(budgets: Budget[], message: string): Promise<void> {
  const outcomes = await Promise.allSettled(
    budgets.map(({ key, limiter }) => limiter.consume(key)),
  );
  const refusals = outcomes.flatMap((outcome) =>
    outcome.status === 'rejected' ? [outcome.reason as unknown] : [],
  );
  if (!refusals.length) return;
  // A refused attempt is not checked, so it gives back what it took from the other budgets.
  await Promise.all(
    outcomes.map((outcome, index) => {
      const { key, limiter } = budgets[index];
      return outcome.status === 'fulfilled' ? limiter.reward(key, 1) : null;
    }),
  );
  const failure = refusals.find((refusal) => !(refusal instanceof RateLimiterRes));
  if (failure) throw failure;
  const waitMs = Math.max(...refusals.map((refusal) => (refusal as RateLimiterRes).msBeforeNext));
  throw new DomainError(ErrorCode.RATE_LIMITED, message, {
    retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)),
  });
}
