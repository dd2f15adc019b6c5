import { safeNextPath, signInPath } from './redirect';

describe('where sign-in leads back to', () => {
  it('keeps a path of this site', () => {
    expect(safeNextPath('/needs?status=OPEN')).toBe('/needs?status=OPEN');
  });

  it.each([null, '', 'https://evil.example', '//evil.example', '/\\evil.example'])(
    'refuses %s',
    (value) => {
      expect(safeNextPath(value)).toBe('/');
    },
  );

  it('names the page and the expiry', () => {
    expect(signInPath('/needs?q=eau', true)).toBe('/sign-in?next=%2Fneeds%3Fq%3Deau&expired=1');
    expect(signInPath(null, false)).toBe('/sign-in');
  });
});
