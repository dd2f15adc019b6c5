import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, IsNull, Not, Repository } from 'typeorm';
import { AuthUser } from '../common/auth-user';
import { DomainEvent, DomainEvents } from '../common/domain-events';
import { can, canJoin } from '../auth/policy';
import { assertUuid, BadInput, Conflict, Forbidden } from '../common/errors';
import { givenFields, Records } from '../common/records';
import { ReferenceService } from '../reference/reference.service';
import { CreateOrganizationInput } from './dto/create-organization.input';
import { UpdateOrganizationInput } from './dto/update-organization.input';
import { Organization } from './entities/organization.entity';
import { byIds } from '../database/hydrate';

@Injectable()
export class OrganizationsService {
  constructor(
    @InjectRepository(Organization) private readonly repo: Repository<Organization>,
    private readonly reference: ReferenceService,
    private readonly events: DomainEvents,
    private readonly records: Records,
  ) {}

  /** By name; retired ones only when asked for. */
  list(includeRetired = false): Promise<Organization[]> {
    return this.repo.find({
      where: includeRetired ? {} : { retiredAt: IsNull() },
      order: { name: 'ASC' },
    });
  }

  findByIds(ids: readonly string[]): Promise<Organization[]> {
    return byIds(this.repo.manager.dataSource, Organization, ids);
  }

  /**
   * Refuses (BAD_USER_INPUT on `field`) an organisation that does not exist
   * or is retired: no new user or solution joins it. Inside a transaction
   * the row is held FOR SHARE until it commits, so that a retirement waits.
   */
  async assertJoinable(id: string, field: string, tx: EntityManager = this.repo.manager) {
    const qb = tx
      .getRepository(Organization)
      .createQueryBuilder('organization')
      .select(['organization.id', 'organization.name', 'organization.retiredAt'])
      .where('organization.id = :id', { id: assertUuid(id, field) });
    if (tx.queryRunner?.isTransactionActive) qb.setLock('pessimistic_read');
    const organization = await qb.getOne();
    if (!organization) throw new BadInput(`No organisation has the id ${id}.`, field);
    if (!canJoin(organization)) {
      throw new BadInput(
        `${organization.name} is retired: no new user or solution joins it.`,
        field,
      );
    }
  }

  async create(user: AuthUser, input: CreateOrganizationInput): Promise<Organization> {
    if (!can(user, 'reference:create'))
      throw new Forbidden('Only administrators add organisations.');
    const countryCode = await this.reference.checkCountry(input.countryCode ?? 'LU', 'countryCode');
    const name = input.name.trim();
    await this.assertNameFree(name);
    return this.repo.manager.transaction(async (tx) => {
      const organization = await tx.getRepository(Organization).save(
        this.repo.create({
          name,
          acronym: input.acronym ?? null,
          kind: input.kind,
          countryCode,
          website: input.website ?? null,
        }),
      );
      await this.events.publish(
        tx,
        new DomainEvent({
          actor: user,
          operation: 'createOrganization',
          entityType: 'Organization',
          entityId: organization.id,
          before: null,
          after: organization,
        }),
      );
      return organization;
    });
  }

  /** ADMIN: the name, acronym, kind, country or website. */
  async update(user: AuthUser, id: string, input: UpdateOrganizationInput): Promise<Organization> {
    this.assertAdmin(user);
    id = assertUuid(id);
    const patch = givenFields(input, [
      'name',
      'acronym',
      'kind',
      'countryCode',
      'website',
    ] as const);
    if (patch.countryCode !== undefined) {
      patch.countryCode = await this.reference.checkCountry(patch.countryCode, 'countryCode');
    }
    if (patch.name !== undefined) await this.assertNameFree(patch.name, id);
    return this.records.update(Organization, id, () => patch, {
      actor: user,
      operation: 'updateOrganization',
      entityType: 'Organization',
    });
  }

  /** ADMIN: retired (or back) at once; its solutions stay readable, its people keep their accounts. */
  setRetired(user: AuthUser, id: string, retired: boolean): Promise<Organization> {
    this.assertAdmin(user);
    return this.records.update(
      Organization,
      assertUuid(id),
      (before) =>
        retired === (before.retiredAt !== null) ? {} : { retiredAt: retired ? new Date() : null },
      {
        actor: user,
        operation: retired ? 'retireOrganization' : 'reinstateOrganization',
        entityType: 'Organization',
      },
    );
  }

  private assertAdmin(user: AuthUser) {
    if (!can(user, 'reference:update')) {
      throw new Forbidden('Only administrators edit or retire organisations.');
    }
  }

  private async assertNameFree(name: string, exceptId?: string) {
    if (await this.repo.existsBy({ name, ...(exceptId ? { id: Not(exceptId) } : {}) })) {
      throw new Conflict(`An organisation named ${name} already exists.`, { field: 'name' });
    }
  }
}
