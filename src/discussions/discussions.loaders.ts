import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { AuthUser } from '../common/auth-user';
import { SubjectType } from '../common/enums';
import { Unauthenticated } from '../common/errors';
import { LoaderFactory } from '../common/loaders';
import { Connection } from '../common/pagination';
import { GqlContext } from '../common/request-context';
import { User } from '../users/entities/user.entity';
import { CommentPageKey, CommentsService } from './comments.service';
import { Comment } from './entities/comment.entity';
import { Thread } from './entities/thread.entity';
import { MentionableRequest, MentionableService } from './mentionable.service';
import { SubjectKey, subjectKey } from './subjects';
import { ThreadInfo, ThreadsService } from './threads.service';

/** The thread of a record, keyed `NEED:<id>` and so on (`subjectKey`): for `Need.thread` and the like. */
@Injectable()
export class ThreadsBySubjectLoader implements LoaderFactory<SubjectKey, Thread | null> {
  constructor(private readonly threads: ThreadsService) {}
  create() {
    return new DataLoader<SubjectKey, Thread | null>((keys) => this.threads.bySubjects(keys));
  }
}

/** Threads with their subjects (for `Thread.subject`); readable by whoever reached the thread. */
@Injectable()
export class ThreadInfoLoader implements LoaderFactory<string, ThreadInfo | null> {
  constructor(private readonly threads: ThreadsService) {}
  create() {
    return new DataLoader<string, ThreadInfo | null>((ids) => this.threads.infos(ids));
  }
}

/** Pages of comments, batched across the threads of one tick. */
@Injectable()
export class CommentPagesLoader implements LoaderFactory<CommentPageKey, Connection<Comment>> {
  constructor(private readonly comments: CommentsService) {}
  create() {
    return new DataLoader<CommentPageKey, Connection<Comment>, string>(
      (keys) => this.comments.pages(keys),
      { cacheKeyFn: (k) => JSON.stringify([k.threadId, k.first, k.after ?? null]) },
    );
  }
}

/**
 * `Thread.mentionable` of the threads of one tick, so that the service sees
 * them together (and refuses a whole list of them).
 */
@Injectable()
export class MentionableLoader implements LoaderFactory<MentionableRequest, User[]> {
  constructor(private readonly mentionable: MentionableService) {}
  create(user: AuthUser | undefined) {
    return new DataLoader<MentionableRequest, User[], string>(
      async (requests) =>
        user
          ? this.mentionable.findEach(user, requests)
          : requests.map(() => new Unauthenticated()),
      {
        cacheKeyFn: (r) => JSON.stringify([r.thread?.thread.id ?? null, r.search, r.first]),
      },
    );
  }
}

/** The thread of a record, for the `thread` field its feature adds to its type. */
export const threadOf = (ctx: GqlContext, type: SubjectType, id: string) =>
  ctx.loaders.get(ThreadsBySubjectLoader).load(subjectKey(type, id));
