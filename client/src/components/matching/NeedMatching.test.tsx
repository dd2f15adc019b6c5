import { screen, within } from '@testing-library/react';
import { NeedMatchesDocument, NeedSuggestionsDocument } from '@/generated/lazy';
import { renderWithProviders, viewers } from '@/test/render';
import { NeedMatching } from './NeedMatching';

const NEED = 'n-1';

const suggestion = (id: string, title: string, providerId: string, score: number) => ({
  __typename: 'SolutionSuggestion' as const,
  score,
  reasons: [
    {
      __typename: 'MatchReason' as const,
      factor: 'domains',
      detail: `Covers 1 of 1 domains (${title})`,
      contribution: 0.3,
      weight: 0.3,
    },
  ],
  solution: {
    __typename: 'Solution' as const,
    id,
    title,
    summary: 'A summary.',
    status: 'PUBLISHED' as const,
    maturity: 'PILOT' as const,
    provider: { __typename: 'Organization' as const, id: providerId, name: `Org ${providerId}` },
  },
});

const mocks = [
  {
    request: { query: NeedSuggestionsDocument, variables: { id: NEED } },
    result: {
      data: {
        need: {
          __typename: 'Need' as const,
          id: NEED,
          suggestedSolutions: [
            suggestion('s-own', 'Own flood warnings', 'o-list', 0.81),
            suggestion('s-other', 'Someone else’s crop maps', 'o-other', 0.42),
          ],
        },
      },
    },
  },
  {
    request: { query: NeedMatchesDocument, variables: { id: NEED } },
    result: { data: { need: { __typename: 'Need' as const, id: NEED, matches: [] } } },
  },
];

describe('a need’s suggested solutions', () => {
  it(
    'ranks them with their score and reasons; a provider may propose only its own',
    { timeout: 30_000 },
    async () => {
      renderWithProviders(<NeedMatching need={{ id: NEED, status: 'OPEN' }} />, {
        viewer: viewers.provider,
        mocks,
      });
      const section = await screen.findByRole('region', { name: 'Suggested solutions' });
      await within(section).findByText('Covers 1 of 1 domains (Own flood warnings)');
      const ranked = within(section).getAllByRole('listitem');
      expect(ranked[0]).toHaveTextContent('No. 1');
      expect(
        within(section)
          .getAllByRole('meter')
          .map((m) => m.getAttribute('aria-valuenow')),
      ).toEqual(['81', '42']);
      expect(
        within(section).getByRole('button', { name: 'Propose this match: Own flood warnings' }),
      ).toBeVisible();
      expect(
        within(section).queryByRole('button', {
          name: 'Propose this match: Someone else’s crop maps',
        }),
      ).toBeNull();
      expect(
        await screen.findByText('No solution has been proposed for this need yet.'),
      ).toBeVisible();
    },
  );

  it(
    'offers ministry staff every suggestion, but nothing on a closed need',
    { timeout: 30_000 },
    async () => {
      const { unmount } = renderWithProviders(
        <NeedMatching need={{ id: NEED, status: 'OPEN' }} />,
        {
          viewer: viewers.staff,
          mocks,
        },
      );
      expect(await screen.findAllByRole('button', { name: /^Propose this match/ })).toHaveLength(2);
      unmount();
      renderWithProviders(<NeedMatching need={{ id: NEED, status: 'CLOSED' }} />, {
        viewer: viewers.staff,
        mocks,
      });
      await screen.findByText('Covers 1 of 1 domains (Own flood warnings)');
      expect(screen.queryByRole('button', { name: /^Propose this match/ })).toBeNull();
    },
  );
});
