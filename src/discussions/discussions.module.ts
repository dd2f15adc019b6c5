import { Module } from '@nestjs/common';
import { NeedsModule } from '../needs/needs.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { CommentsResolver } from './comments.resolver';
import { CommentsService } from './comments.service';
import {
  CommentPagesLoader,
  MentionableLoader,
  ThreadInfoLoader,
  ThreadsBySubjectLoader,
} from './discussions.loaders';
import { MatchEventsResolver } from './match-events.resolver';
import { MentionableService } from './mentionable.service';
import {
  MatchThreadResolver,
  NeedThreadResolver,
  SolutionThreadResolver,
  ThreadsResolver,
} from './threads.resolver';
import { ThreadsService } from './threads.service';

/** Threads and comments on needs, solutions and matches, and their live events. */
@Module({
  imports: [NeedsModule, NotificationsModule],
  providers: [
    ThreadsService,
    CommentsService,
    MentionableService,
    ThreadsResolver,
    NeedThreadResolver,
    SolutionThreadResolver,
    MatchThreadResolver,
    CommentsResolver,
    MatchEventsResolver,
    ThreadsBySubjectLoader,
    ThreadInfoLoader,
    CommentPagesLoader,
    MentionableLoader,
  ],
  exports: [ThreadsService],
})
export class DiscussionsModule {}
