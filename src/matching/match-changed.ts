import { Injectable } from '@nestjs/common';
import { EntityManager, WhereExpressionBuilder } from 'typeorm';
import { AuthUser } from '../common/auth-user';
import { Change, DomainEvent, OnCommitted, OnDomainEvent } from '../common/domain-events';
import { NotificationKind, Role, SubjectType } from '../common/enums';
import { LiveEvents } from '../common/live-events';
import { SubjectRef } from '../common/subjects';
import { Need } from '../needs';
import { NotificationParams } from '../notifications/entities/notification.entity';
import { NotificationsService, short } from '../notifications/notifications.service';
import { Solution } from '../solutions';
import { Match } from './entities/match.entity';
import { matchFacts, publishMatchUpdated } from './match-live';

/** A match with its need and solution, as they stand after a change. */
export interface MatchContext {
  match: Match;
  need: Need;
  solution: Solution;
}

/** What happened to a match: its workflow's step. */
export type MatchStep = 'proposed' | 'reviewStarted' | 'reviewed' | 'decided' | 'withdrawn';

/** A match was proposed, reviewed, decided or withdrawn. */
export class MatchChanged extends DomainEvent {
  constructor(
    change: Change,
    readonly actor: AuthUser,
    readonly step: MatchStep,
    readonly context: MatchContext,
    /** The review's recommendation, for `reviewed`. */
    readonly recommendation: string | null = null,
    created: SubjectRef | null = null,
  ) {
    super(change, created);
  }
}

type Audience = (qb: WhereExpressionBuilder, m: MatchContext) => unknown;

/** The need's creator and its ministry's staff. */
const needSide: Audience = (qb, m) =>
  qb
    .orWhere('u.id = :creator', { creator: m.need.createdById })
    .orWhere("u.role = 'MINISTRY_STAFF' AND u.ministry_id = CAST(:ministry AS uuid)", {
      ministry: m.need.ministryId,
    });
/** The provider's members. */
const providerSide: Audience = (qb, m) =>
  qb.orWhere("u.role = 'SOLUTION_PROVIDER' AND u.organization_id = :provider", {
    provider: m.solution.providerId,
  });

/** Who hears of each step, and with which kind of notification. */
const TOLD: Partial<Record<MatchStep, { kind: NotificationKind; audience: Audience[] }>> = {
  proposed: {
    kind: NotificationKind.MATCH_PROPOSED,
    audience: [
      needSide,
      providerSide,
      (qb) => qb.orWhere('u.role = :coordinator', { coordinator: Role.COORDINATOR }),
    ],
  },
  reviewed: { kind: NotificationKind.MATCH_REVIEWED, audience: [providerSide] },
  decided: { kind: NotificationKind.MATCH_DECIDED, audience: [needSide, providerSide] },
};

/** Who is told of a match's change (among those who may read it), and its live event. */
@Injectable()
export class MatchChangedListeners {
  constructor(
    private readonly notifications: NotificationsService,
    private readonly live: LiveEvents,
  ) {}

  @OnDomainEvent(MatchChanged)
  async notify(event: MatchChanged, tx: EntityManager): Promise<void> {
    const told = TOLD[event.step];
    if (!told) return;
    const m = event.context;
    const recipients = await this.notifications.recipients(tx, (qb) =>
      told.audience.forEach((audience) => audience(qb, m)),
    );
    const params: NotificationParams = {
      need: short(m.need.title),
      solution: short(m.solution.title),
    };
    if (event.step === 'reviewed' && event.recommendation) {
      params.recommendation = event.recommendation;
    }
    if (event.step === 'decided') params.status = m.match.status;
    await this.notifications.notify(tx, {
      kind: told.kind,
      actor: event.actor,
      recipients,
      facts: matchFacts(m.need, m.solution),
      target: { type: SubjectType.MATCH, id: m.match.id },
      params,
    });
  }

  @OnCommitted(MatchChanged)
  publish({ context: { match, need, solution } }: MatchChanged): Promise<void> {
    return publishMatchUpdated(this.live, match, need, solution);
  }
}
