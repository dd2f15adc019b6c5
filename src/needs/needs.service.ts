import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AuthUser } from '../auth/auth-user';
import { can, canCreateNeedFor, canReadNeed, canUpdateNeed, needReadScope } from '../auth/policy';
import { Role } from '../common/enums';
import { assertUuid, BadInput, Forbidden, NotFound, StaleVersion } from '../common/errors';
import { Connection, keysetPage, PageArgs } from '../common/pagination';
import { recencyKeys, searchClause } from '../common/search';
import { createThread } from '../discussions/threads';
import { MinistriesService } from '../ministries/ministries.service';
import { ReferenceService } from '../reference/reference.service';
import { CreateNeedInput, NeedFilter, UpdateNeedInput } from './dto/need.inputs';
import { Need } from './entities/need.entity';
import { byIds } from '../database/hydrate';

@Injectable()
export class NeedsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly reference: ReferenceService,
    private readonly ministries: MinistriesService,
    private readonly audit: AuditService,
  ) {}

  private get repo() {
    return this.db.getRepository(Need);
  }

  /** The needs the caller may read, filtered, best match or newest first. */
  async list(
    user: AuthUser,
    filter: NeedFilter | null | undefined,
    page: PageArgs,
  ): Promise<Connection<Need>> {
    filter ??= {}; // `filter: null` means no filter, as an absent one does
    const scope = needReadScope(user, 'need');
    const qb = this.repo.createQueryBuilder('need').where(scope.sql, scope.params);
    if (filter.countryCodes?.length) {
      const codes = await this.reference.checkCodes(
        'countries',
        filter.countryCodes,
        'filter.countryCodes',
      );
      qb.andWhere('need.country_code IN (:...countryCodes)', { countryCodes: codes });
    }
    if (filter.domainCodes?.length) {
      const codes = await this.reference.checkCodes(
        'domains',
        filter.domainCodes,
        'filter.domainCodes',
      );
      qb.andWhere('need.domain_codes && CAST(:domainCodes AS varchar[])', { domainCodes: codes });
    }
    if (filter.statuses?.length) {
      qb.andWhere('need.status IN (:...statuses)', { statuses: filter.statuses });
    }
    if (filter.ministryId) {
      qb.andWhere('need.ministry_id = :ministryId', {
        ministryId: assertUuid(filter.ministryId, 'filter.ministryId'),
      });
    }
    const search = filter.search?.trim();
    if (search) {
      const clause = searchClause('need');
      qb.andWhere(clause.where, { search });
      return keysetPage(qb, clause.keys, page);
    }
    return keysetPage(qb, recencyKeys('need'), page);
  }

  /** A need the caller may read; NOT_FOUND otherwise, so that ids reveal nothing. */
  async get(user: AuthUser, id: string): Promise<Need> {
    const need = await this.repo.findOne({ where: { id: assertUuid(id) } });
    if (!need || !canReadNeed(user, need)) throw new NotFound('Need', id);
    return need;
  }

  findByIds(ids: readonly string[]): Promise<Need[]> {
    return byIds(this.repo.manager.dataSource, Need, ids);
  }

  async create(user: AuthUser, input: CreateNeedInput): Promise<Need> {
    if (!can(user, 'need:create')) throw new Forbidden('Solution providers do not log needs.');
    let ministryId = input.ministryId ?? null;
    if (user.role === Role.MINISTRY_STAFF) ministryId ??= user.ministryId;
    if (!canCreateNeedFor(user, ministryId)) {
      throw new Forbidden('You can log needs only for your own ministry.');
    }
    if (ministryId && !(await this.ministries.exists(ministryId))) {
      throw new BadInput(`No ministry has the id ${ministryId}.`, 'ministryId');
    }
    const values = {
      title: input.title,
      description: input.description,
      countryCode: await this.reference.checkCountry(input.countryCode, 'countryCode'),
      domainCodes: await this.reference.checkCodes('domains', input.domainCodes, 'domainCodes'),
      principleCodes: await this.reference.checkCodes(
        'principles',
        input.principleCodes ?? [],
        'principleCodes',
      ),
      tags: input.tags ?? [],
      ministryId,
      partnerInstitution: input.partnerInstitution ?? null,
      ...(input.priority && { priority: input.priority }),
      ...(input.visibility && { visibility: input.visibility }),
      ...(input.status && { status: input.status }),
      createdById: user.id,
    };
    // The need, its thread and its audit event commit together.
    return this.db.transaction(async (tx) => {
      const { identifiers } = await tx.getRepository(Need).insert(values);
      const need = await tx.getRepository(Need).findOneOrFail({
        where: { id: identifiers[0].id as string },
      });
      await createThread(tx, { needId: need.id });
      await this.audit.record(tx, {
        actor: user,
        operation: 'createNeed',
        entityType: 'Need',
        entityId: need.id,
        before: null,
        after: need,
      });
      return need;
    });
  }

  /**
   * Optimistic concurrency: the UPDATE names the version it edits, so of two
   * edits of one version exactly one finds its row; the other gets CONFLICT
   * and changes nothing.
   */
  async update(user: AuthUser, id: string, input: UpdateNeedInput): Promise<Need> {
    const need = await this.get(user, id);
    if (!canUpdateNeed(user, need)) {
      throw new Forbidden('You can edit only the needs of your own ministry.');
    }
    const { version, ...changes } = input;
    const patch: Partial<Need> = {};
    if (changes.title !== undefined) patch.title = changes.title;
    if (changes.description !== undefined) patch.description = changes.description;
    if (changes.countryCode !== undefined) {
      patch.countryCode = await this.reference.checkCountry(changes.countryCode, 'countryCode');
    }
    if (changes.domainCodes !== undefined) {
      patch.domainCodes = await this.reference.checkCodes(
        'domains',
        changes.domainCodes,
        'domainCodes',
      );
    }
    if (changes.principleCodes !== undefined) {
      patch.principleCodes = await this.reference.checkCodes(
        'principles',
        changes.principleCodes,
        'principleCodes',
      );
    }
    if (changes.tags !== undefined) patch.tags = changes.tags;
    if (changes.partnerInstitution !== undefined)
      patch.partnerInstitution = changes.partnerInstitution;
    if (changes.priority !== undefined) patch.priority = changes.priority;
    if (changes.visibility !== undefined) patch.visibility = changes.visibility;
    if (changes.status !== undefined) patch.status = changes.status;

    return this.db.transaction(async (tx) => {
      // The state the UPDATE applies to, for the audit event (locked: no one slips in between).
      const before = await tx
        .getRepository(Need)
        .createQueryBuilder('need')
        .setLock('pessimistic_write')
        .where('need.id = :id', { id: need.id })
        .getOneOrFail();
      const result = await tx
        .createQueryBuilder()
        .update(Need)
        .set({ ...patch, version: () => 'version + 1', updatedAt: () => 'now()' })
        .where('id = :id AND version = :version', { id: need.id, version })
        .execute();
      if (!result.affected) {
        // Name the version that won, not the one read before the race.
        const current = await tx.getRepository(Need).findOne({
          where: { id: need.id },
          select: { id: true, version: true },
        });
        throw new StaleVersion('need', version, current?.version ?? need.version);
      }
      const updated = await tx.getRepository(Need).findOneOrFail({ where: { id: need.id } });
      await this.audit.record(tx, {
        actor: user,
        operation: 'updateNeed',
        entityType: 'Need',
        entityId: need.id,
        before,
        after: updated,
      });
      return updated;
    });
  }
}
