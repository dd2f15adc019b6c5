import { Logger } from '@nestjs/common';
import { ThrottlerStorage, ThrottlerStorageService } from '@nestjs/throttler';
import { SecurityRedis } from './security-redis';

// One round trip, atomic: count the hit in a window that starts with the first
// one, and block the key for `blockDuration` once the count passes the limit.
// While blocked, hits are refused without being counted.
const INCREMENT = `
local blocked = redis.call('PTTL', KEYS[2])
if blocked > 0 then
  return {tonumber(redis.call('GET', KEYS[1]) or '0'), redis.call('PTTL', KEYS[1]), blocked}
end
local hits = redis.call('INCR', KEYS[1])
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
  ttl = tonumber(ARGV[1])
end
if hits > tonumber(ARGV[2]) then
  redis.call('SET', KEYS[2], '1', 'PX', ARGV[3])
  return {hits, ttl, tonumber(ARGV[3])}
end
return {hits, ttl, 0}
`;

/**
 * @nestjs/throttler's storage in Redis, so that every server process counts
 * against the same limits (the @nest-lab package does not declare Nest 12).
 * When Redis cannot be reached it counts in this process's memory instead:
 * limits then hold per process, and requests are not held up or refused.
 */
export class RedisThrottlerStorage implements ThrottlerStorage {
  private readonly logger = new Logger('SecurityLimits');
  private readonly fallback = new ThrottlerStorageService();
  private warned = 0;

  constructor(
    private readonly redis: SecurityRedis,
    private readonly prefix: string,
  ) {}

  async increment(
    key: string,
    ttl: number,
    limit: number,
    blockDuration: number,
    throttlerName: string,
  ) {
    const client = this.redis.client;
    if (client && this.redis.ready) {
      try {
        const full = `${this.prefix}rate:${throttlerName}:${key}`;
        const [hits, ttlMs, blockMs] = (await client.eval(
          INCREMENT,
          2,
          full,
          `${full}:blocked`,
          ttl,
          limit,
          blockDuration,
        )) as [number, number, number];
        return {
          totalHits: hits,
          timeToExpire: Math.ceil(Math.max(ttlMs, 0) / 1000),
          isBlocked: blockMs > 0,
          timeToBlockExpire: Math.ceil(Math.max(blockMs, 0) / 1000),
        };
      } catch (err) {
        if (Date.now() - this.warned > 60_000) {
          this.warned = Date.now();
          this.logger.warn(`Rate limits counted in memory: ${(err as Error).message}`);
        }
      }
    }
    return this.fallback.increment(key, ttl, limit, blockDuration, throttlerName);
  }
}
