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

  /** Threads with their subjects' read facts: one query for the threads, one per kind of subject. */
  async infos(
    ids: readonly string[],
    manager: EntityManager = this.db.manager,
  ): Promise<(ThreadInfo | null)[]> {
    const threads = await manager
      .getRepository(Thread)
      .createQueryBuilder('thread')
      .where('thread.id = ANY(:ids)', { ids })
      .getMany();
    const subjects = await this.subjects.describe(
      manager,
      threads.map((t) => ({ type: t.subjectType, id: t.subjectId })),
    );
    const byId = new Map<string, ThreadInfo>();
    for (const thread of threads) {
      const subject = subjects.get(subjectKey(thread.subjectType, thread.subjectId));
      if (!subject) continue;
      byId.set(thread.id, {
        thread,
        facts: subject.facts,
        target: { type: thread.subjectType, id: thread.subjectId },
        label: subject.label,
      });
    }
    return ids.map((id) => byId.get(id) ?? null);
  }

  /** The threads of subjects, for `Need.thread` and the like (the parent is readable). */
  async bySubjects(keys: readonly SubjectKey[]): Promise<(Thread | null)[]> {
    const pairs = keys.map((k) => k.split(':') as [SubjectType, string]);
    const threads = await this.db
      .getRepository(Thread)
      .createQueryBuilder('thread')
      .where(
        '(thread.subject_type::text, thread.subject_id) IN (SELECT * FROM unnest(CAST(:types AS text[]), CAST(:ids AS uuid[])))',
        { types: pairs.map((p) => p[0]), ids: pairs.map((p) => p[1]) },
      )
      .getMany();
    const byKey = new Map(threads.map((t) => [subjectKey(t.subjectType, t.subjectId), t]));
    return keys.map((k) => byKey.get(k) ?? null);
  }
}
