import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Global, MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { ConfigModule, ConfigService } from '@nestjs/config';
import { APP_FILTER } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ServeStaticModule } from '@nestjs/serve-static';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Logger as TypeOrmLogger } from 'typeorm';
import { AUTH_OPTIONS, AuthOptions } from './auth/auth-options';
import { AuditModule } from './audit/audit.module';
import { SessionsModule } from './sessions/sessions.module';
import { SessionsService } from './sessions/sessions.service';
import { graphqlContext } from './graphql-context';
import { graphqlWsOptions } from './sessions/graphql-ws';
import { jwtSecret } from './auth/jwt-secret';
import {
  formatGraphqlError,
  GraphqlErrorFilter,
  requestIdOnErrors,
} from './common/graphql-error.filter';
import { CommonModule } from './common/common.module';
import { LoadersFactory } from './common/loaders';
import { requestId } from './common/request-id.middleware';
import { Environment, validateEnvironment } from './config/env.validation';
import { typeormOptions } from './database/typeorm-options';
import { ENTITIES } from './entities';
import { DiscussionsModule } from './discussions/discussions.module';
import { HealthModule } from './health/health.module';
import { ObservabilityModule, ObservabilityOptions } from './observability/observability.module';
import { ExportsModule } from './exports/exports.module';
import { PortfolioModule } from './portfolio/portfolio.module';
import { MatchingModule } from './matching/matching.module';
import { MinistriesModule } from './ministries/ministries.module';
import { NeedsModule } from './needs/needs.module';
import { NotificationsModule } from './notifications/notifications.module';
import { OrganizationsModule } from './organizations/organizations.module';
import { ReferenceModule } from './reference/reference.module';
import { graphqlLimits } from './security/graphql-limits';
import { SECURITY_LIMITS, SecurityLimits, SecurityOverrides } from './security/security.config';
import { SecurityModule } from './security/security.module';
import { SolutionsModule } from './solutions/solutions.module';
import { UsersModule } from './users/users.module';

export interface AppOptions {
  /** The database to use: DATABASE_URL, or the embedded one started by main.ts. */
  databaseUrl: string;
  /** Sees every SQL statement (the tests count them). */
  queryLogger?: TypeOrmLogger;
  /** The log level (LOG_LEVEL) and, for the tests, where the JSON log lines go. */
  logLevel?: ObservabilityOptions['logLevel'];
  logStream?: ObservabilityOptions['logStream'];
  /** Limits set over the environment's (src/security/security.config.ts); the tests use it. */
  security?: SecurityOverrides;
  /** Token settings over the environment's (a short access token lifetime in the tests, say). */
  auth?: Partial<AuthOptions>;
}

/** Shared by every module: the token settings. */
@Global()
@Module({})
class CoreModule {
  static register(overrides: Partial<AuthOptions> = {}): DynamicModule {
    return {
      module: CoreModule,
      providers: [
        {
          provide: AUTH_OPTIONS,
          inject: [ConfigService],
          useFactory: (config: ConfigService<Environment, true>): AuthOptions => ({
            secret: jwtSecret({
              JWT_SECRET: config.get('JWT_SECRET', { infer: true }),
              DATA_DIR: config.get('DATA_DIR', { infer: true }),
            } as Environment),
            accessTtlSeconds: config.get('ACCESS_TOKEN_TTL_SECONDS', { infer: true }),
            refreshTtlDays: config.get('REFRESH_TOKEN_TTL_DAYS', { infer: true }),
            secureCookie: config.get('NODE_ENV', { infer: true }) !== 'development',
            // A reload cutting off the answer retries within a second or two; Okta's default is 30 s.
            refreshRetrySeconds: 30,
            ...overrides,
          }),
        },
      ],
      exports: [AUTH_OPTIONS],
    };
  }
}

/** The built web client's folder (client/dist), if it was built. */
export function clientDist(): string | undefined {
  const rootPath = join(__dirname, '..', '..', 'client', 'dist');
  const fromSource = join(__dirname, '..', 'client', 'dist');
  return [rootPath, fromSource].find((p) => existsSync(join(p, 'index.html')));
}

/**
 * The built web client (client/dist), served at `/` with every other GET
 * path falling back to index.html for client-side routes; absent until built.
 */
function clientModule(): DynamicModule[] {
  const dist = clientDist();
  if (!dist) return [];
  return [
    ServeStaticModule.forRoot({
      rootPath: dist,
      exclude: ['/graphql{*path}', '/health{*path}', '/export{*path}', '/auth{*path}'],
      serveStaticOptions: { index: 'index.html', maxAge: '1h' },
    }),
  ];
}

@Module({})
export class AppModule implements NestModule {
  static forRoot(options: AppOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot({
          isGlobal: true,
          ignoreEnvFile: true,
          validate: validateEnvironment,
          cache: true,
        }),
        CommonModule,
        CoreModule.register(options.auth),
        // Before the modules with resolvers: its rate-limit guard is the first global guard.
        SecurityModule.register(options.security),
        TypeOrmModule.forRoot({
          ...typeormOptions(options.databaseUrl, { entities: ENTITIES }),
          ...(options.queryLogger && { logger: options.queryLogger, logging: true }),
          // Fail fast: main.ts has already reached the database once.
          retryAttempts: 1,
          retryDelay: 500,
        }),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          imports: [SessionsModule],
          inject: [ConfigService, LoadersFactory, SessionsService, SECURITY_LIMITS],
          useFactory: (
            config: ConfigService<Environment, true>,
            loaders: LoadersFactory,
            auth: SessionsService,
            limits: SecurityLimits,
          ) => {
            const production = config.get('NODE_ENV', { infer: true }) === 'production';
            // graphql-armor's limits, CSRF prevention, no batching (src/security/graphql-limits.ts).
            const edge = graphqlLimits(limits);
            return {
              ...edge,
              autoSchemaFile: true,
              sortSchema: true,
              path: '/graphql',
              playground: false,
              introspection: !production,
              includeStacktraceInErrorResponses: false,
              formatError: formatGraphqlError,
              // No enhancers on field resolvers: Nest then calls those without parameter
              // decorators directly (see src/common/request-context.ts), and their errors
              // are coded by formatGraphqlError with the filter's own mapping.
              plugins: [
                // No cache hints are used; without this plugin Apollo wraps every field resolver.
                ApolloServerPluginCacheControlDisabled(),
                // The request id on errors that reach formatError without the filter.
                requestIdOnErrors,
                ...edge.plugins,
                ...(production ? [] : [ApolloServerPluginLandingPageLocalDefault({ embed: true })]),
              ],
              // Subscriptions over graphql-ws on the same path; the token comes with connection_init.
              subscriptions: {
                'graphql-ws': graphqlWsOptions(auth, {
                  validationRules: edge.validationRules ?? [],
                  maxTokens: limits.maxTokens,
                  hideSuggestions: limits.production,
                }),
              },
              context: (arg: Parameters<typeof graphqlContext>[0]) => graphqlContext(arg, loaders),
            };
          },
        }),
        ReferenceModule,
        MinistriesModule,
        OrganizationsModule,
        UsersModule,
        SessionsModule,
        NeedsModule,
        SolutionsModule,
        MatchingModule,
        PortfolioModule,
        ExportsModule,
        AuditModule,
        NotificationsModule,
        DiscussionsModule,
        HealthModule,
        ObservabilityModule.forRoot({ logLevel: options.logLevel, logStream: options.logStream }),
        ...clientModule(),
      ],
      providers: [{ provide: APP_FILTER, useClass: GraphqlErrorFilter }],
    };
  }

  configure(consumer: MiddlewareConsumer) {
    consumer.apply(requestId).forRoutes('*path');
  }
}
