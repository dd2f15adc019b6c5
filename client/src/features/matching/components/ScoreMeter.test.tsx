import { screen, within } from '@testing-library/react';
import type { MatchReasonFieldsFragment } from '@/generated/lazy';
import { renderWithProviders } from '@/test/render';
import { MatchReasons } from './MatchReasons';
import { ScoreMeter, percent } from './ScoreMeter';

const reason = (
  factor: string,
  detail: string,
  contribution: number,
  weight: number,
): MatchReasonFieldsFragment => ({
  __typename: 'MatchReason',
  factor,
  detail,
  contribution,
  weight,
});

describe('the score bar', () => {
  it('is a meter named by its label, with the percentage as its value and in text', () => {
    renderWithProviders(<ScoreMeter score={0.724} />);
    const meter = screen.getByRole('meter', { name: 'Fit' });
    expect(meter).toHaveAttribute('aria-valuenow', '72');
    expect(meter).toHaveAttribute('aria-valuemin', '0');
    expect(meter).toHaveAttribute('aria-valuemax', '100');
    expect(meter).toHaveAttribute('aria-valuetext', '72%');
    expect(screen.getByText('72%')).toBeVisible();
  });

  it('writes the percentage the French way, and takes another label', () => {
    renderWithProviders(<ScoreMeter score={0.5} label="Adéquation à la proposition" />, {
      language: 'fr',
    });
    const meter = screen.getByRole('meter', { name: 'Adéquation à la proposition' });
    expect(meter).toHaveAttribute('aria-valuetext', '50\u00a0%');
  });

  it('keeps scores outside 0–1 within the bar', () => {
    expect(percent(1.2)).toBe(100);
    expect(percent(-0.1)).toBe(0);
    expect(percent(0.005)).toBe(1);
  });
});

describe('the reasons', () => {
  it('lists the server’s sentences, weightiest first, with the points each adds', () => {
    renderWithProviders(
      <MatchReasons
        reasons={[
          reason('country', 'Deployed in a neighbouring country: Mali.', 0.05, 0.15),
          reason('domains', 'Both are about agriculture.', 0.3, 0.3),
          reason('text', 'Shared words: water, sensors.', 0.12, 0.25),
        ]}
      />,
    );
    const items = within(screen.getByRole('list', { name: 'Why' })).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual([
      'Both are about agriculture. (+30 of 30 points)',
      'Shared words: water, sensors. (+12 of 25 points)',
      'Deployed in a neighbouring country: Mali. (+5 of 15 points)',
    ]);
  });

  it('says so when there is nothing to explain', () => {
    renderWithProviders(<MatchReasons reasons={[]} />, { language: 'fr' });
    expect(screen.getByText('Aucun point commun trouvé.')).toBeVisible();
  });
});
