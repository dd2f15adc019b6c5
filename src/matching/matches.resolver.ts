import {
  Args,
  Context,
  ID,
  Int,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { AuthUser } from '../common/auth-user';
import { CurrentUser } from '../common/decorators';
import { SubjectType } from '../common/enums';
import { Paginated, CountsTotal } from '../common/pagination';
import { GqlContext, NoArgs } from '../common/request-context';
import { threadOf } from '../discussions/discussions.loaders';
import { Thread } from '../discussions/entities/thread.entity';
import { localeOf } from '../i18n/i18n';
import { Need, NeedsService } from '../needs';
import { Solution } from '../solutions';
import { User } from '../users/entities/user.entity';
import { UsersLoader } from '../users/users.loader';
import {
  DecideMatchInput,
  MatchesArgs,
  ProposeMatchInput,
  ReviewMatchInput,
} from './dto/match.inputs';
import { MatchReason, NeedSuggestion, SolutionSuggestion } from './dto/suggestion.types';
import { Match } from './entities/match.entity';
import { Review } from './entities/review.entity';
import {
  MatchesByNeedLoader,
  MatchesBySolutionLoader,
  MatchReasonsLoader,
  NeedsLoader,
  ReviewsByMatchLoader,
  SolutionsLoader,
} from './matching.loaders';
import { MatchesService } from './matches.service';
import { SuggestionsService } from './suggestions.service';

export const MatchConnection = Paginated(Match, 'Match');

/** The request's language (Accept-Language), else the caller's own. */

@Resolver(() => Match)
export class MatchesResolver {
  constructor(private readonly service: MatchesService) {}

  @Query(() => MatchConnection, { description: 'The matches you may read, newest first.' })
  matches(
    @CurrentUser() user: AuthUser,
    @Args() { filter, first, after }: MatchesArgs,
    @CountsTotal() withTotal: boolean,
  ) {
    return this.service.list(user, filter, { first, after, withTotal });
  }

  @Query(() => Match, { nullable: true })
  match(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID }) id: string) {
    return this.service.get(user, id);
  }

  @Mutation(() => Match, {
    description: 'Propose a published solution for an open or matched need.',
  })
  proposeMatch(@CurrentUser() user: AuthUser, @Args('input') input: ProposeMatchInput) {
    return this.service.propose(user, input);
  }

  @Mutation(() => Match, { description: 'PROPOSED → UNDER_REVIEW (coordinators).' })
  startReview(@CurrentUser() user: AuthUser, @Args('matchId', { type: () => ID }) matchId: string) {
    return this.service.startReview(user, matchId);
  }

  @Mutation(() => Review, { description: 'Give (or replace) your review of a match under review.' })
  reviewMatch(@CurrentUser() user: AuthUser, @Args('input') input: ReviewMatchInput) {
    return this.service.review(user, input);
  }

  @Mutation(() => Match, { description: 'UNDER_REVIEW → ACCEPTED or REJECTED (coordinators).' })
  decideMatch(@CurrentUser() user: AuthUser, @Args('input') input: DecideMatchInput) {
    return this.service.decide(user, input);
  }

  @Mutation(() => Match, { description: 'The proposer takes the match back, before the decision.' })
  withdrawMatch(
    @CurrentUser() user: AuthUser,
    @Args('matchId', { type: () => ID }) matchId: string,
  ) {
    return this.service.withdraw(user, matchId);
  }

  @ResolveField(() => Need)
  need(match: Match, _: NoArgs, ctx: GqlContext) {
    return ctx.loaders.get(NeedsLoader).load(match.needId);
  }

  @ResolveField(() => Solution)
  solution(match: Match, _: NoArgs, ctx: GqlContext) {
    return ctx.loaders.get(SolutionsLoader).load(match.solutionId);
  }

  @ResolveField(() => User)
  proposedBy(match: Match, _: NoArgs, ctx: GqlContext) {
    return ctx.loaders.get(UsersLoader).load(match.proposedById);
  }

  @ResolveField(() => User, { nullable: true })
  decidedBy(match: Match, _: NoArgs, ctx: GqlContext) {
    return match.decidedById ? ctx.loaders.get(UsersLoader).load(match.decidedById) : null;
  }

  @ResolveField(() => [Review])
  reviews(match: Match, _: NoArgs, ctx: GqlContext) {
    return ctx.loaders.get(ReviewsByMatchLoader).load(match.id);
  }

  @ResolveField(() => [MatchReason], {
    description:
      "The engine's reasons for this pair as it stands now, in the language of the request; empty when it would no longer be suggested.",
  })
  async reasons(match: Match, _: NoArgs, ctx: GqlContext): Promise<MatchReason[]> {
    const need = await ctx.loaders.get(NeedsLoader).load(match.needId);
    if (!need) return [];
    return ctx.loaders
      .get(MatchReasonsLoader)
      .load({ need, solutionId: match.solutionId, locale: localeOf(ctx) });
  }

  @ResolveField(() => Thread, { nullable: true, description: 'The discussion of this match.' })
  thread(match: Match, _: NoArgs, ctx: GqlContext) {
    return threadOf(ctx, SubjectType.MATCH, match.id);
  }
}

@Resolver(() => Review)
export class ReviewsResolver {
  @ResolveField(() => User)
  reviewer(review: Review, _: NoArgs, ctx: GqlContext) {
    return ctx.loaders.get(UsersLoader).load(review.reviewerId);
  }
}

/** The matching fields of a need: its ranked suggestions and its matches. */
@Resolver(() => Need)
export class NeedMatchingResolver {
  constructor(private readonly suggestions: SuggestionsService) {}

  @ResolveField(() => [SolutionSuggestion], {
    description:
      'Ranked, explained suggestions among published solutions, best first (at most 50).',
  })
  async suggestedSolutions(
    @Parent() need: Need,
    @CurrentUser() user: AuthUser,
    @Context() ctx: GqlContext,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 10 }) first: number,
  ): Promise<SolutionSuggestion[]> {
    const ranked = await this.suggestions.solutionsForNeed(need, first ?? 10, localeOf(ctx), user);
    return ranked.map((r) => ({ solution: r.item, score: r.score, reasons: r.reasons }));
  }

  @ResolveField(() => [Match])
  matches(need: Need, _: NoArgs, ctx: GqlContext) {
    return ctx.loaders.get(MatchesByNeedLoader).load(need.id);
  }
}

/** The matching fields of a solution. */
@Resolver(() => Solution)
export class SolutionMatchingResolver {
  constructor(
    private readonly suggestions: SuggestionsService,
    private readonly needs: NeedsService,
  ) {}

  @ResolveField(() => [NeedSuggestion], {
    description: 'Ranked, explained open needs this solution could serve, best first (at most 50).',
  })
  async suggestedNeeds(
    @Parent() solution: Solution,
    @CurrentUser() user: AuthUser,
    @Context() ctx: GqlContext,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 10 }) first: number,
  ): Promise<NeedSuggestion[]> {
    const ranked = await this.suggestions.needsForSolution(
      user,
      solution,
      first ?? 10,
      localeOf(ctx),
    );
    return ranked.map((r) => ({ need: r.item, score: r.score, reasons: r.reasons }));
  }

  @ResolveField(() => [Match])
  matches(solution: Solution, _: NoArgs, ctx: GqlContext) {
    return ctx.loaders.get(MatchesBySolutionLoader).load(solution.id);
  }
}
