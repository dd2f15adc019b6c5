import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuthUser } from '../common/auth-user';
import { can, canCreateNeedFor, canReadNeed, canUpdateNeed, needReadScope } from '../auth/policy';
import { Role, SubjectType } from '../common/enums';
import { assertUuid, Forbidden, NotFound } from '../common/errors';
import { Connection, PageArgs } from '../common/pagination';
import { searchedPage } from '../common/search';
import { givenFields, Records } from '../common/records';
import { MinistriesService } from '../ministries/ministries.service';
import { ReferenceService } from '../reference/reference.service';
import { CreateNeedInput, NeedFilter, UpdateNeedInput } from './dto/need.inputs';
import { Need } from './entities/need.entity';
import { checkCreatedStatus, checkStatusEdit } from './need-status';
import { byIds } from '../database/hydrate';

@Injectable()
export class NeedsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly reference: ReferenceService,
    private readonly ministries: MinistriesService,
    private readonly records: Records,
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
    return searchedPage(qb, 'need', filter.search, page);
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
    if (input.status) checkCreatedStatus(input.status);
    if (ministryId) await this.ministries.assertJoinable(ministryId, 'ministryId');
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
    return this.records.create(Need, values, {
      actor: user,
      operation: 'createNeed',
      entityType: 'Need',
      subject: SubjectType.NEED,
    });
  }

  /** Optimistic concurrency (`Records.updateVersioned`): of two edits of one version, one stands. */
  async update(user: AuthUser, id: string, input: UpdateNeedInput): Promise<Need> {
    const need = await this.get(user, id);
    if (!canUpdateNeed(user, need)) {
      throw new Forbidden('You can edit only the needs of your own ministry.');
    }
    const { version, ...changes } = input;
    const patch: Partial<Need> = givenFields(changes, [
      'title',
      'description',
      'tags',
      'partnerInstitution',
      'priority',
      'visibility',
      'status',
    ]);
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
    const status = patch.status;
    return this.records.updateVersioned(
      Need,
      need.id,
      version,
      patch,
      { actor: user, operation: 'updateNeed', entityType: 'Need' },
      // The status rules (need-status.ts) judge the row as locked, not as read above.
      status &&
        ((locked, tx) =>
          checkStatusEdit(locked.status, status, () => this.acceptedMatchStands(tx, need.id))),
    );
  }

  /**
   * Whether a match for the need was accepted, read in the edit's
   * transaction. The match table is the matching feature's; this reads it by
   * name, as the policy's SQL scopes do, rather than import from above.
   */
  private async acceptedMatchStands(tx: EntityManager, needId: string): Promise<boolean> {
    const [row] = (await tx.query(
      "SELECT EXISTS (SELECT 1 FROM match WHERE need_id = $1 AND status = 'ACCEPTED') AS stands",
      [needId],
    )) as { stands: boolean }[];
    return row.stands;
  }
}
