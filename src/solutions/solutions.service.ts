import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuthUser } from '../common/auth-user';
import { can, canManageSolutionOf, canReadSolution, solutionReadScope } from '../auth/policy';
import { MATURITY_ORDER, Role, SubjectType } from '../common/enums';
import { assertUuid, BadInput, Forbidden, NotFound } from '../common/errors';
import { Connection, PageArgs } from '../common/pagination';
import { searchedPage } from '../common/search';
import { givenFields, Records } from '../common/records';
import { OrganizationsService } from '../organizations/organizations.service';
import { ReferenceService } from '../reference/reference.service';
import { CreateSolutionInput, SolutionFilter, UpdateSolutionInput } from './dto/solution.inputs';
import { Solution } from './entities/solution.entity';
import { byIds } from '../database/hydrate';

@Injectable()
export class SolutionsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly reference: ReferenceService,
    private readonly organizations: OrganizationsService,
    private readonly records: Records,
  ) {}

  private get repo() {
    return this.db.getRepository(Solution);
  }

  /** The solutions the caller may read, filtered, best match or newest first. */
  async list(
    user: AuthUser,
    filter: SolutionFilter | null | undefined,
    page: PageArgs,
  ): Promise<Connection<Solution>> {
    filter ??= {}; // `filter: null` means no filter, as an absent one does
    const scope = solutionReadScope(user, 'solution');
    const qb = this.repo.createQueryBuilder('solution').where(scope.sql, scope.params);
    if (filter.domainCodes?.length) {
      const codes = await this.reference.checkCodes(
        'domains',
        filter.domainCodes,
        'filter.domainCodes',
      );
      qb.andWhere('solution.domain_codes && CAST(:domainCodes AS varchar[])', {
        domainCodes: codes,
      });
    }
    if (filter.providerId) {
      qb.andWhere('solution.provider_id = :providerId', {
        providerId: assertUuid(filter.providerId, 'filter.providerId'),
      });
    }
    if (filter.openSource !== undefined && filter.openSource !== null) {
      qb.andWhere('solution.open_source = :openSource', { openSource: filter.openSource });
    }
    if (filter.minMaturity) {
      const levels = MATURITY_ORDER.slice(MATURITY_ORDER.indexOf(filter.minMaturity));
      qb.andWhere('solution.maturity IN (:...levels)', { levels });
    }
    return searchedPage(qb, 'solution', filter.search, page);
  }

  /** A solution the caller may read; NOT_FOUND otherwise. */
  async get(user: AuthUser, id: string): Promise<Solution> {
    const solution = await this.repo.findOne({ where: { id: assertUuid(id) } });
    if (!solution || !canReadSolution(user, solution)) throw new NotFound('Solution', id);
    return solution;
  }

  findByIds(ids: readonly string[]): Promise<Solution[]> {
    return byIds(this.repo.manager.dataSource, Solution, ids);
  }

  async create(user: AuthUser, input: CreateSolutionInput): Promise<Solution> {
    if (!can(user, 'solution:create')) {
      throw new Forbidden('Only providers and the working group describe solutions.');
    }
    const providerId =
      input.providerId ?? (user.role === Role.SOLUTION_PROVIDER ? user.organizationId : null);
    if (!providerId)
      throw new BadInput('Name the providing organisation (providerId).', 'providerId');
    if (!canManageSolutionOf(user, providerId)) {
      throw new Forbidden('You can describe solutions only for your own organisation.');
    }
    await this.organizations.assertJoinable(providerId, 'providerId');
    const values = {
      title: input.title,
      summary: input.summary,
      description: input.description,
      providerId,
      domainCodes: await this.reference.checkCodes('domains', input.domainCodes, 'domainCodes'),
      principleCodes: await this.reference.checkCodes(
        'principles',
        input.principleCodes ?? [],
        'principleCodes',
      ),
      tags: input.tags ?? [],
      maturity: input.maturity,
      openSource: input.openSource,
      countryCodesDeployed: await this.reference.checkCodes(
        'countries',
        input.countryCodesDeployed ?? [],
        'countryCodesDeployed',
      ),
      ...(input.status && { status: input.status }),
      createdById: user.id,
    };
    return this.records.create(Solution, values, {
      actor: user,
      operation: 'createSolution',
      entityType: 'Solution',
      subject: SubjectType.SOLUTION,
    });
  }

  /** Optimistic concurrency (`Records.updateVersioned`), as for needs. */
  async update(user: AuthUser, id: string, input: UpdateSolutionInput): Promise<Solution> {
    const solution = await this.get(user, id);
    if (!canManageSolutionOf(user, solution.providerId)) {
      throw new Forbidden("You can edit only your own organisation's solutions.");
    }
    const { version, ...changes } = input;
    const patch: Partial<Solution> = givenFields(changes, [
      'title',
      'summary',
      'description',
      'tags',
      'maturity',
      'openSource',
      'status',
    ]);
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
    if (changes.countryCodesDeployed !== undefined) {
      patch.countryCodesDeployed = await this.reference.checkCodes(
        'countries',
        changes.countryCodesDeployed,
        'countryCodesDeployed',
      );
    }
    return this.records.updateVersioned(Solution, solution.id, version, patch, {
      actor: user,
      operation: 'updateSolution',
      entityType: 'Solution',
    });
  }
}
