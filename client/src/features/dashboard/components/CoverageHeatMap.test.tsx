import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route } from 'react-router';
import { localized } from '@/lib/format';
import { renderWithProviders } from '@/test/render';
import { CoverageHeatMap } from './CoverageHeatMap';
import { buildHeatMap, cellLink, level, type Cell } from './heatMap';

const country = (code: string, name: string, nameFr: string) => ({
  __typename: 'Country' as const,
  code,
  name,
  nameFr,
});
const domain = (code: string, label: string, labelFr: string) => ({
  __typename: 'Domain' as const,
  code,
  label,
  labelFr,
});
const SN = country('SN', 'Senegal', 'Sénégal');
const BF = country('BF', 'Burkina Faso', 'Burkina Faso');
const CV = country('CV', 'Cabo Verde', 'Cap-Vert');
const HEALTH = domain('HEALTH', 'Health', 'Santé');
const AGRI = domain('AGRICULTURE', 'Agriculture', 'Agriculture');
const cell = (
  c: Cell['country'],
  d: Cell['domain'],
  open: number,
  matched: number,
  accepted: number,
): Cell => ({
  __typename: 'CoverageCell',
  country: c,
  domain: d,
  openNeeds: open,
  matchedNeeds: matched,
  acceptedMatches: accepted,
});
const cells = [
  cell(SN, HEALTH, 1, 0, 0),
  cell(SN, AGRI, 4, 1, 2),
  cell(BF, HEALTH, 2, 3, 3),
  cell(CV, AGRI, 0, 0, 0),
];

describe('the heat map’s table', () => {
  it('has the countries with anything as rows, most first, and the domains by name', () => {
    const map = buildHeatMap(cells, 'openNeeds', localized('en'));
    expect(map.domains.map((d) => d.code)).toEqual(['AGRICULTURE', 'HEALTH']);
    expect(map.rows.map((r) => [r.code, r.values, r.total])).toEqual([
      ['SN', [4, 1], 5],
      ['BF', [0, 2], 2],
    ]);
    expect(map.max).toBe(4);
    const matched = buildHeatMap(cells, 'matchedNeeds', localized('fr'));
    expect(matched.rows.map((r) => r.name)).toEqual(['Burkina Faso', 'Sénégal']);
    expect(matched.domains.map((d) => d.label)).toEqual(['Agriculture', 'Santé']);
  });

  it('shades by the share of the largest value', () => {
    expect([0, 1, 2, 4].map((v) => level(v, 4))).toEqual([0, 2, 3, 5]);
    expect(level(1, 100)).toBe(1);
    expect(level(3, 0)).toBe(0);
  });

  it('links a cell to the needs list filtered by country, domain and the measure’s state', () => {
    expect(cellLink('SN', 'HEALTH', 'openNeeds')).toBe(
      '/needs?country=SN&domain=HEALTH&status=OPEN',
    );
    expect(cellLink('SN', 'HEALTH', 'matchedNeeds')).toBe(
      '/needs?country=SN&domain=HEALTH&status=MATCHED',
    );
    expect(cellLink('SN', 'HEALTH', 'acceptedMatches')).toBe('/needs?country=SN&domain=HEALTH');
  });
});

describe('CoverageHeatMap', { timeout: 20_000 }, () => {
  it('is a table with a caption and headers, whose numbers lead to the needs', async () => {
    const user = userEvent.setup();
    renderWithProviders(<CoverageHeatMap cells={cells} />, {
      path: '/',
      routes: <Route path="/needs" element={<p>needs list</p>} />,
    });
    const table = screen.getByRole('table', { name: /Open needs by partner country/ });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Country', 'Agriculture', 'Health', 'Total']);
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((h) => h.textContent),
    ).toEqual(['Senegal', 'Burkina Faso']);
    expect(screen.getByRole('region', { name: /Open needs by partner country/ })).toHaveAttribute(
      'tabindex',
      '0',
    );

    await user.click(screen.getByRole('radio', { name: 'Matched needs' }));
    screen.getByRole('table', { name: /Matched needs by partner country/ });
    const link = screen.getByRole('link', { name: '3 Matched needs: Burkina Faso, Health' });
    expect(link).toHaveAttribute('href', '/needs?country=BF&domain=HEALTH&status=MATCHED');
    await user.click(link);
    await screen.findByText('needs list');
  });

  it('says so when there is nothing', () => {
    renderWithProviders(<CoverageHeatMap cells={[cell(CV, AGRI, 0, 0, 0)]} />);
    expect(screen.getByText('No need in the portfolio yet.')).toBeInTheDocument();
    expect(screen.queryByRole('table')).toBeNull();
  });
});
