import { NeedFacts, SolutionFacts, ThreadFacts } from '../auth/policy';
import { LiveEvents } from '../common/live-events';
import { Match } from '../matching/entities/match.entity';
import { Need } from '../needs/entities/need.entity';
import { Solution } from '../solutions/entities/solution.entity';
import { Comment } from './entities/comment.entity';

/**
 * The live events of discussions and matches: their trigger names, what
 * travels (JSON, through Redis or in-process), and how the subscriber's side
 * turns it back into entities. Each event carries the facts its read rule
 * needs, so that filtering every event by the policy costs no query.
 */
export const COMMENT_ADDED = 'commentAdded';
export const MATCH_UPDATED = 'matchUpdated';

/**
 * One channel per thread, so that a process hears (through Redis) only of
 * the threads its subscribers follow.
 */
export const commentChannel = (threadId: string) => `${COMMENT_ADDED}:${threadId}`;
/** A match's changes go to its need's channel, and to the channel of all matches. */
export const matchChannel = (needId?: string | null) =>
  needId ? `${MATCH_UPDATED}:${needId}` : MATCH_UPDATED;

export interface CommentAddedEvent {
  threadId: string;
  facts: ThreadFacts;
  comment: Comment;
}

export interface MatchUpdatedEvent {
  needId: string;
  need: NeedFacts;
  solution: SolutionFacts;
  match: Match;
}

const needFacts = (n: Need): NeedFacts => ({
  status: n.status,
  visibility: n.visibility,
  ministryId: n.ministryId,
  createdById: n.createdById,
});
const solutionFacts = (s: Solution): SolutionFacts => ({
  status: s.status,
  providerId: s.providerId,
});

export function matchUpdatedEvent(match: Match, need: Need, solution: Solution): MatchUpdatedEvent {
  return { needId: match.needId, need: needFacts(need), solution: solutionFacts(solution), match };
}

/** Publishes a committed change of a match on the channels of its subscribers. */
export async function publishMatchUpdated(
  live: LiveEvents,
  match: Match,
  need: Need,
  solution: Solution,
): Promise<void> {
  const event = matchUpdatedEvent(match, need, solution);
  await live.publish(matchChannel(match.needId), event);
  await live.publish(matchChannel(null), event);
}

const date = (v: unknown) => (v === null || v === undefined ? null : new Date(v as string));

export function reviveComment(json: Comment): Comment {
  return Object.assign(new Comment(), json, {
    createdAt: date(json.createdAt),
    editedAt: date(json.editedAt),
    deletedAt: date(json.deletedAt),
  });
}

export function reviveMatch(json: Match): Match {
  return Object.assign(new Match(), json, {
    createdAt: date(json.createdAt),
    updatedAt: date(json.updatedAt),
    decidedAt: date(json.decidedAt),
  });
}
