import { readNeedFilters, toNeedFilter, writeNeedFilters } from './useNeedFilters';

describe('need filters in the URL', () => {
  it('read back what they wrote', () => {
    const state = {
      search: 'eau potable',
      countries: ['SN', 'NE'],
      domains: ['AGRICULTURE'],
      statuses: ['OPEN' as const],
      ministry: 'm1',
    };
    const params = writeNeedFilters(state);
    expect(params.toString()).toBe(
      'q=eau+potable&country=SN&country=NE&domain=AGRICULTURE&status=OPEN&ministry=m1',
    );
    expect(readNeedFilters(params)).toEqual(state);
  });

  it('ignore statuses that do not exist', () => {
    expect(readNeedFilters(new URLSearchParams('status=OPEN&status=NOPE')).statuses).toEqual([
      'OPEN',
    ]);
  });

  it('leave empty parts out of the server filter', () => {
    expect(toNeedFilter(readNeedFilters(new URLSearchParams('q=%20%20&status=CLOSED')))).toEqual({
      statuses: ['CLOSED'],
    });
  });
});
