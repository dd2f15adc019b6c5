import { createContext, use } from 'react';
import type { ViewerFieldsFragment } from '@/generated/graphql';

export type Viewer = ViewerFieldsFragment;

export const ViewerContext = createContext<Viewer | null>(null);

/** The signed-in user, inside the routes that require one. */
export function useViewer(): Viewer {
  const viewer = use(ViewerContext);
  if (!viewer) throw new Error('useViewer is only available behind RequireAuth');
  return viewer;
}
