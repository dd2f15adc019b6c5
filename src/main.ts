import 'reflect-metadata';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AddressInfo } from 'node:net';
import { clientDist } from './app.module';
import { createApp } from './bootstrap';
import { prettyDestination, resolveLogFormat, startupLogger } from './observability/logging';
import { Environment, validateEnvironment } from './config/env.validation';
import { migrate, resolveDatabase } from './database/database';
import { ENTITIES } from './entities';
import { formatAccounts, isEmpty, seedDemo } from './seed/demo-seeder';
import { Role } from './common/enums';
import { UsersService } from './users/users.service';
import { SuggestionsService } from './matching/suggestions.service';
import { summaryFields, summaryText } from './startup-summary';

/**
 * Start-up, in order: validate the environment, reach the database (the
 * embedded one when DATABASE_URL is unset), run pending migrations, load the
 * demo data on the first start of an empty embedded database, create the
 * first administrator if asked, then serve.
 */
async function main(): Promise<void> {
  const started = Date.now();
  let env: Environment;
  try {
    env = validateEnvironment(process.env);
  } catch (err) {
    console.error((err as Error).message);
    process.exit(1);
  }
  // Readable lines in a terminal, JSON lines otherwise (LOG_FORMAT), from the first one; the
  // application's logger (AppLogger) takes over in createApp, writing to the same place.
  const pretty = resolveLogFormat(env.LOG_FORMAT) === 'pretty';
  const logStream = pretty ? prettyDestination() : undefined;
  Logger.overrideLogger(startupLogger(env.LOG_LEVEL, logStream));
  const logger = new Logger('D4D Match');
  const db = await resolveDatabase(env, (line) => env.LOG_LEVEL === 'debug' && logger.debug(line));

  const ran = await migrate(db.url, ENTITIES);
  if (ran.length) logger.log(`Migrations run: ${ran.join(', ')}`);

  const app = await createApp(db.url, env.LOG_LEVEL, { logStream });
  // Start-up hooks first (the vocabulary sync among them), so that demo data is scored as live data is.
  await app.init();
  const dataSource = app.get(DataSource);
  const shouldSeed = env.SEED_DEMO === 'true' || (env.SEED_DEMO === 'auto' && db.embedded);
  const accountsFile = path.resolve(env.DATA_DIR, 'demo-accounts.txt');
  let demoAccounts: string | undefined;
  if (shouldSeed && (await isEmpty(dataSource))) {
    const suggestions = app.get(SuggestionsService);
    const accounts = await seedDemo(dataSource, (need, solutionId) =>
      suggestions.scorePair(need, solutionId),
    );
    demoAccounts = formatAccounts(accounts);
    fs.mkdirSync(path.dirname(accountsFile), { recursive: true });
    fs.writeFileSync(accountsFile, `${demoAccounts}\n`, { mode: 0o600 });
    // The passwords go to the terminal and the file (readable by its owner only), never to a log.
    logger.log(`Demo data loaded: ${accounts.length} accounts, kept in ${accountsFile}`);
  }

  if (env.ADMIN_EMAIL && env.ADMIN_PASSWORD) {
    const users = app.get(UsersService);
    if ((await users.countByRole(Role.ADMIN)) === 0) {
      await users.create({
        email: env.ADMIN_EMAIL,
        password: env.ADMIN_PASSWORD,
        displayName: 'Administrator',
        role: Role.ADMIN,
      });
      logger.log(`Created the first administrator, ${env.ADMIN_EMAIL}`);
    }
  }

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.log(`${signal}: stopping`);
    await app.close().catch(() => undefined);
    await db.stop().catch(() => undefined);
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  await app.listen(env.PORT, env.HOST);
  const facts = {
    readyMs: Date.now() - started,
    host: env.HOST,
    port: (app.getHttpServer().address() as AddressInfo).port,
    servesClient: clientDist() !== undefined,
    databaseUrl: db.url,
    embedded: db.embedded,
    ...(db.embedded && { databaseDir: path.resolve(env.DATA_DIR, 'pg') }),
    mode: env.NODE_ENV,
    ...(fs.existsSync(accountsFile) && { demoAccountsFile: accountsFile }),
    demoAccounts,
  };
  if (pretty) process.stdout.write(summaryText(facts));
  else logger.log(summaryFields(facts));
}

main().catch((err) => {
  console.error('D4D Match could not start:', err instanceof Error ? err.message : err);
  process.exit(1);
});
