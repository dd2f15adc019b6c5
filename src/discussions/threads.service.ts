import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuthUser } from '../auth/auth-user';
import { canReadThread, ThreadFacts } from '../auth/policy';
import { NeedStatus, SolutionStatus, SubjectType, Visibility } from '../common/enums';
import { assertUuid, NotFound } from '../common/errors';
import { Thread } from './entities/thread.entity';

/** A thread with what its read rule needs and a short name of its subject. */
export interface ThreadInfo {
  thread: Thread;
  facts: ThreadFacts;
  target: { type: SubjectType; id: string };
  /** The need's or solution's title; "solution → need" for a match. */
  label: string;
}

interface FactsRow {
  id: string;
  need_id: string | null;
  solution_id: string | null;
  match_id: string | null;
  created_at: Date;
  n_title: string | null;
  n_status: NeedStatus | null;
  n_visibility: Visibility | null;
  n_ministry_id: string | null;
  n_created_by_id: string | null;
  s_title: string | null;
  s_status: SolutionStatus | null;
  s_provider_id: string | null;
}

/** Keys of the thread-by-subject loader: `NEED:<id>`, `SOLUTION:<id>`, `MATCH:<id>`. */
export type SubjectKey = `${SubjectType}:${string}`;

const COLUMN: Record<SubjectType, 'need_id' | 'solution_id' | 'match_id'> = {
  [SubjectType.NEED]: 'need_id',
  [SubjectType.SOLUTION]: 'solution_id',
  [SubjectType.MATCH]: 'match_id',
};

@Injectable()
export class ThreadsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** A thread the caller may read; NOT_FOUND otherwise, as for its subject. */
  async get(user: AuthUser, id: string, manager?: EntityManager): Promise<ThreadInfo> {
    const [info] = await this.infos([assertUuid(id, 'threadId')], manager);
    if (!info || !canReadThread(user, info.facts)) throw new NotFound('Thread', id);
    return info;
  }

  /**
   * Threads with their subjects' read facts, in one query: a match's thread
   * reaches its need and solution through the match.
   */
  async infos(ids: readonly string[], manager: EntityManager = this.db.manager) {
    const rows: FactsRow[] = await manager.query(
      `SELECT t.id, t.need_id, t.solution_id, t.match_id, t.created_at,
              n.title AS n_title, n.status AS n_status, n.visibility AS n_visibility,
              n.ministry_id AS n_ministry_id, n.created_by_id AS n_created_by_id,
              s.title AS s_title, s.status AS s_status, s.provider_id AS s_provider_id
         FROM thread t
         LEFT JOIN match m ON m.id = t.match_id
         LEFT JOIN need n ON n.id = coalesce(t.need_id, m.need_id)
         LEFT JOIN solution s ON s.id = coalesce(t.solution_id, m.solution_id)
        WHERE t.id = ANY($1::uuid[])`,
      [ids],
    );
    const byId = new Map(rows.map((r) => [r.id, toInfo(r)]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  /** The threads of subjects, for `Need.thread` and the like (the parent is readable). */
  async bySubjects(keys: readonly SubjectKey[]): Promise<(Thread | null)[]> {
    const ids: Record<SubjectType, string[]> = { NEED: [], SOLUTION: [], MATCH: [] };
    for (const key of keys) {
      const [type, id] = key.split(':') as [SubjectType, string];
      ids[type].push(id);
    }
    const qb = this.db.getRepository(Thread).createQueryBuilder('thread').where('FALSE');
    for (const type of Object.values(SubjectType)) {
      if (ids[type].length) {
        qb.orWhere(`thread.${COLUMN[type]} IN (:...${type})`, { [type]: ids[type] });
      }
    }
    const threads = await qb.getMany();
    const byKey = new Map<string, Thread>();
    for (const t of threads) {
      if (t.needId) byKey.set(`NEED:${t.needId}`, t);
      if (t.solutionId) byKey.set(`SOLUTION:${t.solutionId}`, t);
      if (t.matchId) byKey.set(`MATCH:${t.matchId}`, t);
    }
    return keys.map((k) => byKey.get(k) ?? null);
  }
}

function toInfo(r: FactsRow): ThreadInfo {
  const thread = Object.assign(new Thread(), {
    id: r.id,
    needId: r.need_id,
    solutionId: r.solution_id,
    matchId: r.match_id,
    createdAt: r.created_at,
  });
  const need = {
    status: r.n_status as NeedStatus,
    visibility: r.n_visibility as Visibility,
    ministryId: r.n_ministry_id,
    createdById: r.n_created_by_id as string,
  };
  const solution = { status: r.s_status as SolutionStatus, providerId: r.s_provider_id as string };
  if (r.need_id) {
    return {
      thread,
      facts: { subject: 'NEED', need },
      target: { type: SubjectType.NEED, id: r.need_id },
      label: r.n_title ?? '',
    };
  }
  if (r.solution_id) {
    return {
      thread,
      facts: { subject: 'SOLUTION', solution },
      target: { type: SubjectType.SOLUTION, id: r.solution_id },
      label: r.s_title ?? '',
    };
  }
  return {
    thread,
    facts: { subject: 'MATCH', need, solution },
    target: { type: SubjectType.MATCH, id: r.match_id as string },
    label: `${r.s_title ?? ''} → ${r.n_title ?? ''}`,
  };
}
