import { Args, ID, Mutation, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import { AuthUser } from '../common/auth-user';
import { canReadThread } from '../auth/policy';
import { CurrentUser } from '../common/decorators';
import { LiveEvents, renewLoaders } from '../common/live-events';
import { LoadersFactory } from '../common/loaders';
import { GqlContext, NoArgs } from '../common/request-context';
import { User } from '../users/entities/user.entity';
import { UsersLoader } from '../users/users.loader';
import { CommentsService } from './comments.service';
import { EditCommentInput, PostCommentInput } from './dto/comment.inputs';
import { Comment } from './entities/comment.entity';
import { commentChannel, CommentAddedEvent, reviveComment } from './live';
import { ThreadsService } from './threads.service';

@Resolver(() => Comment)
export class CommentsResolver {
  constructor(
    private readonly comments: CommentsService,
    private readonly threads: ThreadsService,
    private readonly live: LiveEvents,
    private readonly loaders: LoadersFactory,
  ) {}

  @Mutation(() => Comment, {
    description: 'Appends a comment to a thread you may read; mentions notify their readers.',
  })
  postComment(@CurrentUser() user: AuthUser, @Args('input') input: PostCommentInput) {
    return this.comments.post(user, input.threadId, input.body);
  }

  @Mutation(() => Comment, { description: 'The author changes their comment (sets editedAt).' })
  editComment(@CurrentUser() user: AuthUser, @Args('input') input: EditCommentInput) {
    return this.comments.edit(user, input.commentId, input.body);
  }

  @Mutation(() => Comment, {
    description: 'The author or an administrator deletes a comment; a placeholder stays.',
  })
  deleteComment(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID }) id: string) {
    return this.comments.delete(user, id);
  }

  @Subscription(() => Comment, {
    description: 'New comments in a thread you may read.',
    filter(event: CommentAddedEvent, args: { threadId: string }, ctx: GqlContext) {
      const user = ctx.req.user;
      return (
        !!user && event.threadId === args.threadId.toLowerCase() && canReadThread(user, event.facts)
      );
    },
    resolve(this: CommentsResolver, event: CommentAddedEvent, _: unknown, ctx: GqlContext) {
      renewLoaders(ctx, this.loaders);
      return reviveComment(event.comment);
    },
  })
  async commentAdded(
    @CurrentUser() user: AuthUser,
    @Args('threadId', { type: () => ID }) threadId: string,
  ) {
    // Refused (NOT_FOUND) unless the caller may read the thread.
    const { thread } = await this.threads.get(user, threadId);
    return this.live.listen<CommentAddedEvent>(commentChannel(thread.id));
  }

  @ResolveField(() => User)
  author(comment: Comment, _: NoArgs, ctx: GqlContext) {
    return ctx.loaders.get(UsersLoader).load(comment.authorId);
  }

  @ResolveField(() => Boolean, { description: 'Deleted: a placeholder with an empty body.' })
  deleted(comment: Comment) {
    return comment.deletedAt !== null;
  }
}
