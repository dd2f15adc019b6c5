import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, IsNull, Not, Repository } from 'typeorm';
import { AuthUser } from '../common/auth-user';
import { DomainEvent, DomainEvents } from '../common/domain-events';
import { can, canJoin } from '../auth/policy';
import { assertUuid, BadInput, Conflict, Forbidden } from '../common/errors';
import { givenFields, Records } from '../common/records';
import { CreateMinistryInput } from './dto/create-ministry.input';
import { UpdateMinistryInput } from './dto/update-ministry.input';
import { Ministry } from './entities/ministry.entity';
import { byIds } from '../database/hydrate';

@Injectable()
export class MinistriesService {
  constructor(
    @InjectRepository(Ministry) private readonly repo: Repository<Ministry>,
    private readonly events: DomainEvents,
    private readonly records: Records,
  ) {}

  /** By name; retired ones only when asked for. */
  list(includeRetired = false): Promise<Ministry[]> {
    return this.repo.find({
      where: includeRetired ? {} : { retiredAt: IsNull() },
      order: { name: 'ASC' },
    });
  }

  findByIds(ids: readonly string[]): Promise<Ministry[]> {
    return byIds(this.repo.manager.dataSource, Ministry, ids);
  }

  /**
   * Refuses (BAD_USER_INPUT on `field`) a ministry that does not exist or is
   * retired: no new user or need joins it. Inside a transaction the row is
   * held FOR SHARE until it commits, so that a retirement waits for it.
   */
  async assertJoinable(id: string, field: string, tx: EntityManager = this.repo.manager) {
    const qb = tx
      .getRepository(Ministry)
      .createQueryBuilder('ministry')
      .select(['ministry.id', 'ministry.acronym', 'ministry.retiredAt'])
      .where('ministry.id = :id', { id: assertUuid(id, field) });
    if (tx.queryRunner?.isTransactionActive) qb.setLock('pessimistic_read');
    const ministry = await qb.getOne();
    if (!ministry) throw new BadInput(`No ministry has the id ${id}.`, field);
    if (!canJoin(ministry)) {
      throw new BadInput(
        `The ministry ${ministry.acronym} is retired: no one new joins it.`,
        field,
      );
    }
  }

  async create(user: AuthUser, input: CreateMinistryInput): Promise<Ministry> {
    if (!can(user, 'reference:create')) throw new Forbidden('Only administrators add ministries.');
    await this.assertAcronymFree(input.acronym);
    return this.repo.manager.transaction(async (tx) => {
      const ministry = await tx.getRepository(Ministry).save(
        this.repo.create({
          name: input.name.trim(),
          acronym: input.acronym,
          website: input.website ?? null,
        }),
      );
      await this.events.publish(
        tx,
        new DomainEvent({
          actor: user,
          operation: 'createMinistry',
          entityType: 'Ministry',
          entityId: ministry.id,
          before: null,
          after: ministry,
        }),
      );
      return ministry;
    });
  }

  /** ADMIN: the name, acronym or website. */
  async update(user: AuthUser, id: string, input: UpdateMinistryInput): Promise<Ministry> {
    this.assertAdmin(user);
    id = assertUuid(id);
    if (input.acronym !== undefined) await this.assertAcronymFree(input.acronym, id);
    return this.records.update(
      Ministry,
      id,
      () => givenFields(input, ['name', 'acronym', 'website'] as const),
      { actor: user, operation: 'updateMinistry', entityType: 'Ministry' },
    );
  }

  /** ADMIN: retired (or back) at once; its people and needs stay as they are. */
  setRetired(user: AuthUser, id: string, retired: boolean): Promise<Ministry> {
    this.assertAdmin(user);
    return this.records.update(
      Ministry,
      assertUuid(id),
      (before) =>
        retired === (before.retiredAt !== null) ? {} : { retiredAt: retired ? new Date() : null },
      {
        actor: user,
        operation: retired ? 'retireMinistry' : 'reinstateMinistry',
        entityType: 'Ministry',
      },
    );
  }

  private assertAdmin(user: AuthUser) {
    if (!can(user, 'reference:update')) {
      throw new Forbidden('Only administrators edit or retire ministries.');
    }
  }

  private async assertAcronymFree(acronym: string, exceptId?: string) {
    const taken = await this.repo.existsBy({
      acronym,
      ...(exceptId ? { id: Not(exceptId) } : {}),
    });
    if (taken) {
      throw new Conflict(`A ministry with the acronym ${acronym} already exists.`, {
        field: 'acronym',
      });
    }
  }
}
