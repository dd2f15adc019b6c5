import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications/notifications.module';
import { CommentPostedListeners } from './comment-posted';
import { CommentsResolver } from './comments.resolver';
import { CommentsService } from './comments.service';
import {
  CommentPagesLoader,
  MentionableLoader,
  ThreadInfoLoader,
  ThreadsBySubjectLoader,
} from './discussions.loaders';
import { MentionableService } from './mentionable.service';
import { Subjects } from './subjects';
import { ThreadsResolver } from './threads.resolver';
import { ThreadsService } from './threads.service';

/**
 * Threads and comments about any kind of record, and their live events. A
 * feature whose records have threads registers its kind with `Subjects` and
 * adds a `thread` field to its type (`threadOf`).
 */
@Module({
  imports: [NotificationsModule],
  providers: [
    Subjects,
    ThreadsService,
    CommentsService,
    CommentPostedListeners,
    MentionableService,
    ThreadsResolver,
    CommentsResolver,
    ThreadsBySubjectLoader,
    ThreadInfoLoader,
    CommentPagesLoader,
    MentionableLoader,
  ],
  exports: [Subjects, ThreadsService],
})
export class DiscussionsModule {}
