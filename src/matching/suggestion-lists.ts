import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuthUser } from '../common/auth-user';
import { Need } from '../needs';
import { RANK_ORDER } from './ranking';
import { RankedRow, RankingQuery } from './ranking.query';

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

/**
 * The stored rankings of needs (need_suggestion_list): a need's exact top
 * STORED_SUGGESTIONS of all published solutions, live matches included
 * (they come and go without changing any score), labelled with the need's
 * version and the catalogue's epoch. A list is served as stored when both
 * are current, patched when few solutions changed since, and ranked afresh
 * and stored otherwise; the live pairs are left out when it is read.
 */
@Injectable()
export class SuggestionLists {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly ranking: RankingQuery,
  ) {}

  /**
   * The need's first `first` solutions, best first, without the pairs that
   * have a live match the viewer may read (null: all of them).
   */
  async solutionsFor(need: Need, first: number, viewer: AuthUser | null): Promise<RankedRow[]> {
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
    if (stored && list !== stored) await this.store(need, stored.epoch, list);
    const live = await this.ranking.liveSolutions(need.id, viewer);
    const open = list.entries.filter((r) => !live.includes(r.id));
    if (open.length >= first || list.complete) return open.slice(0, first);
    // More live matches than the list has room for: rank without them.
    return this.ranking.solutionsFor(need, { first, leaveOut: live });
  }

  /** Stores the need's list under `epoch`. Last writer wins: any list stored under an epoch is right for it. */
  private async store(need: Need, epoch: string, list: StoredList): Promise<void> {
    await this.db.query(
      `INSERT INTO need_suggestion_list (need_id, need_version, epoch, complete, entries)
       SELECT $1, $2, $3, $4, $5 WHERE EXISTS (SELECT 1 FROM need WHERE id = $1)
       ON CONFLICT (need_id) DO UPDATE SET need_version = EXCLUDED.need_version, epoch = EXCLUDED.epoch,
         complete = EXCLUDED.complete, entries = EXCLUDED.entries, computed_at = now()`,
      [need.id, need.version, epoch, list.complete, JSON.stringify(list.entries)],
    );
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
}
