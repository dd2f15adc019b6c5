/** A page of notifications as the server sends it, for tests. */
export const notification = (id: string, text: string) => ({
  __typename: 'Notification' as const,
  id,
  kind: 'MATCH_PROPOSED' as const,
  text,
  createdAt: '2026-11-20T10:00:00Z',
  readAt: null,
  targetType: 'MATCH' as const,
  targetId: 'm1',
  threadId: null,
  commentId: null,
  actor: null,
});

export const notificationPage = (
  nodes: ReturnType<typeof notification>[],
  { totalCount = nodes.length, hasNextPage = false, endCursor = 'c1' } = {},
) => ({
  data: {
    notifications: {
      __typename: 'NotificationConnection' as const,
      totalCount,
      pageInfo: { __typename: 'PageInfo' as const, hasNextPage, endCursor },
      edges: nodes.map((node) => ({
        __typename: 'NotificationEdge' as const,
        cursor: endCursor,
        node,
      })),
    },
  },
});
