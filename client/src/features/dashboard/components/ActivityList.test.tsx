import { MockedProvider } from '@apollo/client/testing/react';
import { renderHook, screen, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { RecentActivityDocument } from '@/generated/lazy';
import { createCache } from '@/lib/apollo';
import { renderWithProviders, viewers } from '@/test/render';
import { useRecentActivity } from '../hooks/useDashboardWork';
import { ACTIVITY_OPERATIONS } from './activity';
import { ActivityList } from './ActivityList';

const event = (operation: string) => ({
  __typename: 'AuditEvent' as const,
  id: `e-${operation}`,
  operation,
  entityType: 'User',
  entityId: 'u-staff',
  occurredAt: '2026-11-20T10:00:00Z',
  actor: { __typename: 'User' as const, id: 'u-staff', displayName: 'Marc Ministère' },
});

describe('the working group’s recent activity', () => {
  it.each(['markNotificationsRead', 'updateMyProfile', 'changePassword'])(
    'an operation the feed does not name (%s) reads as words, not as the identifier',
    (operation) => {
      renderWithProviders(<ActivityList events={[event(operation)]} />, { language: 'fr' });
      expect(screen.getByText('Autre modification')).toBeVisible();
      expect(screen.queryByText(operation)).not.toBeInTheDocument();
    },
  );

  it('names the operations it knows', () => {
    renderWithProviders(<ActivityList events={[event('decideMatch')]} />, { language: 'en' });
    expect(screen.getByText('Match decided')).toBeVisible();
  });

  it('asks the server for the operations it names only', async () => {
    const coordinator = { ...viewers.staff, role: 'COORDINATOR' as const, ministry: null };
    const mocks = [
      {
        request: {
          query: RecentActivityDocument,
          variables: { withAudit: true, operations: [...ACTIVITY_OPERATIONS] },
        },
        result: {
          data: {
            auditEvents: {
              __typename: 'AuditEventConnection' as const,
              edges: [{ __typename: 'AuditEventEdge' as const, node: event('createNeed') }],
            },
          },
        },
      },
    ];
    const wrapper = ({ children }: { children: ReactNode }) => (
      <MockedProvider mocks={mocks} cache={createCache()}>
        {children}
      </MockedProvider>
    );
    const { result } = renderHook(() => useRecentActivity(coordinator), { wrapper });
    await waitFor(() =>
      expect(result.current.events?.map((e) => e.operation)).toEqual(['createNeed']),
    );
    expect(ACTIVITY_OPERATIONS).not.toContain('markNotificationsRead');
  });
});
