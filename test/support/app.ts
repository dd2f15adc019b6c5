import { INestApplication } from '@nestjs/common';
import { DataSource, Logger } from 'typeorm';
import { AppOptions } from '../../src/app.module';
import { createApp } from '../../src/bootstrap';
import { SecurityOverrides } from '../../src/security/security.config';
import { createTestDatabase } from './database';

export interface GqlResponse<T = Record<string, unknown>> {
  data?: T | null;
  errors?: {
    message: string;
    extensions?: { code?: string; [k: string]: unknown };
    path?: string[];
  }[];
}

export interface TestApp {
  app: INestApplication;
  db: DataSource;
  url: string;
  gql<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
    headers?: Record<string, string>,
  ): Promise<GqlResponse<T>>;
  close(): Promise<void>;
}

/**
 * Rate limits and sign-in lockout out of reach: the suites send many requests
 * from loopback with few users. The limits' own tests set low ones explicitly.
 */
export const RELAXED_LIMITS: SecurityOverrides = {
  ratePerUser: 1_000_000,
  ratePerIp: 1_000_000,
  signInMaxFailures: 1_000_000,
  signInMaxFailuresPerIp: 1_000_000,
};

/** The real application on a fresh database of its own, listening on a free port. */
export async function startTestApp(
  options: { queryLogger?: Logger; security?: SecurityOverrides; auth?: AppOptions['auth'] } = {},
): Promise<TestApp> {
  const database = await createTestDatabase();
  const app = await createApp(database.url, 'error', {
    ...options,
    security: { ...RELAXED_LIMITS, ...options.security },
  });
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  const url = `http://127.0.0.1:${address.port}`;
  return {
    app,
    db: app.get(DataSource),
    url,
    async gql(query, variables, token, headers = {}) {
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
          ...headers,
        },
        body: JSON.stringify({ query, variables }),
      });
      return (await res.json()) as GqlResponse<any>;
    },
    async close() {
      await app.close();
      await database.drop();
    },
  };
}

/** The error code of the first error, for terse assertions. */
export const codeOf = (res: GqlResponse) => res.errors?.[0]?.extensions?.code;

/** Counts the SQL statements the application sends (for N+1 checks). */
export class StatementCounter implements Logger {
  count = 0;
  statements: string[] = [];
  /** The bind parameters of each statement, by the same index. */
  parameters: (unknown[] | undefined)[] = [];
  logQuery(query: string, parameters?: unknown[]) {
    this.count += 1;
    this.statements.push(query);
    this.parameters.push(parameters);
  }
  logQueryError() {}
  logQuerySlow() {}
  logSchemaBuild() {}
  logMigration() {}
  log() {}
  reset() {
    this.count = 0;
    this.statements = [];
    this.parameters = [];
  }
}
