import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { AuthUser } from '../common/auth-user';
import { DomainEvent, DomainEvents } from '../common/domain-events';
import { can } from '../auth/policy';
import { Conflict, Forbidden } from '../common/errors';
import { CreateMinistryInput } from './dto/create-ministry.input';
import { Ministry } from './entities/ministry.entity';
import { byIds } from '../database/hydrate';

@Injectable()
export class MinistriesService {
  constructor(
    @InjectRepository(Ministry) private readonly repo: Repository<Ministry>,
    private readonly events: DomainEvents,
  ) {}

  list(): Promise<Ministry[]> {
    return this.repo.find({ order: { name: 'ASC' } });
  }

  findByIds(ids: readonly string[]): Promise<Ministry[]> {
    return byIds(this.repo.manager.dataSource, Ministry, ids);
  }

  exists(id: string): Promise<boolean> {
    return this.repo.existsBy({ id });
  }

  async create(user: AuthUser, input: CreateMinistryInput): Promise<Ministry> {
    if (!can(user, 'reference:create')) throw new Forbidden('Only administrators add ministries.');
    if (await this.repo.existsBy({ acronym: input.acronym })) {
      throw new Conflict(`A ministry with the acronym ${input.acronym} already exists.`, {
        field: 'acronym',
      });
    }
    return this.repo.manager.transaction(async (tx) => {
      const ministry = await tx
        .getRepository(Ministry)
        .save(this.repo.create({ name: input.name.trim(), acronym: input.acronym }));
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
}
