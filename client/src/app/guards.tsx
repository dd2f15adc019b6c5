import { useQuery } from '@apollo/client/react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { NotFound } from '@/components/NotFound';
import { PageLoader } from '@/components/PageLoader';
import { QueryError } from '@/components/QueryError';
import { ViewerDocument } from '@/generated/graphql';
import { signInPath } from '@/lib/auth/redirect';
import { useSession } from '@/lib/auth/session-context';
import { ViewerContext, useViewer } from '@/lib/auth/viewer';
import { can, type Permission } from '@/lib/authorization';

/**
 * Signed-in routes. Without a session: to sign-in, remembering where the
 * user was when it expired (or which link they followed), to come back after.
 */
export function RequireAuth() {
  const { signedIn, lastEnd } = useSession();
  const location = useLocation();
  if (!signedIn) {
    const from = lastEnd === 'signedOut' ? null : location.pathname + location.search;
    return <Navigate to={signInPath(from, lastEnd === 'expired')} replace />;
  }
  return <ViewerGate />;
}

function ViewerGate() {
  const { data, error, loading, refetch } = useQuery(ViewerDocument);
  if (data?.me) {
    return (
      <ViewerContext value={data.me}>
        <Outlet />
      </ViewerContext>
    );
  }
  if (loading) return <PageLoader />;
  return <QueryError error={error} onRetry={() => void refetch()} />;
}

/** Routes for a permission only (administration): others see "not found", as for any hidden record. */
export function RequirePermission({ permission }: { permission: Permission }) {
  const viewer = useViewer();
  return can(viewer, permission) ? <Outlet /> : <NotFound />;
}
