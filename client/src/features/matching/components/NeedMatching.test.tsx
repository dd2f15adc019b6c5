import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
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

  it(
    'shows the first 5 of 10, then the rest on asking, the focus on the first one revealed',
    { timeout: 30_000 },
    async () => {
      const ten = Array.from({ length: 10 }, (_, i) =>
        suggestion(`s-${i + 1}`, `Solution ${i + 1}`, 'o-list', 0.9 - i * 0.05),
      );
      renderWithProviders(<NeedMatching need={{ id: NEED, status: 'OPEN' }} />, {
        viewer: viewers.provider,
        mocks: [
          {
            request: { query: NeedSuggestionsDocument, variables: { id: NEED } },
            result: {
              data: { need: { __typename: 'Need' as const, id: NEED, suggestedSolutions: ten } },
            },
          },
          mocks[1],
        ],
      });
      const section = await screen.findByRole('region', { name: 'Suggested solutions' });
      await within(section).findByText('Covers 1 of 1 domains (Solution 1)');
      // Each suggestion's rank, in order (the reasons are lists too).
      const ranks = () =>
        within(section)
          .getAllByText(/^No\. \d+$/)
          .map((r) => r.textContent);
      expect(ranks()).toEqual(['No. 1', 'No. 2', 'No. 3', 'No. 4', 'No. 5']);
      expect(within(section).queryByText('Solution 6')).toBeNull();
      expect(within(section).getAllByRole('meter')).toHaveLength(5);

      await userEvent.click(within(section).getByRole('button', { name: 'Show 5 more' }));
      expect(ranks()).toEqual(Array.from({ length: 10 }, (_, i) => `No. ${i + 1}`));
      expect(
        within(section)
          .getAllByRole('meter')
          .map((m) => m.getAttribute('aria-valuenow')),
      ).toEqual(['90', '85', '80', '75', '70', '65', '60', '55', '50', '45']);
      expect(
        within(section).getByRole('button', { name: 'Propose this match: Solution 10' }),
      ).toBeVisible();
      expect(within(section).getByRole('link', { name: 'Solution 6' })).toHaveFocus();
      expect(within(section).queryByRole('button', { name: /^Show \d+ more$/ })).toBeNull();
    },
  );
});
