import { Args, Context, ID, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AuthUser } from '../common/auth-user';
import { CurrentUser } from '../common/decorators';
import { Paginated } from '../common/pagination';
import { GqlContext, NoArgs } from '../common/request-context';
import { User } from '../users/entities/user.entity';
import { CommentPagesLoader, MentionableLoader, ThreadInfoLoader } from './discussions.loaders';
import { MentionableArgs } from './dto/mentionable.args';
import { Comment } from './entities/comment.entity';
import { Thread } from './entities/thread.entity';
import { ThreadsService } from './threads.service';

export const CommentConnection = Paginated(Comment, 'Comment');

@Resolver(() => Thread)
export class ThreadsResolver {
  constructor(private readonly threads: ThreadsService) {}

  @Query(() => Thread, {
    nullable: true,
    description: 'A thread you may read (you may read what it is about).',
  })
  async thread(
    @CurrentUser() user: AuthUser,
    @Context() ctx: GqlContext,
    @Args('id', { type: () => ID }) id: string,
  ) {
    const info = await this.threads.get(user, id);
    // Its fields (subject, mentionable) read the same facts: no second query.
    ctx.loaders.get(ThreadInfoLoader).prime(info.thread.id, info);
    return info.thread;
  }

  @ResolveField(() => String, {
    description: 'What the thread is about, by name: a title, or "solution → need" for a match.',
  })
  async subject(thread: Thread, _: NoArgs, ctx: GqlContext) {
    return (await ctx.loaders.get(ThreadInfoLoader).load(thread.id))?.label ?? '';
  }

  @ResolveField(() => CommentConnection, { description: 'The comments, oldest first.' })
  comments(
    @Parent() thread: Thread,
    @Context() ctx: GqlContext,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 50 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ) {
    return ctx.loaders
      .get(CommentPagesLoader)
      .load({ threadId: thread.id, first: first ?? 50, after });
  }

  @ResolveField(() => [User], {
    description:
      'People you can mention here: those who may read the thread, you aside, whose name or one of its words starts with `search` (accents and case aside); names that start with it first. For an empty search, those who wrote in the thread and those its subject names come first. For one thread at a time: at most 5 threads in a request.',
  })
  async mentionable(
    @Parent() thread: Thread,
    @Context() ctx: GqlContext,
    @Args() { search, first }: MentionableArgs,
  ): Promise<User[]> {
    // The read facts come through the loader `subject` uses: one query for both.
    const info = await ctx.loaders.get(ThreadInfoLoader).load(thread.id);
    return ctx.loaders.get(MentionableLoader).load({ thread: info, search, first });
  }
}
