import { INestApplication, LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule, AppOptions } from './app.module';
import { validationPipe } from './common/validation';

const LEVELS: LogLevel[] = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'];

/** The Nest application, configured as it runs in production and in the tests. */
export async function createApp(
  databaseUrl: string,
  logLevel: LogLevel = 'log',
  options: Omit<AppOptions, 'databaseUrl'> = {},
): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.forRoot({ databaseUrl, ...options }),
    {
      logger: LEVELS.slice(0, LEVELS.indexOf(logLevel) + 1),
      bodyParser: false,
    },
  );
  // A bounded body: GraphQL documents and variables are small.
  app.useBodyParser('json', { limit: '1mb' });
  app.useGlobalPipes(validationPipe);
  app.getHttpAdapter().getInstance().disable('x-powered-by');
  return app;
}
