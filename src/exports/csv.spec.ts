import { neutralise, toCsv } from './csv';

describe('CSV export', () => {
  it('neutralises cells that a spreadsheet would run as formulas', () => {
    expect(neutralise('=HYPERLINK("http://x")')).toBe('\'=HYPERLINK("http://x")');
    expect(neutralise('+33 1 23')).toBe("'+33 1 23");
    expect(neutralise('-1')).toBe("'-1");
    expect(neutralise('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(neutralise('Télémédecine')).toBe('Télémédecine');
  });

  it('starts with a BOM and quotes what needs quoting', () => {
    const csv = toCsv(['title', 'tags'], [['Santé, "rurale"', ['a', 'b']]]);
    expect(csv.startsWith('\uFEFFtitle,tags\r\n')).toBe(true);
    expect(csv).toContain('"Santé, ""rurale""",a; b');
  });
});
