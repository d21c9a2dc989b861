import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { AppConfig } from '@park/platform/config';
import { DomainError, ErrorCode } from '@park/platform/graphql';
import Redis from 'ioredis';
import { RateLimiterAbstract, RateLimiterMemory, RateLimiterRedis } from 'rate-limiter-flexible';

interface Budget {
  key: string;
  limiter: RateLimiterAbstract;
}

/**
 * Counts failed sign-ins per email and per client address. In memory by default; in Redis when
 * REDIS_URL is set, so that every instance behind the load balancer sees the same counts.
 */
@Injectable()
export class AttemptLimiter implements OnModuleDestroy {
  private readonly redis?: Redis;
  private readonly perEmail: RateLimiterAbstract;
  private readonly perClient: RateLimiterAbstract;

  constructor(config: AppConfig) {
    const duration = config.get('LOGIN_LOCKOUT_SECONDS');
    const url = config.get('REDIS_URL');
    if (url) this.redis = new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 1 });
    const namespace = config.get('REDIS_KEY_PREFIX');
    const make = (name: string, points: number) => {
      const keyPrefix = `${namespace}:${name}`;
      const memory = new RateLimiterMemory({ keyPrefix, points, duration });
      // While Redis is unreachable, counting falls back to this instance's memory.
      return this.redis
        ? new RateLimiterRedis({
            storeClient: this.redis,
            keyPrefix,
            points,
            duration,
            insuranceLimiter: memory,
          })
        : memory;
    };
    this.perEmail = make('login-email', config.get('LOGIN_FAILURES_PER_EMAIL'));
    this.perClient = make('login-client', config.get('LOGIN_FAILURES_PER_CLIENT'));
  }

  /** Throws RATE_LIMITED while either budget is spent. */
  async assertAllowed(email: string, client: string): Promise<void> {
    for (const { key, limiter } of this.budgets(email, client)) {
      const state = await limiter.get(key);
      if (state && state.consumedPoints >= limiter.points) {
        throw new DomainError(ErrorCode.RATE_LIMITED, 'Too many failed sign-ins; try again later', {
          retryAfterSeconds: Math.ceil(state.msBeforeNext / 1000),
        });
      }
    }
  }

  async recordFailure(email: string, client: string): Promise<void> {
    // consume() rejects once the budget is spent; the next assertAllowed reports it.
    await Promise.all(
      this.budgets(email, client).map(({ key, limiter }) => limiter.consume(key).catch(() => null)),
    );
  }

  async recordSuccess(email: string): Promise<void> {
    await this.perEmail.delete(email);
  }

  async onModuleDestroy(): Promise<void> {
    this.redis?.disconnect();
  }

  private budgets(email: string, client: string): Budget[] {
    return [
      { key: email, limiter: this.perEmail },
      { key: client, limiter: this.perClient },
    ];
  }
}
