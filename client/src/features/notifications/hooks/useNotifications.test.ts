import {
  NotificationItemFragmentDoc,
  NotificationsDocument,
  UnreadNotificationCountDocument,
  type NotificationItemFragment,
} from '@/generated/lazy';
import { createCache } from '@/lib/apollo';
import { addNotification, notificationLink } from './useNotifications';

const notification = (id: string, readAt: string | null = null): NotificationItemFragment => ({
  __typename: 'Notification',
  id,
  kind: 'MENTIONED',
  text: `Mention ${id}`,
  createdAt: '2026-11-28T10:00:00.000Z',
  readAt,
  targetType: 'NEED',
  targetId: 'n1',
  threadId: 't1',
  commentId: 'c1',
  actor: { __typename: 'User', id: 'u1', displayName: 'Ana' },
});

describe('notifications in the cache', () => {
  it('links to the record, and to the comment when there is one', () => {
    expect(notificationLink(notification('1'))).toBe('/needs/n1#comment-c1');
    expect(notificationLink({ targetType: 'MATCH', targetId: 'm1', commentId: null })).toBe(
      '/matches/m1',
    );
  });

  it('counts a new one that the cache already holds, as Apollo writes a subscription result first', () => {
    const cache = createCache();
    cache.writeQuery({
      query: UnreadNotificationCountDocument,
      data: { __typename: 'Query', unreadNotificationCount: 0 },
    });
    cache.writeFragment({
      fragment: NotificationItemFragmentDoc,
      fragmentName: 'NotificationItem',
      data: notification('live'),
    });
    addNotification(cache, notification('live'), new Set());
    expect(cache.readQuery({ query: UnreadNotificationCountDocument })).toEqual({
      unreadNotificationCount: 1,
    });
  });

  it('a new one is counted once and comes first in the lists already loaded', () => {
    const cache = createCache();
    cache.writeQuery({
      query: UnreadNotificationCountDocument,
      data: { __typename: 'Query', unreadNotificationCount: 2 },
    });
    cache.writeQuery({
      query: NotificationsDocument,
      variables: { unreadOnly: false, first: 20 },
      data: {
        __typename: 'Query',
        notifications: {
          __typename: 'NotificationConnection',
          totalCount: 1,
          pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: 'x' },
          edges: [{ __typename: 'NotificationEdge', cursor: 'x', node: notification('old') }],
        },
      },
    });
    const seen = new Set<string>();
    addNotification(cache, notification('new'), seen);
    addNotification(cache, notification('new'), seen);
    const list = cache.readQuery({
      query: NotificationsDocument,
      variables: { unreadOnly: false, first: 20 },
    });
    expect(list?.notifications.edges.map((e) => e.node.id)).toEqual(['new', 'old']);
    expect(list?.notifications.totalCount).toBe(2);
    expect(cache.readQuery({ query: UnreadNotificationCountDocument })).toEqual({
      unreadNotificationCount: 3,
    });
  });
});
