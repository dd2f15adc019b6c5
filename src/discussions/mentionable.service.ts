import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuthUser } from '../common/auth-user';
import { canReadThread } from '../auth/policy';
import { Locale, Role } from '../common/enums';
import { BadInput, NotFound } from '../common/errors';
import { User } from '../users/entities/user.entity';
import { Subjects } from './subjects';
import { ThreadInfo } from './threads.service';

interface UserRow {
  id: string;
  email: string;
  display_name: string;
  role: Role;
  ministry_id: string | null;
  organization_id: string | null;
  locale: Locale;
  created_at: Date;
  updated_at: Date;
}

/**
 * Rows read per query. The read rule is the policy's (`canReadThread`,
 * applied in Node), so a page may hold people who may not read the thread:
 * another page is read only when too few of them could.
 */
const BATCH = 100;
/** Enough for any real search; bounds the work a bare `@` costs on a thread few may read. */
const MAX_BATCHES = 5;

/**
 * Threads one request may ask `mentionable` of. The completion asks for one;
 * each thread costs its own query, so a list of needs asking it for every
 * thread is refused instead of running a hundred of them.
 */
export const MAX_MENTIONABLE_THREADS = 5;

/** One `Thread.mentionable` of a request: the thread (with its read facts) and the arguments. */
export interface MentionableRequest {
  thread: ThreadInfo | null;
  search: string;
  first: number;
}

/** Word separators in a folded name (as the client's `mentionSuggestions` splits it), as spaces. */
const WORDS = (expr: string) =>
  `translate(${expr}, chr(9) || chr(10) || chr(13) || '''-', '     ')`;

/**
 * Candidates in the order the completion shows them. `$1` the search as
 * typed (trimmed), `$2` the caller, `$3` the thread, `$4`/`$5` the page,
 * `$6` the thread's subject.
 * Names and search are folded alike (unaccent, lower case), each name once
 * (`OFFSET 0` keeps the planner from folding it again for the sort); rank 0
 * when the name starts with the search, 1 when a later word does (after a
 * space, an apostrophe or a hyphen). For a bare `@`, the thread's
 * commenters come first, then the people its record names (its subject
 * kind's `peopleSql`: creator, proposer, decider, reviewers). Only the page's rows are read in full.
 */
const candidates = (recordPeople: string) => `
  WITH s AS MATERIALIZED (SELECT lower(public.unaccent($1::text)) AS q),
  record_people AS (${recordPeople.replace(/:subjectId/g, () => '$6::uuid')}),
  ranked AS (
    SELECT f.id, f.name, s.q,
           CASE
             WHEN starts_with(f.name, s.q) THEN 0
             WHEN strpos(${WORDS('f.name')}, ' ' || ${WORDS('s.q')}) > 0 THEN 1
           END AS rank
      FROM (SELECT u.id, lower(public.unaccent(u.display_name)) AS name
              FROM "user" u WHERE u.id <> $2 AND u.deactivated_at IS NULL OFFSET 0) f
     CROSS JOIN s
  ),
  page AS (
    SELECT id, rank, name,
           CASE
             WHEN q <> '' THEN 0
             WHEN EXISTS (SELECT 1 FROM comment c WHERE c.thread_id = $3 AND c.author_id = ranked.id)
               THEN 0
             WHEN id IN (SELECT id FROM record_people) THEN 1
             ELSE 2
           END AS involvement
      FROM ranked
     WHERE rank IS NOT NULL
     ORDER BY rank, involvement, name, id
     LIMIT $4 OFFSET $5
  )
  SELECT u.id, u.email, u.display_name, u.role, u.ministry_id, u.organization_id, u.locale,
         u.created_at, u.updated_at
    FROM page JOIN "user" u ON u.id = page.id
   ORDER BY page.rank, page.involvement, page.name, page.id`;

/** Who can be mentioned in a thread: `Thread.mentionable`. */
@Injectable()
export class MentionableService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly subjects: Subjects,
  ) {}

  /**
   * The `mentionable` fields of one request, in order: the people, or the
   * error for that field. More than MAX_MENTIONABLE_THREADS threads at once
   * are refused (BAD_USER_INPUT).
   */
  async findEach(
    user: AuthUser,
    requests: readonly MentionableRequest[],
  ): Promise<(User[] | Error)[]> {
    const threads = new Set(requests.map((r) => r.thread?.thread.id));
    if (threads.size > MAX_MENTIONABLE_THREADS) {
      const refusal = new BadInput(
        `mentionable is for one thread at a time (at most ${MAX_MENTIONABLE_THREADS} in a request).`,
        'mentionable',
      );
      return requests.map(() => refusal);
    }
    const results: (User[] | Error)[] = [];
    // One after the other: a handful at most, and each is one query.
    for (const r of requests) {
      results.push(
        await this.find(user, r.thread, r.search, r.first).catch((e: unknown) =>
          e instanceof Error ? e : new Error(String(e)),
        ),
      );
    }
    return results;
  }

  /**
   * People other than the caller who may read the thread (the rule that
   * decides who hears of a mention) and whose name, or a word of it, starts
   * with `search`. NOT_FOUND when the caller may not read the thread: every
   * way to a thread checks that already, this keeps it true for new ones.
   */
  async find(
    user: AuthUser,
    thread: ThreadInfo | null,
    search: string,
    first: number,
  ): Promise<User[]> {
    if (!thread || !canReadThread(user, thread.facts)) {
      throw new NotFound('Thread', thread?.thread.id);
    }
    const { facts } = thread;
    const threadId = thread.thread.id;
    const sql = candidates(this.subjects.kind(thread.target.type).peopleSql);
    const found: User[] = [];
    for (let batch = 0; batch < MAX_BATCHES && found.length < first; batch++) {
      const rows: UserRow[] = await this.db.query(sql, [
        search,
        user.id,
        threadId,
        BATCH,
        batch * BATCH,
        thread.target.id,
      ]);
      for (const row of rows) {
        const candidate = toUser(row);
        if (canReadThread(candidate, facts)) found.push(candidate);
        if (found.length === first) break;
      }
      if (rows.length < BATCH) break;
    }
    return found;
  }
}

function toUser(r: UserRow): User {
  return Object.assign(new User(), {
    id: r.id,
    email: r.email,
    displayName: r.display_name,
    role: r.role,
    ministryId: r.ministry_id,
    organizationId: r.organization_id,
    locale: r.locale,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  });
}
