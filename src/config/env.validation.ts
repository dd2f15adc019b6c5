import { plainToInstance, Transform } from 'class-transformer';
import {
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  MinLength,
  validateSync,
} from 'class-validator';

const toInt = ({ value }: { value: unknown }) =>
  value === undefined || value === '' ? undefined : Number(value);

/**
 * Every variable the server reads, validated at boot: a bad value stops the
 * start with a message naming the variable (see README's table).
 */
export class Environment {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  /** The address to listen on. */
  @IsString()
  HOST = '0.0.0.0';

  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/.+/, { message: 'DATABASE_URL must be a postgres:// URL' })
  DATABASE_URL?: string;

  /** Where the embedded PostgreSQL keeps its files (used only without DATABASE_URL). */
  @IsString()
  DATA_DIR = '.data';

  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(65535)
  EMBEDDED_PG_PORT = 54329;

  /** Signing key of access tokens; required in production, kept in DATA_DIR otherwise. */
  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'JWT_SECRET must be at least 32 characters' })
  JWT_SECRET?: string;

  @Transform(toInt)
  @IsInt()
  @Min(60)
  @Max(86400)
  ACCESS_TOKEN_TTL_SECONDS = 900;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(365)
  REFRESH_TOKEN_TTL_DAYS = 30;

  /**
   * Where people open the platform (the served client), for the links the
   * server writes: password reset links. Default: http://localhost:PORT.
   */
  @IsOptional()
  @Matches(/^https?:\/\/[^\s/?#]+(\/[^\s?#]*)?$/, {
    message:
      'PUBLIC_URL must be an http(s) URL without query or fragment, like https://d4d.example.org',
  })
  PUBLIC_URL?: string;

  @IsOptional()
  @IsEmail({}, { message: 'ADMIN_EMAIL must be an e-mail address' })
  ADMIN_EMAIL?: string;

  @IsOptional()
  @IsString()
  @MinLength(10, { message: 'ADMIN_PASSWORD must be at least 10 characters' })
  ADMIN_PASSWORD?: string;

  @IsOptional()
  @Matches(/^rediss?:\/\/.+/, { message: 'REDIS_URL must be a redis:// URL' })
  REDIS_URL?: string;

  // Security limits (issue 6; defaults and reasons in src/security/security.config.ts).

  /** Origins allowed to call the API from a browser on another origin, comma-separated; empty = same origin only. */
  @IsOptional()
  @Matches(/^\s*https?:\/\/[^/\s,]+(\s*,\s*https?:\/\/[^/\s,]+)*\s*$/, {
    message: 'CORS_ORIGINS must be origins like https://d4d.example.org, comma-separated',
  })
  CORS_ORIGINS?: string;

  /** Largest request body accepted, in KiB. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(10240)
  BODY_LIMIT_KB = 1024;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(100)
  GRAPHQL_MAX_DEPTH = 12;

  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(1000)
  GRAPHQL_MAX_ALIASES = 15;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(10_000_000)
  GRAPHQL_MAX_COST = 20000;

  @Transform(toInt)
  @IsInt()
  @Min(10)
  @Max(100_000)
  GRAPHQL_MAX_TOKENS = 2000;

  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(1000)
  GRAPHQL_MAX_DIRECTIVES = 20;

  /** The window of the rate limits below, in seconds. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(86400)
  RATE_LIMIT_WINDOW_SECONDS = 60;

  /** GraphQL root fields (each alias counts) per window for one signed-in user. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  RATE_LIMIT_PER_USER = 600;

  /** GraphQL root fields and HTTP requests per window from one client address. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  RATE_LIMIT_PER_IP = 3000;

  /** Failed sign-ins on one account within SIGNIN_WINDOW_MINUTES before it is locked. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(1000)
  SIGNIN_MAX_FAILURES = 5;

  /** Failed sign-ins from one address (any accounts) within the window before it is locked. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  SIGNIN_MAX_FAILURES_PER_IP = 100;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(1440)
  SIGNIN_WINDOW_MINUTES = 15;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(1440)
  SIGNIN_LOCKOUT_MINUTES = 15;

  /**
   * Express's `trust proxy` (e.g. `loopback`, `1`, an address): set it when a
   * reverse proxy sits in front, so that rate limits see the client's address.
   */
  @IsOptional()
  @IsString()
  TRUST_PROXY?: string;

  /** Load demo data on the first start of an empty database: auto = only for the embedded one. */
  @IsIn(['auto', 'true', 'false'])
  SEED_DEMO: 'auto' | 'true' | 'false' = 'auto';

  @IsIn(['error', 'warn', 'log', 'debug', 'verbose'])
  LOG_LEVEL: 'error' | 'warn' | 'log' | 'debug' | 'verbose' = 'log';

  /** Log lines as JSON, or readable (pino-pretty); auto = readable when standard output is a terminal. */
  @IsIn(['auto', 'json', 'pretty'])
  LOG_FORMAT: 'auto' | 'json' | 'pretty' = 'auto';

  /** Bearer token that lets a scraper read /metrics from another machine; unset = loopback only. */
  @IsOptional()
  @IsString()
  @MinLength(16, { message: 'METRICS_TOKEN must be at least 16 characters' })
  METRICS_TOKEN?: string;
}

/** PUBLIC_URL without a trailing slash, or the server's own address on this machine. */
export function publicUrl(env: Pick<Environment, 'PUBLIC_URL' | 'PORT'>): string {
  return (env.PUBLIC_URL ?? `http://localhost:${env.PORT}`).replace(/\/+$/, '');
}

export function validateEnvironment(raw: Record<string, unknown>): Environment {
  // An empty value (`ADMIN_EMAIL=` in a compose file) means "not set".
  const given = Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== ''));
  const env = plainToInstance(Environment, given, { exposeDefaultValues: true });
  const errors = validateSync(env, { skipMissingProperties: false });
  const problems = errors.flatMap((e) =>
    Object.values(e.constraints ?? {}).map((m) => `${e.property}: ${m}`),
  );
  if (env.NODE_ENV === 'production' && !env.JWT_SECRET) {
    problems.push('JWT_SECRET: required when NODE_ENV=production');
  }
  if (Boolean(env.ADMIN_EMAIL) !== Boolean(env.ADMIN_PASSWORD)) {
    problems.push('ADMIN_EMAIL/ADMIN_PASSWORD: set both or neither');
  }
  if (problems.length > 0) {
    throw new Error(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  }
  return env;
}
