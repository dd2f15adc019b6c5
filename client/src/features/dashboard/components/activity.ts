/**
 * The audit operations the dashboard's feed names (dashboard.activity.operation.*):
 * the feed asks the server for these only (AuditEventFilter.operations).
 */
export const ACTIVITY_OPERATIONS = [
  'createNeed',
  'updateNeed',
  'createSolution',
  'updateSolution',
  'proposeMatch',
  'startReview',
  'reviewMatch',
  'decideMatch',
  'withdrawMatch',
  'postComment',
  'editComment',
  'deleteComment',
  'createUser',
  'createMinistry',
  'createOrganization',
] as const;

export type ActivityOperation = (typeof ACTIVITY_OPERATIONS)[number];

export const isActivityOperation = (o: string): o is ActivityOperation =>
  (ACTIVITY_OPERATIONS as readonly string[]).includes(o);
