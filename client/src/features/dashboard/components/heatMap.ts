import type { PortfolioCoverageQuery } from '@/generated/lazy';
import type { Localized } from '@/lib/format';

export type Cell = PortfolioCoverageQuery['portfolioCoverage'][number];
export type Measure = 'openNeeds' | 'matchedNeeds' | 'acceptedMatches';
export const MEASURES: readonly Measure[] = ['openNeeds', 'matchedNeeds', 'acceptedMatches'];

export interface HeatMapRow {
  code: string;
  name: string;
  values: number[];
  total: number;
}

export interface HeatMap {
  domains: { code: string; label: string }[];
  rows: HeatMapRow[];
  max: number;
}

/**
 * Countries (rows) × domains (columns) for one measure. Rows and columns are
 * those with anything in any measure, so that switching keeps the layout;
 * rows by the measure's total (most first), then by name.
 */
export function buildHeatMap(cells: readonly Cell[], measure: Measure, l: Localized): HeatMap {
  const any = (c: Cell) => c.openNeeds + c.matchedNeeds + c.acceptedMatches > 0;
  const used = cells.filter(any);
  const domains = [...new Map(used.map((c) => [c.domain.code, c.domain])).values()]
    .map((d) => ({ code: d.code, label: l.domainLabel(d) }))
    .sort((a, b) => l.compare(a.label, b.label));
  const countries = [...new Map(used.map((c) => [c.country.code, c.country])).values()];
  const value = new Map(used.map((c) => [`${c.country.code}:${c.domain.code}`, c[measure]]));
  const rows = countries
    .map((country) => {
      const values = domains.map((d) => value.get(`${country.code}:${d.code}`) ?? 0);
      return {
        code: country.code,
        name: l.countryName(country),
        values,
        total: values.reduce((a, b) => a + b, 0),
      };
    })
    .sort((a, b) => b.total - a.total || l.compare(a.name, b.name));
  const max = Math.max(0, ...rows.flatMap((r) => r.values));
  return { domains, rows, max };
}

/** 0 for nothing, else 1 to 5 by the share of the largest value. */
export const level = (value: number, max: number): number =>
  value <= 0 || max <= 0 ? 0 : Math.max(1, Math.ceil((value / max) * 5));

/** The needs list behind a cell: its country and domain, and the state the measure counts. */
export function cellLink(country: string, domain: string, measure: Measure): string {
  const params = new URLSearchParams({ country, domain });
  if (measure === 'openNeeds') params.set('status', 'OPEN');
  if (measure === 'matchedNeeds') params.set('status', 'MATCHED');
  return `/needs?${params.toString()}`;
}
