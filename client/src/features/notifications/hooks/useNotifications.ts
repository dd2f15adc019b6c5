import type { ApolloCache, Reference } from '@apollo/client';
import { useMutation, useQuery, useSubscription } from '@apollo/client/react';
import { useRef } from 'react';
import {
  MarkNotificationsReadDocument,
  NotificationAddedDocument,
  NotificationItemFragmentDoc,
  NotificationsDocument,
  UnreadNotificationCountDocument,
  type NotificationItemFragment,
} from '@/generated/lazy';

export const PAGE_SIZE = 20;

const PATHS = { NEED: '/needs', SOLUTION: '/solutions', MATCH: '/matches' } as const;

/** The page a notification is about; a comment's own place in its thread when it is about one. */
export const notificationLink = (
  n: Pick<NotificationItemFragment, 'targetType' | 'targetId' | 'commentId'>,
) => `${PATHS[n.targetType]}/${n.targetId}${n.commentId ? `#comment-${n.commentId}` : ''}`;

interface CachedPage {
  totalCount: number;
  edges: readonly { cursor: string; node: Reference }[];
}

/**
 * A new notification: one more unread, and first in every list already
 * loaded. `seen` holds the ids already counted, so that the same event
 * twice (a reconnection) counts once; the cache cannot tell, since Apollo
 * writes a subscription's result into it before handing it over.
 */
export function addNotification(
  cache: ApolloCache,
  notification: NotificationItemFragment,
  seen: Set<string>,
): void {
  const known = seen.has(notification.id);
  seen.add(notification.id);
  const ref = cache.writeFragment({
    fragment: NotificationItemFragmentDoc,
    fragmentName: 'NotificationItem',
    data: notification,
  });
  if (!ref) return;
  cache.modify<{ notifications: CachedPage }>({
    fields: {
      notifications(existing, { readField }) {
        const page = existing as CachedPage | undefined;
        if (!page || page.edges.some((e) => readField('id', e.node) === notification.id))
          return existing;
        return {
          ...page,
          totalCount: page.totalCount + 1,
          edges: [{ __typename: 'NotificationEdge', cursor: '', node: ref }, ...page.edges],
        } as never;
      },
    },
  });
  if (notification.readAt === null && !known) {
    cache.updateQuery({ query: UnreadNotificationCountDocument }, (data) =>
      data ? { ...data, unreadNotificationCount: data.unreadNotificationCount + 1 } : data,
    );
  }
}

/**
 * How many notifications are unread, kept live: notificationAdded adds to
 * it (and to the lists), marking read asks the server again.
 */
export function useUnreadCount(): number {
  const { data } = useQuery(UnreadNotificationCountDocument, {
    fetchPolicy: 'cache-and-network',
  });
  const seen = useRef(new Set<string>());
  useSubscription(NotificationAddedDocument, {
    onData: ({ client, data: event }) => {
      if (event.data?.notificationAdded)
        addNotification(client.cache, event.data.notificationAdded, seen.current);
    },
  });
  return data?.unreadNotificationCount ?? 0;
}

export function useNotificationList(unreadOnly: boolean) {
  const { data, loading, error, refetch, fetchMore } = useQuery(NotificationsDocument, {
    variables: { unreadOnly, first: PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const page = data?.notifications;
  return {
    page,
    loading,
    error,
    refetch: () => void refetch(),
    loadMore: () =>
      page?.pageInfo.endCursor
        ? fetchMore({ variables: { after: page.pageInfo.endCursor } })
        : undefined,
  };
}

/** Marks notifications read, then asks again how many are unread. */
export function useMarkRead() {
  const [mark, state] = useMutation(MarkNotificationsReadDocument, {
    refetchQueries: [UnreadNotificationCountDocument],
  });
  const markRead = (ids: readonly string[]) =>
    ids.length === 0 ? Promise.resolve() : mark({ variables: { ids: [...ids] } });
  return { markRead, marking: state.loading };
}
