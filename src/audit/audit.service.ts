import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuthUser } from '../common/auth-user';
import { Change, DomainEvent, OnDomainEvent } from '../common/domain-events';
import { canReadAudit } from '../auth/policy';
import { Forbidden } from '../common/errors';
import { Connection, keysetPage, SortKey, PageArgs } from '../common/pagination';
import { diffRecords } from './audit-diff';
import { AuditEventFilter } from './dto/audit-events.args';
import { AuditEvent } from './entities/audit-event.entity';

const NEWEST_FIRST: SortKey[] = [
  { expr: 'event.occurred_at', type: 'timestamptz' },
  { expr: 'event.id', type: 'uuid' },
];

@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * Every domain event's change, written on `tx`, the transaction of the
   * change itself, so that the change and its record commit or roll back
   * together.
   */
  @OnDomainEvent(DomainEvent)
  async recordEvent(event: DomainEvent, tx: EntityManager): Promise<void> {
    await this.record(tx, event.change);
  }

  private async record(tx: EntityManager, entry: Change): Promise<void> {
    // Stored as jsonb; typed loosely for TypeORM, whose partial types do not follow recursive JSON.
    const changes = [...diffRecords(entry.before, entry.after), ...(entry.also ?? [])] as {
      field: string;
      before: object;
      after: object;
    }[];
    await tx.getRepository(AuditEvent).insert({
      actorId: entry.actor?.id ?? null,
      operation: entry.operation,
      entityType: entry.entityType,
      entityId: entry.entityId,
      changes,
      requestId: entry.actor?.requestId ?? null,
    });
  }

  /** The trail, newest first, for the working group. */
  list(
    user: AuthUser,
    filter: AuditEventFilter | null | undefined,
    page: PageArgs,
  ): Promise<Connection<AuditEvent>> {
    if (!canReadAudit(user)) {
      throw new Forbidden('Only administrators and coordinators read the audit trail.');
    }
    filter ??= {};
    const qb = this.db.getRepository(AuditEvent).createQueryBuilder('event');
    if (filter.entityId) qb.andWhere('event.entity_id = :entityId', { entityId: filter.entityId });
    if (filter.actorId) qb.andWhere('event.actor_id = :actorId', { actorId: filter.actorId });
    if (filter.from) qb.andWhere('event.occurred_at >= :from', { from: filter.from });
    if (filter.to) qb.andWhere('event.occurred_at <= :to', { to: filter.to });
    if (filter.operations) {
      // An empty list asks for no operation: nothing, rather than everything.
      qb.andWhere('event.operation = ANY(:operations)', { operations: filter.operations });
    }
    return keysetPage(qb, NEWEST_FIRST, page);
  }
}
