import { Inject, Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { Redis } from 'ioredis';
import { SECURITY_LIMITS, SecurityLimits } from './security.config';

/**
 * The Redis connection of the limits' counters, when REDIS_URL is set. It
 * does not queue commands while disconnected: the counters then fall back
 * to memory (per process) rather than hold requests up.
 */
@Injectable()
export class SecurityRedis implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('SecurityLimits');
  readonly client: Redis | null;

  constructor(@Inject(SECURITY_LIMITS) limits: SecurityLimits) {
    this.client = limits.redisUrl
      ? new Redis(limits.redisUrl, {
          lazyConnect: true,
          enableOfflineQueue: false,
          maxRetriesPerRequest: 1,
          connectionName: 'd4d-match-limits',
        })
      : null;
    this.client?.on('error', (err: Error) => this.logger.warn(`Redis: ${err.message}`));
  }

  /** Connected before the first request, so that counting starts in Redis. */
  async onModuleInit() {
    await this.client
      ?.connect()
      .catch((err: Error) =>
        this.logger.warn(`Redis not reached, counting in memory: ${err.message}`),
      );
  }

  get ready(): boolean {
    return this.client?.status === 'ready';
  }

  onApplicationShutdown() {
    this.client?.disconnect();
  }
}
