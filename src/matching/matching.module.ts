import { Module, OnModuleInit } from '@nestjs/common';
import { DiscussionsModule } from '../discussions/discussions.module';
import { Subjects } from '../discussions/subjects';
import { matchSubject } from './match.subject';
import { NeedsModule } from '../needs';
import { NotificationsModule } from '../notifications/notifications.module';
import { SolutionsModule } from '../solutions';
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
import { MatchChangedListeners } from './match-changed';
import { MatchEventsResolver } from './match-events.resolver';
import { MatchesService } from './matches.service';
import { Explainer } from './explainer';
import { RankingQuery } from './ranking.query';
import { SuggestionLists } from './suggestion-lists';
import { SuggestionsService } from './suggestions.service';
import { VocabularyService } from './vocabulary.service';

@Module({
  imports: [DiscussionsModule, NeedsModule, SolutionsModule, UsersModule, NotificationsModule],
  providers: [
    SuggestionsService,
    RankingQuery,
    SuggestionLists,
    Explainer,
    VocabularyService,
    MatchesService,
    MatchChangedListeners,
    MatchesResolver,
    MatchEventsResolver,
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
export class MatchingModule implements OnModuleInit {
  constructor(private readonly subjects: Subjects) {}

  /** Its records have threads. */
  onModuleInit() {
    this.subjects.register(matchSubject);
  }
}
