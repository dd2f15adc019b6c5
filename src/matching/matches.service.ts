import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, QueryFailedError } from 'typeorm';
import { AuthUser } from '../common/auth-user';
import {
  can,
  canProposeMatch,
  canWithdrawMatch,
  decisionConflict,
  matchReadScope,
  Permission,
  reviewConflict,
} from '../auth/policy';
import { DomainEvents, FieldChange } from '../common/domain-events';
import { MatchStatus, SolutionStatus, SubjectType } from '../common/enums';
import { assertUuid, BadInput, Conflict, Forbidden, NotFound } from '../common/errors';
import { Connection, keysetPage, PageArgs } from '../common/pagination';
import { recencyKeys } from '../common/search';
import { Need, NeedsService, statusOnMatchAccepted, takesMatches } from '../needs';
import { Solution, SolutionsService } from '../solutions';
import {
  DecideMatchInput,
  MatchFilter,
  ProposeMatchInput,
  ReviewMatchInput,
} from './dto/match.inputs';
import { Match } from './entities/match.entity';
import { Review } from './entities/review.entity';
import { MatchChanged, MatchContext, MatchStep } from './match-changed';
import { LIVE_STATUSES, MatchEvent, transition } from './match-workflow';
import { SuggestionsService } from './suggestions.service';
import { manyOf } from '../database/hydrate';

const FORBIDDEN_BY_ROLE: Partial<Record<Permission, string>> = {
  'match:propose': 'Your role cannot propose matches.',
  'match:startReview': 'Only coordinators open reviews.',
  'match:review': 'Your role cannot review matches.',
  'match:decide': 'Only coordinators decide matches.',
};

/** The GraphQL operation behind each change of state, for the audit trail, and its step. */
const OPERATION: Record<MatchEvent, { operation: string; step: MatchStep }> = {
  startReview: { operation: 'startReview', step: 'reviewStarted' },
  review: { operation: 'reviewMatch', step: 'reviewed' },
  accept: { operation: 'decideMatch', step: 'decided' },
  reject: { operation: 'decideMatch', step: 'decided' },
  withdraw: { operation: 'withdrawMatch', step: 'withdrawn' },
};

/**
 * Matches and their reviews: every change of state locks the match row,
 * checks the workflow and the policy, and writes in one transaction, so that
 * of two concurrent decisions exactly one stands.
 */
@Injectable()
export class MatchesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly needs: NeedsService,
    private readonly solutions: SolutionsService,
    private readonly suggestions: SuggestionsService,
    private readonly events: DomainEvents,
  ) {}

  /** Matches joined to their need and solution, narrowed to what the caller may read. */
  private visible(user: AuthUser, manager: EntityManager = this.db.manager) {
    const scope = matchReadScope(user);
    return manager
      .getRepository(Match)
      .createQueryBuilder('match')
      .innerJoin(Need, 'need', 'need.id = match.need_id')
      .innerJoin('solution', 'solution', 'solution.id = match.solution_id')
      .where(scope.sql, scope.params);
  }

  list(
    user: AuthUser,
    filter: MatchFilter | null | undefined,
    page: PageArgs,
  ): Promise<Connection<Match>> {
    filter ??= {};
    const qb = this.visible(user);
    if (filter.statuses?.length)
      qb.andWhere('match.status IN (:...statuses)', { statuses: filter.statuses });
    if (filter.needId)
      qb.andWhere('match.need_id = :needId', {
        needId: assertUuid(filter.needId, 'filter.needId'),
      });
    if (filter.solutionId) {
      qb.andWhere('match.solution_id = :solutionId', {
        solutionId: assertUuid(filter.solutionId, 'filter.solutionId'),
      });
    }
    return keysetPage(qb, recencyKeys('match'), page);
  }

  async get(user: AuthUser, id: string): Promise<Match> {
    const match = await this.visible(user)
      .andWhere('match.id = :id', { id: assertUuid(id) })
      .getOne();
    if (!match) throw new NotFound('Match', id);
    return match;
  }

  /** The visible matches of many needs (or solutions) at once, for the list fields' loaders. */
  visibleFor(
    user: AuthUser,
    column: 'need_id' | 'solution_id',
    ids: readonly string[],
  ): Promise<Match[]> {
    return manyOf(
      this.visible(user)
        .andWhere(`match.${column} IN (:...ids)`, { ids: [...ids] })
        .orderBy('match.created_at', 'DESC'),
    );
  }

  reviewsOf(matchIds: readonly string[]): Promise<Review[]> {
    return this.db.getRepository(Review).find({
      where: { matchId: In([...matchIds]) },
      order: { createdAt: 'ASC' },
    });
  }

  async propose(user: AuthUser, input: ProposeMatchInput): Promise<Match> {
    this.require(user, 'match:propose');
    const need = await this.needs.get(user, input.needId);
    const solution = await this.solutions.get(user, input.solutionId);
    if (!canProposeMatch(user, solution)) {
      throw new Forbidden("You can propose only your own organisation's solutions.");
    }
    if (solution.status !== SolutionStatus.PUBLISHED) {
      throw new BadInput(
        `Only a published solution can be proposed; this one is ${solution.status}.`,
        'solutionId',
      );
    }
    if (!takesMatches(need.status)) {
      throw new BadInput(
        `Solutions are proposed for OPEN or MATCHED needs; this one is ${need.status}.`,
        'needId',
      );
    }
    await this.assertNoLiveMatch(need.id, solution.id);
    const score = await this.suggestions.scorePair(need, solution.id);
    try {
      // The match, its thread, its audit event and its notifications commit together.
      return await this.db.transaction(async (tx) => {
        const { identifiers } = await tx.getRepository(Match).insert({
          needId: need.id,
          solutionId: solution.id,
          rationale: input.rationale ?? null,
          score,
          proposedById: user.id,
        });
        const match = await tx
          .getRepository(Match)
          .findOneByOrFail({ id: identifiers[0].id as string });
        await this.announce(tx, user, 'proposeMatch', 'proposed', null, { match, need, solution });
        return match;
      });
    } catch (err) {
      // The partial unique index settles a race between two proposals of one pair.
      if (
        err instanceof QueryFailedError &&
        (err.driverError as { code?: string }).code === '23505'
      ) {
        throw this.liveConflict();
      }
      throw err;
    }
  }

  startReview(user: AuthUser, matchId: string): Promise<Match> {
    this.require(user, 'match:startReview');
    return this.change(user, matchId, 'startReview', async () => ({}));
  }

  async review(user: AuthUser, input: ReviewMatchInput): Promise<Review> {
    this.require(user, 'match:review');
    const visible = await this.get(user, input.matchId);
    return this.db.transaction(async (tx) => {
      const match = await this.lock(tx, visible.id);
      transition(match.status, 'review');
      // Read on the transaction's own connection: a second pool connection, asked for
      // while holding the lock, starves the pool when many reviews queue on one match.
      const solution = await tx.getRepository(Solution).findOneByOrFail({ id: match.solutionId });
      const conflict = reviewConflict(user, match, solution);
      if (conflict) throw new Forbidden(conflict);
      const previous = await tx
        .getRepository(Review)
        .findOneBy({ matchId: match.id, reviewerId: user.id });
      // One review per reviewer: a second one replaces the first.
      await tx
        .createQueryBuilder()
        .insert()
        .into(Review)
        .values({
          matchId: match.id,
          reviewerId: user.id,
          recommendation: input.recommendation,
          relevance: input.relevance,
          feasibility: input.feasibility,
          sustainability: input.sustainability,
          principlesAlignment: input.principlesAlignment,
          comment: input.comment ?? null,
        })
        .orUpdate(
          [
            'recommendation',
            'relevance',
            'feasibility',
            'sustainability',
            'principles_alignment',
            'comment',
            'updated_at',
          ],
          ['match_id', 'reviewer_id'],
        )
        .execute();
      await tx.getRepository(Match).update(match.id, { updatedAt: () => 'now()' });
      const review = await tx
        .getRepository(Review)
        .findOneByOrFail({ matchId: match.id, reviewerId: user.id });
      const context = await this.contextOf(tx, match.id);
      const change = {
        actor: user,
        operation: 'reviewMatch',
        entityType: 'Review',
        entityId: review.id,
        before: previous,
        after: review,
      };
      await this.events.publish(
        tx,
        new MatchChanged(change, user, 'reviewed', context, review.recommendation),
      );
      return review;
    });
  }

  decide(user: AuthUser, input: DecideMatchInput): Promise<Match> {
    this.require(user, 'match:decide');
    const event: MatchEvent = input.status === MatchStatus.ACCEPTED ? 'accept' : 'reject';
    return this.change(user, input.matchId, event, async (tx, match, also) => {
      const conflict = decisionConflict(user, match);
      if (conflict) throw new Forbidden(conflict);
      const reviews = await tx.getRepository(Review).countBy({ matchId: match.id });
      if (reviews === 0)
        throw new BadInput('A decision needs at least one review first.', 'matchId');
      if (event === 'accept') await this.matchNeed(tx, match, also);
      return { decidedById: user.id, decisionNote: input.note ?? null, decidedAt: new Date() };
    });
  }

  /**
   * Accepting re-checks, under lock, what the proposal checked: the solution
   * still PUBLISHED (its row shared-locked, so it is not archived before the
   * commit) and the need still OPEN or MATCHED (its row locked, as it may
   * change); an OPEN need becomes MATCHED (need-status.ts). Locks go match,
   * need, solution; edits lock one row each, so no cycle forms. Rejecting
   * checks neither: it changes no need, and clears a stale match out of the queue.
   */
  private async matchNeed(tx: EntityManager, match: Match, also: FieldChange[]) {
    const need = await tx
      .getRepository(Need)
      .createQueryBuilder('need')
      .setLock('pessimistic_write')
      .where('need.id = :id', { id: match.needId })
      .getOneOrFail();
    const solution = await tx
      .getRepository(Solution)
      .createQueryBuilder('solution')
      .setLock('pessimistic_read')
      .where('solution.id = :id', { id: match.solutionId })
      .getOneOrFail();
    if (solution.status !== SolutionStatus.PUBLISHED) {
      throw new BadInput(
        `A match is accepted only for a published solution; this one is now ${solution.status}.`,
        'matchId',
        { solutionStatus: solution.status },
      );
    }
    const status = statusOnMatchAccepted(need.status);
    if (status === need.status) return;
    await tx
      .getRepository(Need)
      .update(need.id, { status, version: () => 'version + 1', updatedAt: () => 'now()' });
    also.push({ field: 'need.status', before: need.status, after: status });
  }

  async withdraw(user: AuthUser, matchId: string): Promise<Match> {
    const visible = await this.get(user, matchId);
    if (!canWithdrawMatch(user, visible))
      throw new Forbidden('Only the person who proposed a match withdraws it.');
    return this.change(user, matchId, 'withdraw', async () => ({}));
  }

  /** One change of state: lock, check the workflow, apply, in one transaction. */
  private async change(
    user: AuthUser,
    matchId: string,
    event: MatchEvent,
    apply: (tx: EntityManager, match: Match, also: FieldChange[]) => Promise<Partial<Match>>,
  ): Promise<Match> {
    const visible = await this.get(user, matchId);
    return this.db.transaction(async (tx) => {
      const match = await this.lock(tx, visible.id);
      const status = transition(match.status, event);
      const also: FieldChange[] = [];
      const extra = await apply(tx, match, also);
      await tx.getRepository(Match).update(match.id, {
        ...extra,
        status,
        version: () => 'version + 1',
        updatedAt: () => 'now()',
      });
      const context = await this.contextOf(tx, match.id);
      const { operation, step } = OPERATION[event];
      await this.announce(tx, user, operation, step, match, context, also);
      return context.match;
    });
  }

  /** A match as it now stands in `tx`, with its need and solution. */
  private async contextOf(tx: EntityManager, matchId: string): Promise<MatchContext> {
    const match = await tx.getRepository(Match).findOneByOrFail({ id: matchId });
    const need = await tx.getRepository(Need).findOneByOrFail({ id: match.needId });
    const solution = await tx.getRepository(Solution).findOneByOrFail({ id: match.solutionId });
    return { match, need, solution };
  }

  /** A change of a match, announced: its audit event, notifications and live event. */
  private async announce(
    tx: EntityManager,
    user: AuthUser,
    operation: string,
    step: MatchStep,
    before: Match | null,
    context: MatchContext,
    also: FieldChange[] = [],
  ) {
    const { match } = context;
    const change = {
      actor: user,
      operation,
      entityType: 'Match',
      entityId: match.id,
      before,
      after: match,
      also,
    };
    // A proposal is a new record, which gets its thread.
    const created = step === 'proposed' ? { type: SubjectType.MATCH, id: match.id } : null;
    await this.events.publish(tx, new MatchChanged(change, user, step, context, null, created));
  }

  private async lock(tx: EntityManager, id: string): Promise<Match> {
    const match = await tx
      .getRepository(Match)
      .createQueryBuilder('match')
      .setLock('pessimistic_write')
      .where('match.id = :id', { id })
      .getOne();
    if (!match) throw new NotFound('Match', id);
    return match;
  }

  private require(user: AuthUser, permission: Permission) {
    if (!can(user, permission))
      throw new Forbidden(FORBIDDEN_BY_ROLE[permission] ?? 'Not allowed.');
  }

  private async assertNoLiveMatch(needId: string, solutionId: string) {
    const live = await this.db
      .getRepository(Match)
      .existsBy({ needId, solutionId, status: In(LIVE_STATUSES) });
    if (live) throw this.liveConflict();
  }

  private liveConflict() {
    return new Conflict(
      'This solution is already proposed for this need (a match is under way or accepted).',
    );
  }
}
