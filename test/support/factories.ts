import { randomBytes } from 'node:crypto';
import {
  Maturity,
  NeedStatus,
  OrganizationKind,
  Role,
  SolutionStatus,
  SubjectType,
  Visibility,
} from '../../src/common/enums';
import { createThread } from '../../src/discussions/threads';
import { Ministry } from '../../src/ministries/entities/ministry.entity';
import { Need } from '../../src/needs/entities/need.entity';
import { Organization } from '../../src/organizations/entities/organization.entity';
import { Solution } from '../../src/solutions/entities/solution.entity';
import { User } from '../../src/users/entities/user.entity';
import { passwords } from '../../src/users/passwords';
import { TestApp } from './app';

const unique = () => randomBytes(4).toString('hex');
export const PASSWORD = 'correct horse battery staple';
let hashed: Promise<string> | undefined;

/** Builders for test data, written straight to the database; the operations under test go through GraphQL. */
export class Factory {
  constructor(private readonly t: TestApp) {}

  ministry(overrides: Partial<Ministry> = {}): Promise<Ministry> {
    const u = unique().toUpperCase();
    return this.t.db
      .getRepository(Ministry)
      .save({ name: `Ministère ${u}`, acronym: `M${u}`, ...overrides });
  }

  organization(overrides: Partial<Organization> = {}): Promise<Organization> {
    return this.t.db.getRepository(Organization).save({
      name: `Organisation ${unique()}`,
      kind: OrganizationKind.RESEARCH,
      countryCode: 'LU',
      website: null,
      ...overrides,
    });
  }

  async user(role: Role, overrides: Partial<User> = {}): Promise<User> {
    hashed ??= passwords.hash(PASSWORD);
    const ministryId =
      role === Role.MINISTRY_STAFF ? (overrides.ministryId ?? (await this.ministry()).id) : null;
    const organizationId =
      role === Role.SOLUTION_PROVIDER
        ? (overrides.organizationId ?? (await this.organization()).id)
        : null;
    return this.t.db.getRepository(User).save({
      email: `${role.toLowerCase()}.${unique()}@test.d4d.lu`,
      displayName: `${role} ${unique()}`,
      role,
      passwordHash: await hashed,
      ...overrides,
      ministryId,
      organizationId,
    });
  }

  /** A user and an access token obtained through `login`. */
  async signedIn(
    role: Role,
    overrides: Partial<User> = {},
  ): Promise<{ user: User; token: string; refreshToken: string }> {
    const user = await this.user(role, overrides);
    const { accessToken, refreshToken } = await this.session(user);
    return { user, token: accessToken, refreshToken };
  }

  /** A new session of an existing user, through `login` (another device, say). */
  async session(
    user: User,
    password = PASSWORD,
  ): Promise<{ accessToken: string; refreshToken: string }> {
    const res = await this.t.gql<{ login: { accessToken: string; refreshToken: string } }>(
      'mutation($input: LoginInput!) { login(input: $input) { accessToken refreshToken } }',
      { input: { email: user.email, password } },
    );
    if (!res.data?.login) throw new Error(`login failed: ${JSON.stringify(res.errors)}`);
    return res.data.login;
  }

  async need(createdBy: User, overrides: Partial<Need> = {}): Promise<Need> {
    const repo = this.t.db.getRepository(Need);
    const { identifiers } = await repo.insert({
      title: `Need ${unique()}`,
      description: 'A partner institution needs help to digitalise a public service.',
      countryCode: 'SN',
      domainCodes: ['PUBLIC_ADMINISTRATION'],
      principleCodes: [],
      tags: [],
      ministryId: createdBy.ministryId,
      partnerInstitution: null,
      status: NeedStatus.OPEN,
      visibility: Visibility.PUBLIC,
      createdById: createdBy.id,
      ...overrides,
    });
    // Every need has its thread, as the service creates it.
    await createThread(this.t.db.manager, {
      type: SubjectType.NEED,
      id: identifiers[0].id as string,
    });
    return repo.findOneByOrFail({ id: identifiers[0].id as string });
  }

  async solution(createdBy: User, overrides: Partial<Solution> = {}): Promise<Solution> {
    const repo = this.t.db.getRepository(Solution);
    const providerId =
      overrides.providerId ?? createdBy.organizationId ?? (await this.organization()).id;
    const { identifiers } = await repo.insert({
      title: `Solution ${unique()}`,
      summary: 'A tested platform from Luxembourg.',
      description: 'It runs on low bandwidth and speaks French and English.',
      domainCodes: ['PUBLIC_ADMINISTRATION'],
      principleCodes: [],
      tags: [],
      maturity: Maturity.PILOT,
      openSource: true,
      countryCodesDeployed: [],
      status: SolutionStatus.PUBLISHED,
      createdById: createdBy.id,
      ...overrides,
      providerId,
    });
    await createThread(this.t.db.manager, {
      type: SubjectType.SOLUTION,
      id: identifiers[0].id as string,
    });
    return repo.findOneByOrFail({ id: identifiers[0].id as string });
  }
}
