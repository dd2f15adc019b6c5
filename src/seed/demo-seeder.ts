import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import {
  Maturity,
  NeedStatus,
  OrganizationKind,
  Priority,
  Role,
  SolutionStatus,
  Visibility,
} from '../common/enums';
import { Ministry } from '../ministries/entities/ministry.entity';
import { Need } from '../needs/entities/need.entity';
import { Organization } from '../organizations/entities/organization.entity';
import { Solution } from '../solutions/entities/solution.entity';
import { User } from '../users/entities/user.entity';
import { passwords } from '../users/passwords';
import { DEMO_MINISTRIES } from './demo-data/ministries';
import { DEMO_NEEDS } from './demo-data/needs';
import { DEMO_ORGANIZATIONS } from './demo-data/organizations';
import { DEMO_SOLUTIONS } from './demo-data/solutions';

export interface DemoAccount {
  role: Role;
  email: string;
  password: string;
  displayName: string;
  affiliation?: string;
}

/**
 * Loads the demo data in one transaction: ministries, organisations, one
 * account per role (plus a colleague per ministry and organisation), needs
 * and solutions. Passwords are random and returned so that they can be
 * printed once; nothing guessable ships with the platform.
 */
export async function seedDemo(db: DataSource): Promise<DemoAccount[]> {
  const password = () => randomBytes(9).toString('base64url');
  return db.transaction(async (tx) => {
    const ministries = await tx
      .getRepository(Ministry)
      .save(DEMO_MINISTRIES.map((m) => ({ ...m })));
    const ministryId = new Map(ministries.map((m) => [m.acronym, m.id]));
    const organizations = await tx.getRepository(Organization).save(
      DEMO_ORGANIZATIONS.map(({ key: _, ...o }) => ({
        ...o,
        kind: o.kind as OrganizationKind,
        website: o.website ?? null,
      })),
    );
    const organizationId = new Map(DEMO_ORGANIZATIONS.map((o, i) => [o.key, organizations[i].id]));

    const firstMinistry = DEMO_MINISTRIES[0];
    const firstOrganization = DEMO_ORGANIZATIONS[0];
    const accounts: DemoAccount[] = [
      {
        role: Role.ADMIN,
        email: 'admin@demo.d4d.lu',
        displayName: 'Alex Admin',
        password: password(),
      },
      {
        role: Role.COORDINATOR,
        email: 'coordinator@demo.d4d.lu',
        displayName: 'Claire Coordinatrice',
        password: password(),
      },
      {
        role: Role.MINISTRY_STAFF,
        email: 'staff@demo.d4d.lu',
        displayName: 'Marc Ministère',
        affiliation: firstMinistry.acronym,
        password: password(),
      },
      {
        role: Role.SOLUTION_PROVIDER,
        email: 'provider@demo.d4d.lu',
        displayName: 'Paula Provider',
        affiliation: firstOrganization.key,
        password: password(),
      },
    ];
    await tx.getRepository(User).save(
      await Promise.all(
        accounts.map(async (a) => ({
          email: a.email,
          displayName: a.displayName,
          role: a.role,
          passwordHash: await passwords.hash(a.password),
          ministryId:
            a.role === Role.MINISTRY_STAFF ? (ministryId.get(a.affiliation!) ?? null) : null,
          organizationId:
            a.role === Role.SOLUTION_PROVIDER ? (organizationId.get(a.affiliation!) ?? null) : null,
        })),
      ),
    );
    // Colleagues who cannot sign in (no password anyone knows) give each record a plausible author.
    const unusable = await passwords.hash(randomBytes(32).toString('base64url'));
    const staff = await tx.getRepository(User).save(
      DEMO_MINISTRIES.map((m) => ({
        email: `desk.${m.acronym.toLowerCase()}@demo.d4d.lu`,
        displayName: `Desk officer ${m.acronym}`,
        role: Role.MINISTRY_STAFF,
        passwordHash: unusable,
        ministryId: ministryId.get(m.acronym)!,
      })),
    );
    const providers = await tx.getRepository(User).save(
      DEMO_ORGANIZATIONS.map((o) => ({
        email: `contact.${o.key}@demo.d4d.lu`,
        displayName: `${o.name.slice(0, 90)} team`,
        role: Role.SOLUTION_PROVIDER,
        passwordHash: unusable,
        organizationId: organizationId.get(o.key)!,
      })),
    );
    const staffOf = new Map(staff.map((u) => [u.ministryId, u.id]));
    const providerOf = new Map(providers.map((u) => [u.organizationId, u.id]));

    await tx.getRepository(Need).insert(
      DEMO_NEEDS.map(({ language: _, ministry, ...n }) => ({
        ...n,
        priority: n.priority as Priority,
        status: n.status as NeedStatus,
        visibility: n.visibility as Visibility,
        partnerInstitution: n.partnerInstitution ?? null,
        ministryId: ministryId.get(ministry)!,
        createdById: staffOf.get(ministryId.get(ministry)!)!,
      })),
    );
    await tx.getRepository(Solution).insert(
      DEMO_SOLUTIONS.map(({ language: _, provider, countriesDeployed, ...s }) => ({
        ...s,
        maturity: s.maturity as Maturity,
        status: s.status as SolutionStatus,
        countryCodesDeployed: countriesDeployed,
        providerId: organizationId.get(provider)!,
        createdById: providerOf.get(organizationId.get(provider)!)!,
      })),
    );
    // Spread the records over the past months, as a real portfolio grows.
    for (const table of ['need', 'solution']) {
      await tx.query(
        `UPDATE ${table} t SET created_at = now() - s.rn * interval '1 day 7 hours', updated_at = now() - s.rn * interval '1 day'
         FROM (SELECT id, row_number() OVER (ORDER BY title) AS rn FROM ${table}) s WHERE s.id = t.id`,
      );
    }
    return accounts;
  });
}

/** An empty database: no user at all (the first start, before anything was made). */
export async function isEmpty(db: DataSource): Promise<boolean> {
  return (await db.getRepository(User).count()) === 0;
}

export function formatAccounts(accounts: DemoAccount[]): string {
  const width = Math.max(...accounts.map((a) => a.email.length));
  return accounts
    .map(
      (a) =>
        `  ${a.role.padEnd(18)} ${a.email.padEnd(width)}  ${a.password}${a.affiliation ? `  (${a.affiliation})` : ''}`,
    )
    .join('\n');
}
