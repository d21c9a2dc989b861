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
  /** The password could not be checked (no hashing slot): the attempt gives its points back. */
  notChecked(): Promise<void>;
}

const ONE_HOUR = 60 * 60;
/** Links a user may ask for again in an hour: enough for a lost mail, too few to flood an inbox. */
const VERIFICATION_MAILS_PER_HOUR = 5;
/** Taken e-mails `register` may name to one address an hour: the rest is RATE_LIMITED. */
const TAKEN_EMAILS_PER_HOUR = 2;
/** A count that never refuses by itself: what it says decides the wait. */
const UNBOUNDED = 1_000_000_000;

/**
 * Sign-in attempts per account and client address together, and per address over all accounts;
 * sign-ups per address. In memory by default; in Redis when REDIS_URL is set, so that every
 * instance behind the load balancer sees the same counts.
 *
 * There is no count for an account alone: anyone can send wrong passwords for any e-mail, so
 * such a count would let a stranger lock the park admin out. Past LOGIN_FREE_FAILURES one
 * address waits LOGIN_BACKOFF_SECONDS, then twice that after each further failure (exponential
 * backoff, up to LOGIN_LOCKOUT_SECONDS), while the account's owner elsewhere signs in as usual.
 *
 * An attempt takes its points before the password is checked (one atomic increment each), so a
 * burst of parallel guesses cannot all pass a check made before any of them has failed.
 */
@Injectable()
export class AttemptLimiter implements OnModuleInit, OnModuleDestroy {
  private readonly redis?: Redis;
  private readonly perClient: RateLimiterAbstract;
  /** Failures of one address at one account, remembered LOGIN_LOCKOUT_SECONDS. */
  private readonly pairFailures: RateLimiterAbstract;
  /** One attempt per wait: taken by each attempt once the free failures are spent. */
  private readonly pairWait: RateLimiterAbstract;
  private readonly signUps: RateLimiterAbstract;
  private readonly takenEmails: RateLimiterAbstract;
  private readonly verificationMails: RateLimiterAbstract;
  private readonly freeFailures: number;
  private readonly backoffSeconds: number;
  private readonly longestWait: number;

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
    this.freeFailures = config.get('LOGIN_FREE_FAILURES');
    this.backoffSeconds = config.get('LOGIN_BACKOFF_SECONDS');
    this.longestWait = Math.max(duration, this.backoffSeconds);
    this.perClient = make('login-client', config.get('LOGIN_FAILURES_PER_CLIENT'));
    this.pairFailures = make('login-pair', UNBOUNDED);
    this.pairWait = make('login-pair-wait', 1, this.backoffSeconds);
    this.signUps = make('register-client', config.get('REGISTER_LIMIT_PER_HOUR'), ONE_HOUR);
    this.takenEmails = make('register-taken', TAKEN_EMAILS_PER_HOUR, ONE_HOUR);
    this.verificationMails = make('verification-mail', VERIFICATION_MAILS_PER_HOUR, ONE_HOUR);
  }

  /**
   * Takes one point from the client's budget and counts one attempt of this address at this
   * account, or throws RATE_LIMITED (giving back what it took) while the address's budget is
   * spent or its wait for this account runs. Call before verifying the password.
   */
  async reserveSignIn(email: string, client: string): Promise<SignInAttempt> {
    const pair = JSON.stringify([email, client]);
    const message = 'Too many failed sign-ins; try again later';
    // The address's budget first: an attempt it refuses never touches the account's count.
    await reserve([{ key: client, limiter: this.perClient }], message);
    const failures = (await this.pairFailures.consume(pair)).consumedPoints;
    let waited = false;
    if (failures >= this.freeFailures) {
      // This attempt opens the next wait, twice the last one.
      const wait = Math.min(
        this.backoffSeconds * 2 ** (failures - this.freeFailures),
        this.longestWait,
      );
      try {
        await this.pairWait.consume(pair, 1, { customDuration: Math.ceil(wait) });
        waited = true;
      } catch (refusal) {
        await Promise.all([this.perClient.reward(client, 1), this.pairFailures.reward(pair, 1)]);
        throw refused(refusal, message);
      }
    }
    return {
      // The pair's failures are forgiven; the client keeps its others, so one good account
      // does not launder an address's guesses at other accounts.
      succeeded: async () => {
        await Promise.all([
          this.pairFailures.delete(pair),
          this.pairWait.delete(pair),
          this.perClient.reward(client, 1),
        ]);
      },
      notChecked: async () => {
        await Promise.all([
          this.pairFailures.reward(pair, 1),
          waited ? this.pairWait.reward(pair, 1) : null,
          this.perClient.reward(client, 1),
        ]);
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

  /**
   * Counts a `register` that found its e-mail taken: two an hour per address may be told
   * CONFLICT, the next is RATE_LIMITED, so taken e-mails cannot be listed at scale.
   */
  async reserveTakenEmail(client: string): Promise<void> {
    await reserve(
      [{ key: client, limiter: this.takenEmails }],
      'Too many sign-ups from this address; try again later',
    );
  }

  /** RATE_LIMITED while this address has named more taken e-mails than it may this hour. */
  assertMayNameTakenEmails(client: string): Promise<void> {
    return assertUnspent(
      this.takenEmails,
      client,
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

/** RATE_LIMITED while `key` has nothing left of the limiter's budget (takes nothing itself). */
async function assertUnspent(
  limiter: RateLimiterAbstract,
  key: string,
  message: string,
): Promise<void> {
  const spent = await limiter.get(key);
  if (spent && spent.remainingPoints <= 0) throw rateLimited(message, spent.msBeforeNext);
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
  throw rateLimited(message, waitMs);
}

/** A limiter's refusal as RATE_LIMITED; anything else (Redis and memory both failing) as is. */
function refused(refusal: unknown, message: string): unknown {
  return refusal instanceof RateLimiterRes ? rateLimited(message, refusal.msBeforeNext) : refusal;
}

function rateLimited(message: string, waitMs: number): DomainError {
  return new DomainError(ErrorCode.RATE_LIMITED, message, {
    retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)),
  });
}
