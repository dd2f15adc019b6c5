import { Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { RedisPubSub } from 'graphql-redis-subscriptions';
import { PubSub, PubSubEngine } from 'graphql-subscriptions';
import { Redis } from 'ioredis';
import { Environment } from '../config/env.validation';
import { LoadersFactory } from './loaders';
import { GqlContext } from './request-context';

/** Channel names live in one Redis shared by every process (and maybe other apps): prefix them. */
const CHANNEL_PREFIX = 'd4d:';

/**
 * The live events behind the GraphQL subscriptions. With REDIS_URL they
 * travel through Redis (graphql-redis-subscriptions over ioredis), so that a
 * change made through one server process reaches the subscribers of every
 * other; without it, in-process. Payloads are plain JSON either way (dates
 * as ISO strings), so both behave the same.
 */
@Injectable()
export class LiveEvents implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('LiveEvents');
  private readonly engine: PubSubEngine;
  private readonly redis?: RedisPubSub;

  constructor(config: ConfigService<Environment, true>) {
    const url = config.get('REDIS_URL', { infer: true });
    if (url) {
      const client = (role: string) => {
        const redis = new Redis(url, { connectionName: `d4d-match-${role}` });
        // ioredis reconnects by itself; say so rather than crash on an unhandled 'error'.
        redis.on('error', (err) => this.logger.warn(`Redis ${role}: ${err.message}`));
        return redis;
      };
      this.redis = new RedisPubSub({
        publisher: client('publisher'),
        subscriber: client('subscriber'),
      });
      this.engine = this.redis;
    } else {
      this.engine = new PubSub();
    }
  }

  get transport(): 'redis' | 'in-process' {
    return this.redis ? 'redis' : 'in-process';
  }

  onModuleInit() {
    this.logger.log(`Live events: ${this.transport}`);
  }

  publish<T>(trigger: string, payload: T): Promise<void> {
    return this.engine.publish(CHANNEL_PREFIX + trigger, JSON.parse(JSON.stringify(payload)));
  }

  /** The events of one trigger, for a subscription resolver to return. */
  listen<T>(trigger: string): AsyncIterableIterator<T> {
    return this.engine.asyncIterableIterator<T>(CHANNEL_PREFIX + trigger);
  }

  async onApplicationShutdown() {
    await this.redis?.close().catch(() => undefined);
  }
}

/**
 * A subscription's context lives as long as the subscription, and its
 * DataLoaders would cache rows across events: each event gets fresh ones, so
 * that it never shows what an earlier event read.
 */
export function renewLoaders(ctx: GqlContext, factory: LoadersFactory): void {
  ctx.loaders = factory.forRequest(ctx.req);
}
