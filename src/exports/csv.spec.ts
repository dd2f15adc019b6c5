import { neutralise, toCsv } from './csv';

describe('CSV export', () => {
  it('neutralises cells that a spreadsheet would run as formulas', () => {
    expect(neutralise('=HYPERLINK("http://x")')).toBe('\'=HYPERLINK("http://x")');
    expect(neutralise('+33 1 23')).toBe("'+33 1 23");
    expect(neutralise('-1')).toBe("'-1");
    expect(neutralise('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(neutralise('Télémédecine')).toBe('Télémédecine');
  });

  it('starts with a BOM and quotes every field, empty ones and the header too', () => {
    const csv = toCsv(['title', 'tags', 'partner'], [['Santé, "rurale"', ['a', 'b'], null]]);
    expect(csv).toBe('\uFEFF"title","tags","partner"\r\n"Santé, ""rurale""","a; b",""\r\n');
  });

  it('quotes a field holding a ";", so that a spreadsheet splitting on ";" keeps it whole', () => {
    // French and German spreadsheets take ";" as the list separator: unquoted, the first row
    // would be two cells, the second a formula.
    const csv = toCsv(['title'], [['Clinics;=1+1'], ['=1+1;x'], [42], [true]]);
    expect(csv.split('\r\n')).toEqual([
      '\uFEFF"title"',
      '"Clinics;=1+1"',
      '"\'=1+1;x"',
      '"42"',
      '"true"',
      '',
    ]);
  });
});
