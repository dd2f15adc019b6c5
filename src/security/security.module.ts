import { DynamicModule, Global, Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { ThrottlerModule } from '@nestjs/throttler';
import { Environment } from '../config/env.validation';
import { OperationThrottlerGuard } from './operation-throttler.guard';
import { RedisThrottlerStorage } from './redis-throttler.storage';
import {
  SECURITY_LIMITS,
  SecurityLimits,
  SecurityOverrides,
  securityLimits,
} from './security.config';
import { SecurityRedis } from './security-redis';
import { SignInLockout } from './sign-in-lockout';
import { SocketMessageLimit } from './socket-limits';

/** The validated environment as a plain object, read through ConfigService (which holds it). */
function validatedEnvironment(config: ConfigService<Environment, true>): Environment {
  return new Proxy({} as Environment, {
    get: (_, key) => (typeof key === 'string' ? config.get(key as keyof Environment) : undefined),
  });
}

/** The limits and their Redis connection, for every module (the GraphQL config among them). */
@Global()
@Module({})
class SecurityCoreModule {
  static register(overrides: SecurityOverrides): DynamicModule {
    return {
      module: SecurityCoreModule,
      providers: [
        {
          provide: SECURITY_LIMITS,
          inject: [ConfigService],
          useFactory: (config: ConfigService<Environment, true>) =>
            securityLimits(validatedEnvironment(config), overrides),
        },
        SecurityRedis,
      ],
      exports: [SECURITY_LIMITS, SecurityRedis],
    };
  }
}

/**
 * Limits on callers (issue 6): the rate limits of every operation, the
 * sign-in lockout, and the settings that createApp (HTTP) and the GraphQL
 * module (graphql-armor) apply. Numbers: src/security/security.config.ts.
 */
@Global()
@Module({})
export class SecurityModule {
  static register(overrides: SecurityOverrides = {}): DynamicModule {
    const core = SecurityCoreModule.register(overrides);
    return {
      module: SecurityModule,
      imports: [
        core,
        JwtModule.register({}),
        ThrottlerModule.forRootAsync({
          imports: [core],
          inject: [SECURITY_LIMITS, SecurityRedis],
          useFactory: (limits: SecurityLimits, redis: SecurityRedis) => ({
            throttlers: [
              { name: 'ip', ttl: limits.rateWindowSeconds * 1000, limit: limits.ratePerIp },
              { name: 'user', ttl: limits.rateWindowSeconds * 1000, limit: limits.ratePerUser },
            ],
            ...(redis.client && { storage: new RedisThrottlerStorage(redis, limits.redisPrefix) }),
          }),
        }),
      ],
      providers: [
        SignInLockout,
        SocketMessageLimit,
        { provide: APP_GUARD, useClass: OperationThrottlerGuard },
      ],
      exports: [SignInLockout],
    };
  }
}
