import { useQuery } from '@apollo/client/react';
import {
  PortfolioCoverageDocument,
  RecentActivityDocument,
  ReviewQueueDocument,
} from '@/generated/lazy';
import type { Viewer } from '@/lib/auth/viewer';
import { can, canReadAudit, reviewConflict } from '@/lib/authorization';
import { ACTIVITY_OPERATIONS } from '../components/activity';

/** The portfolio's coverage, for the roles that may read it. */
export function useCoverage(viewer: Viewer) {
  const allowed = can(viewer, 'portfolio:read');
  const { data, loading, error, refetch } = useQuery(PortfolioCoverageDocument, {
    skip: !allowed,
    fetchPolicy: 'cache-and-network',
  });
  return { allowed, cells: data?.portfolioCoverage, loading, error, refetch };
}

/**
 * Matches under review that wait for this user: those they may review (no
 * conflict of interest, as the policy says) and have not reviewed yet.
 */
export function useReviewsWaiting(viewer: Viewer) {
  const allowed = can(viewer, 'match:review');
  const { data, loading, error } = useQuery(ReviewQueueDocument, {
    skip: !allowed,
    fetchPolicy: 'cache-and-network',
  });
  const waiting =
    data?.matches.edges
      .map((e) => e.node)
      .filter(
        (m) =>
          reviewConflict(viewer, m, m.solution) === null &&
          !m.reviews.some((r) => r.reviewer.id === viewer.id),
      ) ?? [];
  return { allowed, waiting, loading: loading && !data, error };
}

/** What happened lately: the audit trail for the working group, else one's notifications. */
export function useRecentActivity(viewer: Viewer) {
  const withAudit = canReadAudit(viewer);
  const { data, loading, error } = useQuery(RecentActivityDocument, {
    variables: { withAudit, operations: [...ACTIVITY_OPERATIONS] },
    fetchPolicy: 'cache-and-network',
  });
  return {
    withAudit,
    events: data?.auditEvents?.edges.map((e) => e.node),
    notifications: data?.recentNotifications?.edges.map((e) => e.node),
    loading: loading && !data,
    error,
  };
}
