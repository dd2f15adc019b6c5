import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuthUser } from '../common/auth-user';
import {
  affiliationProblem,
  Affiliation,
  can,
  canReadPeople,
  endsSessions,
  lastAdminConflict,
  Standing,
} from '../auth/policy';
import { DomainEvent, DomainEvents } from '../common/domain-events';
import { Role } from '../common/enums';
import { assertUuid, BadInput, Conflict, Forbidden, NotFound } from '../common/errors';
import { Connection, keysetPage, PageArgs, SortKey } from '../common/pagination';
import { MinistriesService } from '../ministries/ministries.service';
import { OrganizationsService } from '../organizations/organizations.service';
import { CreateUserInput } from './dto/create-user.input';
import { UpdateProfileInput } from './dto/update-profile.input';
import { UpdateUserInput } from './dto/update-user.input';
import { UserFilter } from './dto/users.args';
import { User } from './entities/user.entity';
import { passwords } from './passwords';
import { revokeLinks } from './password-resets.service';
import { SessionsRevoked } from './sessions-revoked';
import { byIds } from '../database/hydrate';

/**
 * The people list's order: by name, then id. The name key is cut to 40
 * characters (as `ix_user_name` is) so that a cursor stays short whatever
 * the name: cursors carry their keys, and a name of 120 astral characters
 * would not fit in one.
 */
const BY_NAME: SortKey[] = [
  { expr: 'left(lower(u.display_name), 40)', type: 'text' },
  { expr: 'u.id', type: 'uuid' },
];

const standing = (user: Pick<User, 'role' | 'ministryId' | 'organizationId' | 'deactivatedAt'>) =>
  ({
    role: user.role,
    ministryId: user.ministryId,
    organizationId: user.organizationId,
    active: user.deactivatedAt === null,
  }) satisfies Standing;

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

  // ---- the people, for the working group --------------------------------------

  /** ADMIN and COORDINATOR: everyone, filtered, by name. */
  list(
    viewer: AuthUser,
    filter: UserFilter | null | undefined,
    page: PageArgs,
  ): Promise<Connection<User>> {
    this.assertMayReadPeople(viewer);
    filter ??= {};
    const qb = this.repo.createQueryBuilder('u');
    const search = filter.search?.trim();
    if (search) {
      // strpos, not LIKE: what is typed is found as typed, `%` and `_` included.
      qb.andWhere(
        `(strpos(lower(public.unaccent(u.display_name)), lower(public.unaccent(:search))) > 0
          OR strpos(lower(u.email), lower(:search)) > 0)`,
        { search },
      );
    }
    if (filter.role) qb.andWhere('u.role = :role', { role: filter.role });
    if (filter.ministryId) {
      qb.andWhere('u.ministry_id = :ministryId', {
        ministryId: assertUuid(filter.ministryId, 'filter.ministryId'),
      });
    }
    if (filter.organizationId) {
      qb.andWhere('u.organization_id = :organizationId', {
        organizationId: assertUuid(filter.organizationId, 'filter.organizationId'),
      });
    }
    if (filter.active === true) qb.andWhere('u.deactivated_at IS NULL');
    if (filter.active === false) qb.andWhere('u.deactivated_at IS NOT NULL');
    return keysetPage(qb, BY_NAME, page, 'ASC');
  }

  /** ADMIN and COORDINATOR: one person; NOT_FOUND if there is no such person. */
  async get(viewer: AuthUser, id: string): Promise<User> {
    this.assertMayReadPeople(viewer);
    const user = await this.findById(assertUuid(id));
    if (!user) throw new NotFound('User', id);
    return user;
  }

  private assertMayReadPeople(viewer: AuthUser) {
    if (!canReadPeople(viewer)) {
      throw new Forbidden('Only the working group (ADMIN, COORDINATOR) reads the list of people.');
    }
  }

  // ---- changes ------------------------------------------------------------------

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
   * ADMIN: a person's name, role, ministry or organisation. A new role
   * drops the affiliation it does not take unless one is given; the result
   * follows createUser's rules. A change of role or affiliation ends the
   * person's sessions.
   */
  update(actor: AuthUser, id: string, input: UpdateUserInput): Promise<User> {
    return this.changeAccount(actor, id, 'updateUser', async (before, tx) => {
      const role = input.role ?? before.role;
      const keeps = (field: 'ministryId' | 'organizationId', takes: Role) =>
        input[field] !== undefined ? input[field] : role === takes ? before[field] : null;
      const affiliation = {
        role,
        ministryId: keeps('ministryId', Role.MINISTRY_STAFF),
        organizationId: keeps('organizationId', Role.SOLUTION_PROVIDER),
      };
      await this.checkAffiliation(affiliation, before, tx);
      return { ...affiliation, displayName: input.displayName ?? before.displayName };
    });
  }

  /**
   * ADMIN: the person can no longer sign in, every session of theirs ends,
   * and their pending reset links die. Their name stays on what they
   * wrote. Deactivating a deactivated person changes nothing.
   */
  deactivate(actor: AuthUser, id: string): Promise<User> {
    return this.changeAccount(actor, id, 'deactivateUser', async (before, tx) => {
      if (before.deactivatedAt) return {};
      await revokeLinks(tx, before.id);
      return { deactivatedAt: new Date() };
    });
  }

  /** ADMIN: the person may sign in again (with their password; their old sessions stay ended). */
  reactivate(actor: AuthUser, id: string): Promise<User> {
    return this.changeAccount(actor, id, 'reactivateUser', (before) =>
      before.deactivatedAt ? { deactivatedAt: null } : {},
    );
  }

  /**
   * One change of an account by an administrator, in one transaction:
   *
   * 1. The active administrators' rows are locked, in id order, before
   *    anything else. Every change of an account takes this lock first, so
   *    two of them run one after the other, and each counts the
   *    administrators as the other left them: of two administrators who
   *    demote each other at once, the second finds the first demoted.
   * 2. The caller must still be among them (a demotion that committed
   *    meanwhile stops them), and the person's row is locked.
   * 3. `patchOf` works out the change; the last active administrator is
   *    neither deactivated nor demoted (`lastAdminConflict`).
   * 4. The row is written and the change announced: as `SessionsRevoked`
   *    when it ends the person's sessions (`endsSessions`), which
   *    `sessions/` acts on in this transaction and after the commit.
   *
   * An empty patch writes and announces nothing.
   */
  private async changeAccount(
    actor: AuthUser,
    id: string,
    operation: string,
    patchOf: (before: User, tx: EntityManager) => Partial<User> | Promise<Partial<User>>,
  ): Promise<User> {
    if (!can(actor, 'user:update')) {
      throw new Forbidden('Only administrators change, deactivate or reactivate accounts.');
    }
    id = assertUuid(id);
    return this.db.transaction(async (tx) => {
      const admins: { id: string }[] = await tx.query(
        `SELECT id FROM "user" WHERE role = 'ADMIN' AND deactivated_at IS NULL
          ORDER BY id FOR NO KEY UPDATE`,
      );
      if (!admins.some((a) => a.id === actor.id)) {
        throw new Forbidden('You are no longer an active administrator.');
      }
      const repo = tx.getRepository(User);
      const before = await repo
        .createQueryBuilder('u')
        .setLock('for_no_key_update')
        .where('u.id = :id', { id })
        .getOne();
      if (!before) throw new NotFound('User', id);
      const patch = await patchOf(before, tx);
      const after = { ...before, ...patch };
      const conflict = lastAdminConflict(standing(before), standing(after), admins.length);
      if (conflict) throw new Conflict(conflict, { reason: 'LAST_ADMIN' });
      if (!Object.entries(patch).some(([k, v]) => before[k as keyof User] !== v)) return before;
      await repo.update(id, patch);
      const updated = await repo.findOneByOrFail({ id });
      const change = { actor, operation, entityType: 'User', entityId: id, before, after: updated };
      await this.events.publish(
        tx,
        endsSessions(standing(before), standing(updated))
          ? new SessionsRevoked(change, id)
          : new DomainEvent(change),
      );
      return updated;
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
