import { MatchStatus } from '../common/enums';
import { BadInput, Conflict } from '../common/errors';

/**
 * The one state machine of a match:
 *   PROPOSED → UNDER_REVIEW → ACCEPTED | REJECTED
 *   PROPOSED | UNDER_REVIEW → WITHDRAWN (by the proposer)
 * Reviews are given while UNDER_REVIEW and leave the state as it is.
 */
export type MatchEvent = 'startReview' | 'review' | 'accept' | 'reject' | 'withdraw';

const FLOW: Record<MatchStatus, Partial<Record<MatchEvent, MatchStatus>>> = {
  [MatchStatus.PROPOSED]: {
    startReview: MatchStatus.UNDER_REVIEW,
    withdraw: MatchStatus.WITHDRAWN,
  },
  [MatchStatus.UNDER_REVIEW]: {
    review: MatchStatus.UNDER_REVIEW,
    accept: MatchStatus.ACCEPTED,
    reject: MatchStatus.REJECTED,
    withdraw: MatchStatus.WITHDRAWN,
  },
  [MatchStatus.ACCEPTED]: {},
  [MatchStatus.REJECTED]: {},
  [MatchStatus.WITHDRAWN]: {},
};

const DECIDED = new Set([MatchStatus.ACCEPTED, MatchStatus.REJECTED]);
const DOING: Record<MatchEvent, string> = {
  startReview: 'start a review of',
  review: 'review',
  accept: 'accept',
  reject: 'reject',
  withdraw: 'withdraw',
};

/** Matches that still count for their pair (at most one per need and solution). */
export const LIVE_STATUSES = [MatchStatus.PROPOSED, MatchStatus.UNDER_REVIEW, MatchStatus.ACCEPTED];

export function allowedEvents(status: MatchStatus): MatchEvent[] {
  return Object.keys(FLOW[status]) as MatchEvent[];
}

/**
 * The state after `event`, or an error naming the current state: CONFLICT
 * when a decision already stands (someone got there first), else BAD_USER_INPUT.
 */
export function transition(status: MatchStatus, event: MatchEvent): MatchStatus {
  const next = FLOW[status][event];
  if (next) return next;
  const message = `You cannot ${DOING[event]} a match that is ${status}.`;
  if (DECIDED.has(status) && (event === 'accept' || event === 'reject')) {
    throw new Conflict(`This match has already been decided: it is ${status}.`, {
      currentStatus: status,
    });
  }
  throw new BadInput(message, undefined, { currentStatus: status });
}
