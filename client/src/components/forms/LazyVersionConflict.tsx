import { Suspense, lazy, type ComponentProps } from 'react';
import { PageLoader } from '../PageLoader';

const VersionConflict = lazy(() =>
  import('./VersionConflict').then((m) => ({ default: m.VersionConflict })),
);

/** The conflict choice, fetched only when a conflict happens (rare: not worth every edit page's weight). */
export function LazyVersionConflict(props: ComponentProps<typeof VersionConflict>) {
  return (
    <Suspense fallback={<PageLoader />}>
      <VersionConflict {...props} />
    </Suspense>
  );
}
