import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '@park/platform/config';
import { afterCommit, Tx } from '@park/platform/database';
import { PubSub, PubSubEngine } from 'graphql-subscriptions';
import { PubSubRedisOptions, RedisPubSub } from 'graphql-redis-subscriptions';
import Redis from 'ioredis';
import { EventEmitter } from 'node:events';
import { LiveTopic, LiveTopics } from './live-topics';

/**
 * The live-event bus: in this process's memory, or through Redis pub/sub when REDIS_URL is set
 * so that an event published on one instance reaches subscribers on all of them. Redis gets its
 * own publisher and subscriber connections (a subscribed connection can do nothing else), not
 * the attempt limiter's.
 */
@Injectable()
export class LiveEvents implements OnApplicationShutdown {
  private readonly logger = new Logger(LiveEvents.name);
  private readonly engine: PubSubEngine;
  private readonly redis?: RedisPubSub;
  private readonly prefix: string;

  constructor(config: AppConfig) {
    this.prefix = `${config.get('REDIS_KEY_PREFIX')}:live:`;
    const url = config.get('REDIS_URL');
    if (url) {
      const options = { maxRetriesPerRequest: 2, lazyConnect: false };
      // Our ioredis is newer than the one the adapter was typed against; the API it uses is the same.
      const client = () => new Redis(url, options) as unknown as PubSubRedisOptions['publisher'];
      this.redis = new RedisPubSub({ publisher: client(), subscriber: client() });
      this.engine = this.redis;
    } else {
      // One listener per subscription on the topic: a thousand subscribers are not a leak.
      const emitter = new EventEmitter();
      emitter.setMaxListeners(0);
      this.engine = new PubSub({ eventEmitter: emitter });
    }
  }

  /** Now: for what is not part of a transaction (a logout's one UPDATE has committed). */
  publish<K extends LiveTopic>(topic: K, payload: LiveTopics[K]): void {
    this.engine.publish(this.prefix + topic, payload).catch((error: unknown) => {
      // Live updates are a convenience: a lost event must not fail what caused it.
      this.logger.warn(`live event ${topic} not published: ${(error as Error).message}`);
    });
  }

  /** Once `tx` has committed; a rolled-back change publishes nothing. */
  publishAfterCommit<K extends LiveTopic>(tx: Tx, topic: K, payload: LiveTopics[K]): void {
    afterCommit(tx, () => this.publish(topic, payload));
  }

  /** Every event of `topic` from now on, until `return()` is called. */
  listen<K extends LiveTopic>(topic: K): AsyncIterableIterator<LiveTopics[K]> {
    return this.engine.asyncIterableIterator<LiveTopics[K]>(this.prefix + topic);
  }

  /** A callback for each event of `topic`; resolves to the function that stops it. */
  async on<K extends LiveTopic>(
    topic: K,
    handler: (payload: LiveTopics[K]) => void,
  ): Promise<() => void> {
    const id = await this.engine.subscribe(this.prefix + topic, handler, {});
    return () => this.engine.unsubscribe(id);
  }

  /** After the sockets (LiveServer closes them in onModuleDestroy, which runs first). */
  async onApplicationShutdown(): Promise<void> {
    if (!this.redis) return;
    await this.redis.close().catch(() => undefined);
  }
}
