import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { canDeleteComment, canEditComment, canPostInThread } from '../auth/policy';
import { AuthUser } from '../common/auth-user';
import { DomainEvent, DomainEvents } from '../common/domain-events';
import { assertUuid, BadInput, Conflict, Forbidden, NotFound } from '../common/errors';
import {
  Connection,
  decodeCursor,
  encodeCursor,
  MAX_PAGE_SIZE,
  SortKey,
} from '../common/pagination';
import { CommentPosted } from './comment-posted';
import { Comment } from './entities/comment.entity';
import { ThreadsService } from './threads.service';

/** A page of a thread's comments, as `Thread.comments(first, after)` asks for it. */
export interface CommentPageKey {
  threadId: string;
  first: number;
  after?: string | null;
}

const OLDEST_FIRST: SortKey[] = [
  { expr: 'created_at', type: 'timestamptz' },
  { expr: 'id', type: 'uuid' },
];

type CommentRow = Record<string, unknown> & { cursor_0: string; cursor_1: string };

@Injectable()
export class CommentsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly threads: ThreadsService,
    private readonly events: DomainEvents,
  ) {}

  /**
   * Appends a comment: whoever may read the thread may post in it. Commenters
   * and mentioned readers are notified, and subscribers hear of it once the
   * transaction has committed.
   */
  async post(user: AuthUser, threadId: string, body: string): Promise<Comment> {
    return this.db.transaction(async (tx) => {
      const info = await this.threads.get(user, threadId, tx);
      if (!canPostInThread(user, info.facts)) throw new NotFound('Thread', threadId);
      const comment = await this.insert(tx, info.thread.id, user.id, body);
      const change = {
        actor: user,
        operation: 'postComment',
        entityType: 'Comment',
        entityId: comment.id,
        before: null,
        after: comment,
      };
      await this.events.publish(tx, new CommentPosted(change, user, info, comment));
      return comment;
    });
  }

  /** The author edits their comment; `editedAt` says when. */
  async edit(user: AuthUser, id: string, body: string): Promise<Comment> {
    return this.db.transaction(async (tx) => {
      const before = await this.lockVisible(tx, user, id);
      if (!canEditComment(user, before)) throw new Forbidden('Only its author edits a comment.');
      if (before.deletedAt) throw new Conflict('This comment has been deleted.');
      await tx
        .getRepository(Comment)
        .update(before.id, { body, editedAt: () => 'clock_timestamp()' });
      const after = await tx.getRepository(Comment).findOneByOrFail({ id: before.id });
      await this.events.publish(
        tx,
        new DomainEvent({
          actor: user,
          operation: 'editComment',
          entityType: 'Comment',
          entityId: before.id,
          before,
          after,
        }),
      );
      return after;
    });
  }

  /**
   * The author, or an administrator, deletes a comment: it stays in the
   * thread as a placeholder (no body, `deletedAt` set). Deleting it again
   * changes nothing.
   */
  async delete(user: AuthUser, id: string): Promise<Comment> {
    return this.db.transaction(async (tx) => {
      const before = await this.lockVisible(tx, user, id);
      if (!canDeleteComment(user, before)) {
        throw new Forbidden('Only its author or an administrator deletes a comment.');
      }
      if (before.deletedAt) return before;
      await tx.getRepository(Comment).update(before.id, {
        body: '',
        deletedAt: () => 'clock_timestamp()',
        deletedById: user.id,
      });
      const after = await tx.getRepository(Comment).findOneByOrFail({ id: before.id });
      await this.events.publish(
        tx,
        new DomainEvent({
          actor: user,
          operation: 'deleteComment',
          entityType: 'Comment',
          entityId: before.id,
          before,
          after,
        }),
      );
      return after;
    });
  }

  /** A comment in a thread the caller may read, locked for a change; NOT_FOUND otherwise. */
  private async lockVisible(tx: EntityManager, user: AuthUser, id: string): Promise<Comment> {
    const comment = await tx
      .getRepository(Comment)
      .createQueryBuilder('comment')
      .setLock('pessimistic_write')
      .where('comment.id = :id', { id: assertUuid(id, 'commentId') })
      .getOne();
    if (!comment) throw new NotFound('Comment', id);
    try {
      await this.threads.get(user, comment.threadId, tx);
    } catch (err) {
      if (err instanceof NotFound) throw new NotFound('Comment', id);
      throw err;
    }
    return comment;
  }

  private async insert(tx: EntityManager, threadId: string, authorId: string, body: string) {
    const rows: Record<string, unknown>[] = await tx.query(
      // clock_timestamp(), not now(): comments of one transaction still order as written.
      `INSERT INTO comment (thread_id, author_id, body, created_at) VALUES ($1, $2, $3, clock_timestamp())
       RETURNING *`,
      [threadId, authorId, body],
    );
    return commentFromRow(rows[0]);
  }

  /**
   * Pages of many threads' comments, oldest first, for the loader behind
   * `Thread.comments`: every first page of a tick in one query (a window
   * over the threads), pages after a cursor one query each, counts in one.
   */
  async pages(keys: readonly CommentPageKey[]): Promise<Connection<Comment>[]> {
    for (const key of keys) {
      if (!Number.isInteger(key.first) || key.first < 0 || key.first > MAX_PAGE_SIZE) {
        throw new BadInput(`first must be from 0 to ${MAX_PAGE_SIZE}.`, 'first');
      }
      if (key.after) decodeCursor(key.after, OLDEST_FIRST);
    }
    const threadIds = [...new Set(keys.map((k) => k.threadId))];
    const counts = new Map<string, number>(
      (
        (await this.db.query(
          `SELECT thread_id, count(*)::int AS n FROM comment WHERE thread_id = ANY($1::uuid[]) GROUP BY thread_id`,
          [threadIds],
        )) as { thread_id: string; n: number }[]
      ).map((r) => [r.thread_id, r.n]),
    );

    const rowsOf = new Map<CommentPageKey, CommentRow[]>();
    const firstPages = keys.filter((k) => !k.after && k.first > 0);
    for (const size of new Set(firstPages.map((k) => k.first))) {
      const group = firstPages.filter((k) => k.first === size);
      const rows: (CommentRow & { thread_id: string })[] = await this.db.query(
        `SELECT * FROM (
           SELECT c.*, c.created_at::text AS cursor_0, c.id::text AS cursor_1,
                  row_number() OVER (PARTITION BY c.thread_id ORDER BY c.created_at, c.id) AS rn
             FROM comment c WHERE c.thread_id = ANY($1::uuid[])
         ) page WHERE rn <= $2 ORDER BY thread_id, rn`,
        [[...new Set(group.map((k) => k.threadId))], size + 1],
      );
      for (const key of group)
        rowsOf.set(
          key,
          rows.filter((r) => r.thread_id === key.threadId),
        );
    }
    for (const key of keys.filter((k) => k.after && k.first > 0)) {
      const [createdAt, id] = decodeCursor(key.after as string, OLDEST_FIRST);
      rowsOf.set(
        key,
        await this.db.query(
          `SELECT c.*, c.created_at::text AS cursor_0, c.id::text AS cursor_1 FROM comment c
            WHERE c.thread_id = $1 AND (c.created_at, c.id) > ($2::timestamptz, $3::uuid)
            ORDER BY c.created_at, c.id LIMIT $4`,
          [key.threadId, createdAt, id, key.first + 1],
        ),
      );
    }

    return keys.map((key) => {
      const totalCount = counts.get(key.threadId) ?? 0;
      const rows = rowsOf.get(key) ?? [];
      const edges = rows.slice(0, key.first).map((r) => ({
        node: commentFromRow(r),
        cursor: encodeCursor([r.cursor_0, r.cursor_1]),
      }));
      return {
        edges,
        totalCount,
        pageInfo: {
          hasNextPage: key.first === 0 ? totalCount > 0 : rows.length > key.first,
          endCursor: edges.length ? edges[edges.length - 1].cursor : null,
        },
      };
    });
  }
}

export function commentFromRow(r: Record<string, unknown>): Comment {
  const date = (v: unknown) => (v === null || v === undefined ? null : new Date(v as string));
  return Object.assign(new Comment(), {
    id: r.id as string,
    threadId: r.thread_id as string,
    authorId: r.author_id as string,
    body: r.body as string,
    createdAt: date(r.created_at) as Date,
    editedAt: date(r.edited_at),
    deletedAt: date(r.deleted_at),
    deletedById: (r.deleted_by_id as string | null) ?? null,
  });
}
