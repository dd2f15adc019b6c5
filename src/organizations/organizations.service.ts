import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { AuthUser } from '../common/auth-user';
import { DomainEvent, DomainEvents } from '../common/domain-events';
import { can } from '../auth/policy';
import { Conflict, Forbidden } from '../common/errors';
import { ReferenceService } from '../reference/reference.service';
import { CreateOrganizationInput } from './dto/create-organization.input';
import { Organization } from './entities/organization.entity';
import { byIds } from '../database/hydrate';

@Injectable()
export class OrganizationsService {
  constructor(
    @InjectRepository(Organization) private readonly repo: Repository<Organization>,
    private readonly reference: ReferenceService,
    private readonly events: DomainEvents,
  ) {}

  list(): Promise<Organization[]> {
    return this.repo.find({ order: { name: 'ASC' } });
  }

  findByIds(ids: readonly string[]): Promise<Organization[]> {
    return byIds(this.repo.manager.dataSource, Organization, ids);
  }

  exists(id: string): Promise<boolean> {
    return this.repo.existsBy({ id });
  }

  async create(user: AuthUser, input: CreateOrganizationInput): Promise<Organization> {
    if (!can(user, 'reference:create'))
      throw new Forbidden('Only administrators add organisations.');
    const countryCode = await this.reference.checkCountry(input.countryCode ?? 'LU', 'countryCode');
    const name = input.name.trim();
    if (await this.repo.existsBy({ name })) {
      throw new Conflict(`An organisation named ${name} already exists.`, { field: 'name' });
    }
    return this.repo.manager.transaction(async (tx) => {
      const organization = await tx
        .getRepository(Organization)
        .save(
          this.repo.create({ name, kind: input.kind, countryCode, website: input.website ?? null }),
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
}
