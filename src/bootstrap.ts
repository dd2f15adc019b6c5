import { INestApplication, LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule, AppOptions } from './app.module';
import { validationPipe } from './common/validation';
import { AppLogger } from './observability/logging';
import { applyHttpLimits } from './security/http-limits';
import { SECURITY_LIMITS, SecurityLimits } from './security/security.config';

const LEVELS: LogLevel[] = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'];

/** The Nest application, configured as it runs in production and in the tests. */
export async function createApp(
  databaseUrl: string,
  logLevel: LogLevel = 'log',
  options: Omit<AppOptions, 'databaseUrl'> = {},
): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.forRoot({ databaseUrl, logLevel, ...options }),
    {
      logger: LEVELS.slice(0, LEVELS.indexOf(logLevel) + 1),
      // Held until the JSON logger below takes over, then written through it.
      bufferLogs: true,
      bodyParser: false,
    },
  );
  // JSON lines with the request id (src/observability/logging.ts).
  app.useLogger(app.get(AppLogger));
  // Helmet, CORS from the allow-list, the bounded JSON body (src/security/http-limits.ts).
  applyHttpLimits(app, app.get<SecurityLimits>(SECURITY_LIMITS));
  app.useGlobalPipes(validationPipe);
  app.getHttpAdapter().getInstance().disable('x-powered-by');
  return app;
}
