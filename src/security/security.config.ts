import { Environment } from '../config/env.validation';

/**
 * Every limit the server puts on callers, in one place. The numbers come from
 * the environment (src/config/env.validation.ts, README "Security limits")
 * and, for tests, from `AppOptions.security`.
 *
 * Defaults, and why:
 * - GraphQL documents (graphql-armor): depth 12 (the deepest query of the
 *   client and the tests is 9 with fragments flattened), 15 aliases (the
 *   client uses 5), cost 20,000 (armor's estimate: a page of 50 needs with
 *   country, domains and matches → solution → provider costs about 10,000;
 *   the client's heaviest query about 3,800), 2,000 tokens (the client's
 *   largest document has under 200), 20 directives (the client uses 2).
 * - Body: 1 MiB; documents and variables are small, texts are capped lower.
 * - Rate: 600 root fields a minute per signed-in user (a busy page loads a
 *   handful), 3,000 a minute per address (a working group behind one NAT).
 * - Sign-in: 5 failures on one account in 15 minutes lock it for 15 minutes;
 *   100 failures from one address in 15 minutes lock that address.
 */
export interface SecurityLimits {
  production: boolean;
  /** Exact origins allowed cross-origin; empty: same origin only. */
  corsOrigins: string[];
  bodyLimitKb: number;
  maxDepth: number;
  maxAliases: number;
  maxCost: number;
  maxTokens: number;
  maxDirectives: number;
  rateWindowSeconds: number;
  ratePerUser: number;
  ratePerIp: number;
  signInMaxFailures: number;
  signInMaxFailuresPerIp: number;
  signInWindowMinutes: number;
  signInLockoutMinutes: number;
  /** Counters live in this Redis when set (shared by every process), else in memory. */
  redisUrl: string | null;
  /** Prefix of every counter key in Redis. */
  redisPrefix: string;
  trustProxy: string | null;
}

/** What tests (and embedders) may set over the environment. */
export type SecurityOverrides = Partial<SecurityLimits>;

export const SECURITY_LIMITS = Symbol('SECURITY_LIMITS');

/**
 * The sandbox of the Apollo landing page calls /graphql from this origin: allowed
 * outside production only, where the landing page exists.
 */
export const APOLLO_SANDBOX_ORIGIN = 'https://sandbox.embed.apollographql.com';

export function securityLimits(
  env: Environment,
  overrides: SecurityOverrides = {},
): SecurityLimits {
  const production = env.NODE_ENV === 'production';
  const corsOrigins = (env.CORS_ORIGINS ?? '')
    .split(',')
    .map((o) => o.trim().replace(/\/$/, ''))
    .filter(Boolean);
  if (!production) corsOrigins.push(APOLLO_SANDBOX_ORIGIN);
  return {
    production,
    corsOrigins,
    bodyLimitKb: env.BODY_LIMIT_KB,
    maxDepth: env.GRAPHQL_MAX_DEPTH,
    maxAliases: env.GRAPHQL_MAX_ALIASES,
    maxCost: env.GRAPHQL_MAX_COST,
    maxTokens: env.GRAPHQL_MAX_TOKENS,
    maxDirectives: env.GRAPHQL_MAX_DIRECTIVES,
    rateWindowSeconds: env.RATE_LIMIT_WINDOW_SECONDS,
    ratePerUser: env.RATE_LIMIT_PER_USER,
    ratePerIp: env.RATE_LIMIT_PER_IP,
    signInMaxFailures: env.SIGNIN_MAX_FAILURES,
    signInMaxFailuresPerIp: env.SIGNIN_MAX_FAILURES_PER_IP,
    signInWindowMinutes: env.SIGNIN_WINDOW_MINUTES,
    signInLockoutMinutes: env.SIGNIN_LOCKOUT_MINUTES,
    redisUrl: env.REDIS_URL ?? null,
    redisPrefix: 'd4d:limits:',
    trustProxy: env.TRUST_PROXY ?? null,
    ...overrides,
  };
}
