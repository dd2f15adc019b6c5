import { Module } from '@nestjs/common';
import { NeedsModule } from '../needs/needs.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { SolutionsModule } from '../solutions/solutions.module';
import { UsersModule } from '../users/users.module';
import {
  MatchesByNeedLoader,
  MatchesBySolutionLoader,
  MatchReasonsLoader,
  NeedsLoader,
  ReviewsByMatchLoader,
  SolutionsLoader,
} from './matching.loaders';
import {
  MatchesResolver,
  NeedMatchingResolver,
  ReviewsResolver,
  SolutionMatchingResolver,
} from './matches.resolver';
import { MatchesService } from './matches.service';
import { Explainer } from './explainer';
import { RankingQuery } from './ranking.query';
import { SuggestionLists } from './suggestion-lists';
import { SuggestionsService } from './suggestions.service';
import { VocabularyService } from './vocabulary.service';

@Module({
  imports: [NeedsModule, SolutionsModule, UsersModule, NotificationsModule],
  providers: [
    SuggestionsService,
    RankingQuery,
    SuggestionLists,
    Explainer,
    VocabularyService,
    MatchesService,
    MatchesResolver,
    ReviewsResolver,
    NeedMatchingResolver,
    SolutionMatchingResolver,
    MatchesByNeedLoader,
    MatchesBySolutionLoader,
    MatchReasonsLoader,
    ReviewsByMatchLoader,
    NeedsLoader,
    SolutionsLoader,
  ],
  exports: [MatchesService, SuggestionsService],
})
export class MatchingModule {}
