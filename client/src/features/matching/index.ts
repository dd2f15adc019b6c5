/**
 * What other features use of matching: the suggestions and matches of a need
 * or a solution (the main column of their pages), and the parts a match's
 * own pages show (status, score, reasons).
 */
export { NeedMatching } from './components/NeedMatching';
export { SolutionMatching } from './components/SolutionMatching';
export { MatchStatusBadge, MATCH_STATUSES } from './components/MatchStatusBadge';
export { ScoreMeter } from './components/ScoreMeter';
export { MatchReasons } from './components/MatchReasons';
