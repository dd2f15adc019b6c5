import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityTarget } from 'typeorm';
import { AuthUser } from '../common/auth-user';
import { Locale } from '../common/enums';
import { BadInput } from '../common/errors';
import { byIds } from '../database/hydrate';
import { Need } from '../needs';
import { Solution } from '../solutions';
import { MatchReason } from './dto/suggestion.types';
import { Explainer } from './explainer';
import { contributionsOf, scoreOf } from './ranking';
import { RankedRow, RankingQuery } from './ranking.query';
import { SuggestionLists } from './suggestion-lists';

export const MAX_SUGGESTIONS = 50;

export interface Ranked<T> {
  item: T;
  score: number;
  reasons: MatchReason[];
}

/**
 * The matching engine as the resolvers, loaders and proposals use it: the
 * ranking query (ranking.query.ts), the stored lists (suggestion-lists.ts)
 * and the explainer (explainer.ts), composed. README.md in this folder
 * describes the ranking.
 */
@Injectable()
export class SuggestionsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly ranking: RankingQuery,
    private readonly lists: SuggestionLists,
    private readonly explainer: Explainer,
  ) {}

  /**
   * Published solutions for a need, best first; pairs with a live match left
   * out, of the matches the viewer may read (null: the engine's own view, all
   * of them). A provider who may not read a competitor's match must not see
   * it either by its pair vanishing from their suggestions.
   */
  async solutionsForNeed(
    need: Need,
    first: number,
    locale: Locale,
    viewer: AuthUser | null,
  ): Promise<Ranked<Solution>[]> {
    checkFirst(first);
    const rows = await this.lists.solutionsFor(need, first, viewer);
    return this.explained(Solution, rows, (row) =>
      this.explainer.explain(row, need, locale, 'need'),
    );
  }

  /**
   * Open needs the caller may read, for a solution, best first; pairs with a
   * live match left out when the caller may read the solution's matches.
   */
  async needsForSolution(
    user: AuthUser,
    solution: Solution,
    first: number,
    locale: Locale,
  ): Promise<Ranked<Need>[]> {
    checkFirst(first);
    const rows = await this.ranking.needsFor(user, solution, first);
    return this.explained(Need, rows, (row, need) =>
      this.explainer.explain(row, need, locale, 'solution'),
    );
  }

  /**
   * The engine's reasons for pairs of one need as they stand now, whether or
   * not they are matched (a match page shows them), in one statement; a
   * solution that would not be suggested gets [].
   */
  async explainPairs(
    need: Need,
    solutionIds: readonly string[],
    locale: Locale,
  ): Promise<Map<string, MatchReason[]>> {
    const rows = await this.ranking.solutionsFor(need, {
      first: solutionIds.length,
      only: solutionIds,
    });
    const explained = await Promise.all(
      rows.map(
        async (r) =>
          [r.id, (await this.explainer.explain(r, need, locale, 'need')).reasons] as const,
      ),
    );
    const byId = new Map(explained);
    return new Map(solutionIds.map((id) => [id, byId.get(id) ?? []]));
  }

  /**
   * The engine's score for one pair now (recorded with a proposal), or null
   * if it would not be suggested: the pair ranked afresh, every live pair of
   * the need left out.
   */
  async scorePair(need: Need, solutionId: string): Promise<number | null> {
    const [row] = await this.ranking.solutionsFor(need, {
      first: 1,
      only: [solutionId],
      leaveOut: await this.ranking.liveSolutions(need.id, null),
    });
    return row ? scoreOf(contributionsOf(row)) : null;
  }

  /** The ranked rows' entities, loaded in one query, each with its score and reasons. */
  private async explained<T extends Need | Solution>(
    entity: EntityTarget<T>,
    rows: RankedRow[],
    explain: (row: RankedRow, item: T) => Promise<Omit<Ranked<T>, 'item'>>,
  ): Promise<Ranked<T>[]> {
    const items = await byIds(
      this.db,
      entity,
      rows.map((r) => r.id),
    );
    const byId = new Map(items.map((item) => [item.id, item]));
    return Promise.all(
      rows
        .filter((r) => byId.has(r.id))
        .map(async (r) => {
          const item = byId.get(r.id)!;
          return { item, ...(await explain(r, item)) };
        }),
    );
  }
}

function checkFirst(first: number) {
  if (!Number.isInteger(first) || first < 0 || first > MAX_SUGGESTIONS) {
    throw new BadInput(`first must be between 0 and ${MAX_SUGGESTIONS}.`, 'first');
  }
}
