import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuthUser } from '../auth/auth-user';
import { Locale } from '../common/enums';
import { BadInput } from '../common/errors';
import { Need } from '../needs/entities/need.entity';
import { Solution } from '../solutions/entities/solution.entity';
import { byIds } from '../database/hydrate';
import { MatchReason } from './dto/suggestion.types';
import { Explainer } from './explainer';
import { contributionsOf, RANK_ORDER, scoreOf } from './ranking';
import { RankedRow, RankingQuery } from './ranking.query';

export const MAX_SUGGESTIONS = 50;
/** How many of a need's best solutions are stored: MAX_SUGGESTIONS and room for live matches. */
const STORED_SUGGESTIONS = 80;
/** A stored list is patched when at most this many solutions changed since it was ranked. */
const MAX_PATCHED = 40;

interface StoredList {
  complete: boolean;
  entries: RankedRow[];
}

/** What RANK_ORDER sorts on. */
const sortKey = (r: RankedRow) => ({
  id: r.id,
  score: r.score,
  text_value: r.text_value,
  domains_value: r.domains_value,
  closeness: r.closeness,
});

export interface Ranked<T> {
  item: T;
  score: number;
  reasons: MatchReason[];
}

/**
 * The matching engine: serves a need's ranking (ranking.query.ts) from its
 * stored list, and explains each score (explainer.ts).
 */
@Injectable()
export class SuggestionsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly ranking: RankingQuery,
    private readonly explainer: Explainer,
  ) {}

  /**
   * Published solutions for a need, best first; pairs with a live match left
   * out, of the matches the viewer may read (null: the engine's own view, all
   * of them). A provider who may not read a competitor's match must not see
   * it either by its pair vanishing from their suggestions.
   */
  async solutionsForNeed(need: Need, first: number, locale: Locale, viewer: AuthUser | null) {
    this.checkFirst(first);
    const rows = await this.storedRanking(need, first, viewer);
    const solutions = rows.length
      ? await byIds(
          this.db,
          Solution,
          rows.map((r) => r.id),
        )
      : [];
    const byId = new Map(solutions.map((s) => [s.id, s]));
    return Promise.all(
      rows
        .filter((r) => byId.has(r.id))
        .map(async (r) => ({
          item: byId.get(r.id)!,
          ...(await this.explainer.explain(r, need, locale, 'need')),
        })),
    );
  }

  /**
   * The need's ranking from need_suggestion_list when it was computed for
   * this version of the need and the catalogue's current epoch; otherwise
   * ranked afresh and stored. The list is the exact top STORED_SUGGESTIONS
   * of all published solutions (live matches included, since they come and
   * go without changing any score), so that leaving out the live pairs at
   * read time still gives the exact top `first` while enough remain.
   */
  private async storedRanking(need: Need, first: number, viewer: AuthUser | null) {
    // The epoch is read before ranking: data read after it is at least as new, so a list
    // stored under this epoch can only be older than it claims to be, never newer.
    const [stored] = await this.db.query<
      {
        epoch: string;
        list_epoch: string | null;
        need_version: number | null;
        complete: boolean;
        entries: RankedRow[];
      }[]
    >(
      `SELECT e.epoch, l.epoch AS list_epoch, l.need_version, l.complete, l.entries
       FROM catalogue_epoch e LEFT JOIN need_suggestion_list l ON l.need_id = $1
       WHERE e.id = 1`,
      [need.id],
    );
    let list: StoredList | null = null;
    if (stored?.list_epoch != null && stored.need_version === need.version) {
      list =
        stored.list_epoch === stored.epoch
          ? stored
          : await this.patched(need, stored, stored.list_epoch);
    }
    if (!list) {
      const ranked = await this.ranking.solutionsFor(need, { first: STORED_SUGGESTIONS + 1 });
      list = {
        complete: ranked.length <= STORED_SUGGESTIONS,
        entries: ranked.slice(0, STORED_SUGGESTIONS),
      };
    }
    if (stored && list !== stored) {
      // Last writer wins: any list stored under an epoch is right for that epoch.
      await this.db.query(
        `INSERT INTO need_suggestion_list (need_id, need_version, epoch, complete, entries)
         SELECT $1, $2, $3, $4, $5 WHERE EXISTS (SELECT 1 FROM need WHERE id = $1)
         ON CONFLICT (need_id) DO UPDATE SET need_version = EXCLUDED.need_version, epoch = EXCLUDED.epoch,
           complete = EXCLUDED.complete, entries = EXCLUDED.entries, computed_at = now()`,
        [need.id, need.version, stored.epoch, list.complete, JSON.stringify(list.entries)],
      );
    }
    const live = await this.ranking.liveSolutions(need.id, viewer);
    const open = list.entries.filter((r) => !live.includes(r.id));
    if (open.length >= first || list.complete) return open.slice(0, first);
    // More live matches than the list has room for: rank without them.
    return this.ranking.solutionsFor(need, { first, leaveOut: live });
  }

  /**
   * A stored list brought up to the current epoch by scoring again only the
   * solutions that changed since it was computed (catalogue_change), or null
   * when too many changed or the log no longer reaches back that far (then
   * the need is ranked afresh). The list stays exact: every solution left
   * out of an incomplete list ranked below its last entry, so a changed
   * solution joins when it now ranks above that entry and is dropped
   * otherwise (the list is then one shorter, still an exact prefix); a
   * complete list takes every changed solution that is still a candidate.
   */
  private async patched(need: Need, stored: StoredList, since: string): Promise<StoredList | null> {
    const [log] = await this.db.query<{ first_epoch: string | null; changed: string[] }[]>(
      `SELECT (SELECT min(epoch) FROM catalogue_change) AS first_epoch,
              ARRAY(SELECT DISTINCT solution_id FROM catalogue_change WHERE epoch > $1 LIMIT $2) AS changed`,
      [since, MAX_PATCHED + 1],
    );
    const reaches = log.first_epoch !== null && BigInt(log.first_epoch) <= BigInt(since) + 1n;
    if (!reaches || log.changed.length > MAX_PATCHED) return null;
    // An incomplete list patched down to nothing no longer says where the rest begins.
    if (!stored.complete && stored.entries.length === 0) return null;
    const changed = new Set(log.changed);
    const rescored = await this.ranking.solutionsFor(need, {
      first: changed.size,
      only: [...changed],
    });
    const kept = stored.entries.filter((r) => !changed.has(r.id));
    const last = stored.complete ? undefined : stored.entries[stored.entries.length - 1];
    // The order is the ranking's own (RANK_ORDER, in SQL); the old last entry, as it was,
    // marks where an incomplete list ends, after any row that ties with it.
    const keyed = [
      ...kept.map((r, i) => ({ ...sortKey(r), ref: `k${i}` })),
      ...rescored.map((r, i) => ({ ...sortKey(r), ref: `r${i}` })),
      ...(last ? [{ ...sortKey(last), ref: 'end' }] : []),
    ];
    const ordered = await this.db.query<{ ref: string }[]>(
      `SELECT ref FROM jsonb_to_recordset($1::jsonb)
         AS x(id uuid, score float8, text_value float8, domains_value float8, closeness float8, ref text)
       ORDER BY ${RANK_ORDER}, ref = 'end'`,
      [JSON.stringify(keyed)],
    );
    const entries: RankedRow[] = [];
    let ended = false;
    for (const { ref } of ordered) {
      if (ref === 'end') ended = true;
      else if (ref.startsWith('k')) entries.push(kept[Number(ref.slice(1))]);
      else if (!ended) entries.push(rescored[Number(ref.slice(1))]);
    }
    return {
      complete: stored.complete && entries.length <= STORED_SUGGESTIONS,
      entries: entries.slice(0, STORED_SUGGESTIONS),
    };
  }

  /**
   * Open needs the caller may read, for a solution, best first; pairs with a
   * live match left out when the caller may read the solution's matches
   * (a provider looking at a competitor's solution must not learn from the
   * gaps which needs it is proposed for).
   */
  async needsForSolution(user: AuthUser, solution: Solution, first: number, locale: Locale) {
    this.checkFirst(first);
    const rows = await this.ranking.needsFor(user, solution, first);
    const needs = rows.length
      ? await byIds(
          this.db,
          Need,
          rows.map((r) => r.id),
        )
      : [];
    const byId = new Map(needs.map((n) => [n.id, n]));
    return Promise.all(
      rows
        .filter((r) => byId.has(r.id))
        .map(async (r) => {
          const need = byId.get(r.id)!;
          return { item: need, ...(await this.explainer.explain(r, need, locale, 'solution')) };
        }),
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

  private checkFirst(first: number) {
    if (!Number.isInteger(first) || first < 0 || first > MAX_SUGGESTIONS) {
      throw new BadInput(`first must be between 0 and ${MAX_SUGGESTIONS}.`, 'first');
    }
  }
}
