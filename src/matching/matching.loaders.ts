import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { AuthUser } from '../common/auth-user';
import { Locale } from '../common/enums';
import { groupLoader, idLoader, LoaderFactory } from '../common/loaders';
import { Need, NeedsService } from '../needs';
import { Solution, SolutionsService } from '../solutions';
import { MatchReason } from './dto/suggestion.types';
import { Match } from './entities/match.entity';
import { Review } from './entities/review.entity';
import { MatchesService } from './matches.service';
import { SuggestionsService } from './suggestions.service';

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

/** A matched pair whose reasons are wanted, in the language of the request. */
export interface PairKey {
  need: Need;
  solutionId: string;
  locale: Locale;
}

const pairKey = (k: PairKey) => `${k.locale}:${k.need.id}:${k.solutionId}`;

/**
 * The engine's reasons for matched pairs: one ranking statement per need of
 * the batch (the pairs of a need page's matches share one), not one per match.
 */
@Injectable()
export class MatchReasonsLoader implements LoaderFactory<PairKey, MatchReason[]> {
  constructor(private readonly suggestions: SuggestionsService) {}
  create() {
    return new DataLoader<PairKey, MatchReason[], string>(
      async (keys) => {
        const byNeed = new Map<string, PairKey[]>();
        for (const k of keys) {
          const group = `${k.locale}:${k.need.id}`;
          byNeed.set(group, [...(byNeed.get(group) ?? []), k]);
        }
        const answers = new Map<string, MatchReason[]>();
        await Promise.all(
          [...byNeed.values()].map(async (pairs) => {
            const { need, locale } = pairs[0];
            const reasons = await this.suggestions.explainPairs(
              need,
              [...new Set(pairs.map((p) => p.solutionId))],
              locale,
            );
            for (const p of pairs) answers.set(pairKey(p), reasons.get(p.solutionId) ?? []);
          }),
        );
        return keys.map((k) => answers.get(pairKey(k)) ?? []);
      },
      { cacheKeyFn: pairKey },
    );
  }
}
