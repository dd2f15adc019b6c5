import { NeedFacts, SolutionFacts, ThreadFacts } from '../auth/policy';
import { LiveEvents } from '../common/live-events';
import { Need } from '../needs';
import { Solution } from '../solutions';
import { Match } from './entities/match.entity';

/**
 * The live events of matches: the trigger's name, what travels (JSON,
 * through Redis or in-process), and how the subscriber's side turns it back
 * into a match. Each event carries the facts its read rule needs, so that
 * filtering every event by the policy costs no query.
 */
export const MATCH_UPDATED = 'matchUpdated';

/** A match's changes go to its need's channel, and to the channel of all matches. */
export const matchChannel = (needId?: string | null) =>
  needId ? `${MATCH_UPDATED}:${needId}` : MATCH_UPDATED;

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

/** What the policy reads of a match (and of its thread). */
export const matchFacts = (need: Need, solution: Solution): ThreadFacts => ({
  subject: 'MATCH',
  need: needFacts(need),
  solution: solutionFacts(solution),
});

/** Publishes a committed change of a match on the channels of its subscribers. */
export async function publishMatchUpdated(
  live: LiveEvents,
  match: Match,
  need: Need,
  solution: Solution,
): Promise<void> {
  const event: MatchUpdatedEvent = {
    needId: match.needId,
    need: needFacts(need),
    solution: solutionFacts(solution),
    match,
  };
  await live.publish(matchChannel(match.needId), event);
  await live.publish(matchChannel(null), event);
}

const date = (v: unknown) => (v === null || v === undefined ? null : new Date(v as string));

export function reviveMatch(json: Match): Match {
  return Object.assign(new Match(), json, {
    createdAt: date(json.createdAt),
    updatedAt: date(json.updatedAt),
    decidedAt: date(json.decidedAt),
  });
}
