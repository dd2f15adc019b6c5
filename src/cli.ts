import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { DataSource } from 'typeorm';
import { Role } from './common/enums';
import { affiliationProblem, canJoin } from './auth/policy';
import { validateEnvironment } from './config/env.validation';
import { migrate, resolveDatabase } from './database/database';
import { typeormOptions } from './database/typeorm-options';
import { ENTITIES } from './entities';
import { Ministry } from './ministries/entities/ministry.entity';
import { Organization } from './organizations/entities/organization.entity';
import { formatAccounts, isEmpty, seedDemo } from './seed/demo-seeder';
import { User } from './users/entities/user.entity';
import { passwords } from './users/passwords';
import { validateSync } from 'class-validator';
import { plainToInstance } from 'class-transformer';
import { CreateUserInput } from './users/dto/create-user.input';

const USAGE = `Usage:
  npm run cli -- create-user --email E --password P --role ROLE [--name N] [--ministry ACRONYM] [--organization NAME]
  npm run cli -- seed-demo [--force]

ROLE is one of ${Object.values(Role).join(', ')}. The database is DATABASE_URL, or the embedded one in DATA_DIR.`;

async function createUser(db: DataSource, args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      email: { type: 'string' },
      password: { type: 'string' },
      role: { type: 'string' },
      name: { type: 'string' },
      ministry: { type: 'string' },
      organization: { type: 'string' },
    },
  });
  const ministry = values.ministry
    ? await db
        .getRepository(Ministry)
        .findOne({ where: { acronym: values.ministry.toUpperCase() } })
    : null;
  if (values.ministry && !ministry)
    throw new Error(`No ministry has the acronym ${values.ministry}.`);
  const organization = values.organization
    ? await db
        .getRepository(Organization)
        .createQueryBuilder('o')
        .where('lower(o.name) = lower(:name)', { name: values.organization })
        .getOne()
    : null;
  if (values.organization && !organization)
    throw new Error(`No organisation is named ${values.organization}.`);

  // The same rules as the createUser mutation.
  const input = plainToInstance(CreateUserInput, {
    email: values.email,
    password: values.password,
    role: values.role?.toUpperCase(),
    displayName: values.name ?? values.email?.split('@')[0],
    ministryId: ministry?.id,
    organizationId: organization?.id,
  });
  const problems = validateSync(input).flatMap((e) => Object.values(e.constraints ?? {}));
  const affiliation = affiliationProblem({
    role: input.role,
    ministryId: ministry?.id ?? null,
    organizationId: organization?.id ?? null,
  });
  if (affiliation)
    problems.push(
      `${affiliation.message} (--${affiliation.field === 'ministryId' ? 'ministry' : 'organization'})`,
    );
  for (const unit of [ministry, organization]) {
    if (unit && !canJoin(unit)) problems.push(`${unit.name} is retired: no one new joins it.`);
  }
  if (problems.length) throw new Error(problems.join('\n'));
  const exists = await db
    .getRepository(User)
    .createQueryBuilder('u')
    .where('lower(u.email) = lower(:email)', { email: input.email })
    .getExists();
  if (exists) throw new Error(`A user with the e-mail ${input.email} already exists.`);
  await db.getRepository(User).insert({
    email: input.email,
    displayName: input.displayName,
    role: input.role,
    passwordHash: await passwords.hash(input.password),
    ministryId: ministry?.id ?? null,
    organizationId: organization?.id ?? null,
  });
  console.log(`Created ${input.role} ${input.email}.`);
}

async function seed(db: DataSource, args: string[]): Promise<void> {
  const { values } = parseArgs({ args, options: { force: { type: 'boolean' } } });
  if (!values.force && !(await isEmpty(db))) {
    throw new Error(
      'The database already has users; demo data goes only into an empty one (--force to add it anyway).',
    );
  }
  const accounts = await seedDemo(db);
  console.log('Demo data loaded. Accounts:\n');
  console.log(formatAccounts(accounts));
}

async function main(): Promise<void> {
  const [command, ...rest] = process.argv.slice(2);
  const commands: Record<string, (db: DataSource, args: string[]) => Promise<void>> = {
    'create-user': createUser,
    'seed-demo': seed,
  };
  const run = command ? commands[command] : undefined;
  if (!run) {
    console.log(USAGE);
    process.exit(command ? 1 : 0);
  }
  const env = validateEnvironment(process.env);
  const database = await resolveDatabase(env);
  await migrate(database.url, ENTITIES);
  const db = new DataSource(typeormOptions(database.url, { entities: ENTITIES }));
  await db.initialize();
  try {
    await run(db, rest);
  } finally {
    await db.destroy();
    await database.stop();
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
