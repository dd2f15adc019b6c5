import { Injectable } from '@nestjs/common';
import { AuthUser } from '../auth/auth-user';
import { groupLoader, idLoader, LoaderFactory } from '../common/loaders';
import { Need } from '../needs/entities/need.entity';
import { NeedsService } from '../needs/needs.service';
import { Solution } from '../solutions/entities/solution.entity';
import { SolutionsService } from '../solutions/solutions.service';
import { Match } from './entities/match.entity';
import { Review } from './entities/review.entity';
import { MatchesService } from './matches.service';

/** The matches of needs that the caller may read. */
@Injectable()
export class MatchesByNeedLoader implements LoaderFactory<string, Match[]> {
  constructor(private readonly matches: MatchesService) {}
  create(user: AuthUser) {
    return groupLoader(
      (ids) => this.matches.visibleFor(user, 'need_id', ids),
      (m) => m.needId,
    );
  }
}

/** The matches of solutions that the caller may read. */
@Injectable()
export class MatchesBySolutionLoader implements LoaderFactory<string, Match[]> {
  constructor(private readonly matches: MatchesService) {}
  create(user: AuthUser) {
    return groupLoader(
      (ids) => this.matches.visibleFor(user, 'solution_id', ids),
      (m) => m.solutionId,
    );
  }
}

@Injectable()
export class ReviewsByMatchLoader implements LoaderFactory<string, Review[]> {
  constructor(private readonly matches: MatchesService) {}
  create() {
    return groupLoader(
      (ids) => this.matches.reviewsOf(ids),
      (r) => r.matchId,
    );
  }
}

/** Needs by id, for a match's `need` (the match being readable implies its need is). */
@Injectable()
export class NeedsLoader implements LoaderFactory<string, Need | null> {
  constructor(private readonly needs: NeedsService) {}
  create() {
    return idLoader((ids) => this.needs.findByIds(ids));
  }
}

/** Solutions by id, for a match's `solution`. */
@Injectable()
export class SolutionsLoader implements LoaderFactory<string, Solution | null> {
  constructor(private readonly solutions: SolutionsService) {}
  create() {
    return idLoader((ids) => this.solutions.findByIds(ids));
  }
}
