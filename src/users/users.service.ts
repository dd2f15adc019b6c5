import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuthUser } from '../common/auth-user';
import { DomainEvent, DomainEvents } from '../common/domain-events';
import { Role } from '../common/enums';
import { BadInput, Conflict } from '../common/errors';
import { Ministry } from '../ministries/entities/ministry.entity';
import { Organization } from '../organizations/entities/organization.entity';
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
   * depends on it); the working group belongs to neither.
   */
  async create(input: CreateUserInput, actor: AuthUser | null = null): Promise<User> {
    const ministryId = input.ministryId ?? null;
    const organizationId = input.organizationId ?? null;
    if (input.role === Role.MINISTRY_STAFF && !ministryId) {
      throw new BadInput('Ministry staff need a ministryId.', 'ministryId');
    }
    if (input.role === Role.SOLUTION_PROVIDER && !organizationId) {
      throw new BadInput('Solution providers need an organizationId.', 'organizationId');
    }
    if (input.role !== Role.MINISTRY_STAFF && ministryId) {
      throw new BadInput('Only ministry staff belong to a ministry.', 'ministryId');
    }
    if (input.role !== Role.SOLUTION_PROVIDER && organizationId) {
      throw new BadInput('Only solution providers belong to an organisation.', 'organizationId');
    }
    if (ministryId && !(await this.db.getRepository(Ministry).existsBy({ id: ministryId }))) {
      throw new BadInput(`No ministry has the id ${ministryId}.`, 'ministryId');
    }
    if (
      organizationId &&
      !(await this.db.getRepository(Organization).existsBy({ id: organizationId }))
    ) {
      throw new BadInput(`No organisation has the id ${organizationId}.`, 'organizationId');
    }
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
        role: input.role,
        ministryId,
        organizationId,
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
}
