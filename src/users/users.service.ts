import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuthUser } from '../common/auth-user';
import { DomainEvent, DomainEvents } from '../common/domain-events';
import { Role } from '../common/enums';
import { BadInput, Conflict } from '../common/errors';
import { affiliationProblem, Affiliation } from '../auth/policy';
import { MinistriesService } from '../ministries/ministries.service';
import { OrganizationsService } from '../organizations/organizations.service';
import { CreateUserInput } from './dto/create-user.input';
import { UpdateProfileInput } from './dto/update-profile.input';
import { User } from './entities/user.entity';
import { passwords } from './passwords';
import { byIds } from '../database/hydrate';

@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly events: DomainEvents,
    private readonly ministries: MinistriesService,
    private readonly organizations: OrganizationsService,
  ) {}

  private get repo() {
    return this.db.getRepository(User);
  }

  findById(id: string): Promise<User | null> {
    return this.repo.findOne({ where: { id } });
  }

  findByIds(ids: readonly string[]): Promise<User[]> {
    return byIds(this.repo.manager.dataSource, User, ids);
  }

  async findAuthUser(id: string): Promise<AuthUser | null> {
    const user = await this.repo.findOne({
      where: { id },
      select: {
        id: true,
        email: true,
        role: true,
        ministryId: true,
        organizationId: true,
        locale: true,
      },
    });
    return user;
  }

  findWithPasswordHash(email: string): Promise<User | null> {
    return this.repo
      .createQueryBuilder('user')
      .addSelect('user.passwordHash')
      .where('lower(user.email) = lower(:email)', { email })
      .getOne();
  }

  countByRole(role: Role): Promise<number> {
    return this.repo.count({ where: { role } });
  }

  /**
   * Staff belong to a ministry and providers to an organisation (the policy
   * depends on it); the working group belongs to neither. A retired ministry
   * or organisation takes no one new.
   */
  async create(input: CreateUserInput, actor: AuthUser | null = null): Promise<User> {
    const affiliation = {
      role: input.role,
      ministryId: input.ministryId ?? null,
      organizationId: input.organizationId ?? null,
    };
    await this.checkAffiliation(affiliation, null, this.db.manager);
    const email = input.email.trim();
    if (
      await this.repo
        .createQueryBuilder('u')
        .where('lower(u.email) = lower(:email)', { email })
        .getExists()
    ) {
      throw new Conflict(`A user with the e-mail ${email} already exists.`, { field: 'email' });
    }
    const passwordHash = await passwords.hash(input.password);
    return this.db.transaction(async (tx) => {
      const { identifiers } = await tx.getRepository(User).insert({
        email,
        displayName: input.displayName.trim(),
        passwordHash,
        ...affiliation,
      });
      // Read back without the hash (not selected by default): the audit never sees it.
      const user = await tx
        .getRepository(User)
        .findOneByOrFail({ id: identifiers[0].id as string });
      await this.events.publish(
        tx,
        new DomainEvent({
          actor,
          operation: 'createUser',
          entityType: 'User',
          entityId: user.id,
          before: null,
          after: user,
        }),
      );
      return user;
    });
  }

  /** The caller's own display name and language. */
  async updateProfile(user: AuthUser, input: UpdateProfileInput): Promise<User> {
    return this.db.transaction(async (tx) => {
      const before = await tx
        .getRepository(User)
        .createQueryBuilder('user')
        .setLock('pessimistic_write')
        .where('user.id = :id', { id: user.id })
        .getOneOrFail();
      const patch: Partial<User> = {};
      if (input.displayName !== undefined) patch.displayName = input.displayName;
      if (input.locale !== undefined) patch.locale = input.locale;
      if (!Object.keys(patch).length) return before;
      await tx.getRepository(User).update(user.id, patch);
      const after = await tx.getRepository(User).findOneByOrFail({ id: user.id });
      await this.events.publish(
        tx,
        new DomainEvent({
          actor: user,
          operation: 'updateMyProfile',
          entityType: 'User',
          entityId: user.id,
          before,
          after,
        }),
      );
      return after;
    });
  }

  /**
   * createUser's rules for who belongs where, and a ministry or organisation
   * the person joins must exist and not be retired (one they already belong
   * to may be retired: they keep it).
   */
  private async checkAffiliation(
    next: Affiliation,
    current: Affiliation | null,
    tx: EntityManager,
  ): Promise<void> {
    const problem = affiliationProblem(next);
    if (problem) throw new BadInput(problem.message, problem.field);
    if (next.ministryId && next.ministryId !== current?.ministryId) {
      await this.ministries.assertJoinable(next.ministryId, 'ministryId', tx);
    }
    if (next.organizationId && next.organizationId !== current?.organizationId) {
      await this.organizations.assertJoinable(next.organizationId, 'organizationId', tx);
    }
  }
}
