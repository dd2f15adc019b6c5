import { Args, ID, Resolver, Subscription } from '@nestjs/graphql';
import { AuthUser } from '../common/auth-user';
import { canReadMatch } from '../auth/policy';
import { CurrentUser } from '../common/decorators';
import { LiveEvents, renewLoaders } from '../common/live-events';
import { LoadersFactory } from '../common/loaders';
import { GqlContext } from '../common/request-context';
import { Match } from './entities/match.entity';
import { NeedsService } from '../needs';
import { matchChannel, MatchUpdatedEvent, reviveMatch } from './match-live';

/** Live changes of matches: proposals, reviews, decisions, withdrawals. */
@Resolver(() => Match)
export class MatchEventsResolver {
  constructor(
    private readonly needs: NeedsService,
    private readonly live: LiveEvents,
    private readonly loaders: LoadersFactory,
  ) {}

  @Subscription(() => Match, {
    description:
      "Every committed change of a match you may read: of one need's matches, or of all of them.",
    filter(event: MatchUpdatedEvent, args: { needId?: string | null }, ctx: GqlContext) {
      const user = ctx.req.user;
      return (
        !!user &&
        (!args.needId || event.needId === args.needId.toLowerCase()) &&
        canReadMatch(user, event.need, event.solution)
      );
    },
    resolve(this: MatchEventsResolver, event: MatchUpdatedEvent, _: unknown, ctx: GqlContext) {
      renewLoaders(ctx, this.loaders);
      return reviveMatch(event.match);
    },
  })
  async matchUpdated(
    @CurrentUser() user: AuthUser,
    @Args('needId', { type: () => ID, nullable: true }) needId?: string | null,
  ) {
    // Refused (NOT_FOUND) unless the caller may read the need.
    const need = needId ? await this.needs.get(user, needId) : null;
    return this.live.listen<MatchUpdatedEvent>(matchChannel(need?.id));
  }
}
