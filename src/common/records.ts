import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { AuthUser } from './auth-user';
import { DomainEvent, DomainEvents } from './domain-events';
import { SubjectType } from './enums';
import { NotFound, StaleVersion } from './errors';

/** A record with an id and a version for optimistic concurrency (needs, solutions, projects). */
export type VersionedRecord = ObjectLiteral & { id: string; version: number };

/** The operation and its author, as the audit trail names them. */
export interface Operation {
  actor: AuthUser;
  /** The GraphQL mutation: createNeed... */
  operation: string;
  /** The audit trail's entity type, and what the CONFLICT message calls it: `Need`. */
  entityType: string;
}

/** The fields of `changes` the caller gave (not undefined), for a patch. */
export function givenFields<T extends object, K extends keyof T>(
  changes: T,
  keys: readonly K[],
): Partial<Pick<T, K>> {
  const patch: Partial<Pick<T, K>> = {};
  for (const key of keys) if (changes[key] !== undefined) patch[key] = changes[key];
  return patch;
}

/**
 * The two ways records with a version and a thread change: created with
 * their thread and audit event in one transaction, and updated under
 * optimistic concurrency. Needs and solutions use them; so will projects.
 */
@Injectable()
export class Records {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly events: DomainEvents,
  ) {}

  /**
   * Inserts a record; the domain event it announces opens its thread (when
   * it is a subject of discussions) and writes its audit event, all in one
   * transaction.
   */
  create<T extends VersionedRecord>(
    entity: EntityTarget<T>,
    values: QueryDeepPartialEntity<T>,
    op: Operation & { subject: SubjectType | null },
  ): Promise<T> {
    return this.db.transaction(async (tx) => {
      const { identifiers } = await tx.getRepository(entity).insert(values);
      const id = identifiers[0].id as string;
      const record = await tx.getRepository(entity).findOneByOrFail({ id } as never);
      const change = { ...this.change(op, id), before: null, after: record };
      const created = op.subject ? { type: op.subject, id } : null;
      await this.events.publish(tx, new DomainEvent(change, created));
      return record;
    });
  }

  /**
   * Optimistic concurrency: the UPDATE names the version the caller edited,
   * so of two edits of one version exactly one finds its row; the other gets
   * CONFLICT (naming the version that won) and changes nothing. The row is
   * locked first, so that the audit event's "before" is what the UPDATE
   * changed, and so that `check` (a record's own rules on a change, such as
   * a need's status) judges the row as it stands until the commit; it runs
   * after the version check and refuses by throwing.
   */
  updateVersioned<T extends VersionedRecord>(
    entity: EntityTarget<T>,
    id: string,
    version: number,
    patch: QueryDeepPartialEntity<T>,
    op: Operation,
    check?: (locked: T, tx: EntityManager) => Promise<void>,
  ): Promise<T> {
    return this.db.transaction(async (tx) => {
      const repo = tx.getRepository(entity);
      const before = await repo
        .createQueryBuilder('record')
        .setLock('pessimistic_write')
        .where('record.id = :id', { id })
        .getOneOrFail();
      const stale = () => new StaleVersion(op.entityType.toLowerCase(), version, before.version);
      if (before.version !== version) throw stale();
      await check?.(before, tx);
      const result = await tx
        .createQueryBuilder()
        .update(entity)
        .set({ ...patch, version: () => 'version + 1', updatedAt: () => 'now()' } as never)
        .where('id = :id AND version = :version', { id, version })
        .execute();
      if (!result.affected) throw stale();
      const after = await repo.findOneByOrFail({ id } as never);
      await this.events.publish(tx, new DomainEvent({ ...this.change(op, id), before, after }));
      return after;
    });
  }

  /**
   * An edit of a record without a version (one that only administrators
   * change: a ministry, an organisation): the row is locked, `patchOf` works
   * out the change from it (and may refuse it), and the audit event gets the
   * record before and after. An empty patch writes and announces nothing.
   * NOT_FOUND when there is no such record.
   */
  update<T extends ObjectLiteral & { id: string }>(
    entity: EntityTarget<T>,
    id: string,
    patchOf: (before: T) => QueryDeepPartialEntity<T>,
    op: Operation,
  ): Promise<T> {
    return this.db.transaction(async (tx) => {
      const repo = tx.getRepository(entity);
      const before = await repo
        .createQueryBuilder('record')
        .setLock('pessimistic_write')
        .where('record.id = :id', { id })
        .getOne();
      if (!before) throw new NotFound(op.entityType, id);
      const patch = patchOf(before);
      if (!Object.keys(patch).length) return before;
      await repo.update(id, patch);
      const after = await repo.findOneByOrFail({ id } as never);
      await this.events.publish(tx, new DomainEvent({ ...this.change(op, id), before, after }));
      return after;
    });
  }

  private change(op: Operation, id: string) {
    return { actor: op.actor, operation: op.operation, entityType: op.entityType, entityId: id };
  }
}
