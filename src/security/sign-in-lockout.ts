import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import {
  RateLimiterAbstract,
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
} from 'rate-limiter-flexible';
import { SECURITY_LIMITS, SecurityLimits } from './security.config';
import { SecurityRedis } from './security-redis';
import { inHowLong, tooManyRequests } from './too-many-requests';

/** One attempt let through: call `succeeded()` when the password was right. */
export interface SignInAttempt {
  succeeded(): Promise<void>;
}

/**
 * Brute-force protection of passwords: at most `signInMaxFailures` failed
 * attempts per account and `signInMaxFailuresPerIp` per address within the
 * window. The caller names the account with a key of its choice: sign-in
 * uses what the attempt would unlock (the matched user, else the e-mail as
 * the lookup normalises it, so that the answer reveals nothing);
 * past that, attempts are refused without looking at the password until the
 * lockout ends.
 *
 * Each attempt takes its point *before* the password is checked, so that
 * parallel attempts (or aliases of one document) cannot all slip in before
 * the first failure is counted. A success gives back only its own point: it
 * never clears the failures already counted, so an attacker who interleaves
 * guesses with the real user's sign-ins still gets no more than
 * `signInMaxFailures` guesses per window, and signing in to one's own account
 * does nothing for the counter of an address spraying other accounts.
 * With REDIS_URL the counters are in Redis (every process sees them); when
 * Redis cannot be reached, in memory.
 */
@Injectable()
export class SignInLockout {
  private readonly account: RateLimiterAbstract;
  private readonly address: RateLimiterAbstract;

  constructor(@Inject(SECURITY_LIMITS) limits: SecurityLimits, redis: SecurityRedis) {
    const limiter = (name: string, points: number) => {
      const options = {
        keyPrefix: `${limits.redisPrefix}signin:${name}`,
        points,
        duration: limits.signInWindowMinutes * 60,
        blockDuration: limits.signInLockoutMinutes * 60,
      };
      const memory = new RateLimiterMemory(options);
      return redis.client
        ? new RateLimiterRedis({
            ...options,
            storeClient: redis.client,
            rejectIfRedisNotReady: true,
            insuranceLimiter: memory,
          })
        : memory;
    };
    this.account = limiter('account', limits.signInMaxFailures);
    this.address = limiter('address', limits.signInMaxFailuresPerIp);
  }

  /** Takes one attempt for this account key (and address, when known), or refuses it. */
  async attempt(account: string, ip: string | null): Promise<SignInAttempt> {
    // Only a hash of the key: Redis holds no e-mail addresses of people.
    const accountKey = createHash('sha256').update(account, 'utf8').digest('hex');
    await take(this.account, accountKey);
    if (ip) await take(this.address, ip);
    return {
      succeeded: async () => {
        await this.account.reward(accountKey, 1).catch(() => undefined);
        if (ip) await this.address.reward(ip, 1).catch(() => undefined);
      },
    };
  }
}

async function take(limiter: RateLimiterAbstract, key: string): Promise<void> {
  try {
    await limiter.consume(key);
  } catch (refusal) {
    if (!(refusal instanceof RateLimiterRes)) throw refusal;
    const seconds = refusal.msBeforeNext / 1000;
    throw tooManyRequests(
      `Too many failed sign-in attempts. Try again ${inHowLong(seconds)}.`,
      seconds,
    );
  }
}
