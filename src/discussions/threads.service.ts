import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { canReadThread, ThreadFacts } from '../auth/policy';
import { AuthUser } from '../common/auth-user';
import { DomainEvent, OnDomainEvent } from '../common/domain-events';
import { SubjectType } from '../common/enums';
import { assertUuid, NotFound } from '../common/errors';
import { Thread } from './entities/thread.entity';
import { SubjectKey, subjectKey, Subjects } from './subjects';
import { createThread } from './threads';

/** A thread with what its read rule needs and a short name of its subject. */
export interface ThreadInfo {
  thread: Thread;
  facts: ThreadFacts;
  target: { type: SubjectType; id: string };
  /** The need's or solution's title; "solution → need" for a match. */
  label: string;
}

@Injectable()
export class ThreadsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly subjects: Subjects,
  ) {}

  /**
   * Opens the thread of a record that came to be, in the transaction that
   * made it, so that no record is ever without its thread.
   */
  @OnDomainEvent(DomainEvent)
  async opened(event: DomainEvent, tx: EntityManager): Promise<void> {
    if (event.created) await createThread(tx, event.created);
  }

  /** A thread the caller may read; NOT_FOUND otherwise, as for its subject. */
  async get(user: AuthUser, id: string, manager?: EntityManager): Promise<ThreadInfo> {
    const [info] = await this.infos([assertUuid(id, 'threadId')], manager);
    if (!info || !canReadThread(user, info.facts)) throw new NotFound('Thread', id);
    return info;
  }

  /** Threads with their subjects' read facts and names, in one statement. */
  async infos(
    ids: readonly string[],
    manager: EntityManager = this.db.manager,
  ): Promise<(ThreadInfo | null)[]> {
    const rows: InfoRow[] = await manager.query(
      `SELECT t.id, t.subject_type, t.subject_id, t.created_at, s.facts, s.label
         FROM thread t CROSS JOIN LATERAL (${this.subjects.factsOf('t')}) s
        WHERE t.id = ANY($1::uuid[])`,
      [ids],
    );
    const byId = new Map(rows.map((r) => [r.id, toInfo(r)]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  /** The threads of subjects, for `Need.thread` and the like (the parent is readable). */
  async bySubjects(keys: readonly SubjectKey[]): Promise<(Thread | null)[]> {
    const pairs = keys.map((k) => k.split(':') as [SubjectType, string]);
    const threads = await this.db
      .getRepository(Thread)
      .createQueryBuilder('thread')
      .where(
        // Typed as the column (not cast to text), so that the unique index on the pair finds them.
        '(thread.subject_type, thread.subject_id) IN (SELECT * FROM unnest(CAST(:types AS public.subject_type[]), CAST(:ids AS uuid[])))',
        { types: pairs.map((p) => p[0]), ids: pairs.map((p) => p[1]) },
      )
      .getMany();
    const byKey = new Map(threads.map((t) => [subjectKey(t.subjectType, t.subjectId), t]));
    return keys.map((k) => byKey.get(k) ?? null);
  }
}

interface InfoRow {
  id: string;
  subject_type: SubjectType;
  subject_id: string;
  created_at: Date;
  facts: ThreadFacts;
  label: string;
}

function toInfo(r: InfoRow): ThreadInfo {
  const thread = Object.assign(new Thread(), {
    id: r.id,
    subjectType: r.subject_type,
    subjectId: r.subject_id,
    createdAt: r.created_at,
  });
  return {
    thread,
    facts: r.facts,
    target: { type: r.subject_type, id: r.subject_id },
    label: r.label,
  };
}
