import { useQuery } from '@apollo/client/react';
import { DashboardDocument } from '@/generated/lazy';
import type { Viewer } from '@/lib/auth/viewer';

/** The dashboard in one request: figures, the viewer's own needs or solutions, recent needs. */
export function useDashboard(viewer: Viewer) {
  const ministryId = viewer.role === 'MINISTRY_STAFF' ? (viewer.ministry?.id ?? null) : null;
  const providerId = viewer.role === 'SOLUTION_PROVIDER' ? (viewer.organization?.id ?? null) : null;
  const { data, loading, error, refetch } = useQuery(DashboardDocument, {
    variables: {
      withMyNeeds: ministryId !== null,
      myNeeds: ministryId ? { ministryId } : null,
      withMySolutions: providerId !== null,
      mySolutions: providerId ? { providerId } : null,
    },
    fetchPolicy: 'cache-and-network',
  });
  return { data, loading, error, refetch, ministryId, providerId };
}
