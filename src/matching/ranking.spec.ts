import { contributionsOf, FACTORS, scoreOf } from './ranking';

describe('a pair’s score and contributions', () => {
  const values = {
    domains_value: 2 / 3,
    text_value: 0.123456789,
    // PostgreSQL's numeric arrives as a string.
    country_value: '0.5',
    maturity_value: '0.75',
    principles_value: 0,
  };

  it('rounds each contribution, weight × value, to 6 decimals', () => {
    expect(contributionsOf(values)).toEqual({
      domains: 0.2,
      text: 0.049383,
      country: 0.075,
      maturity: 0.0375,
      principles: 0,
    });
  });

  it('makes the score the sum of the contributions as shown, so that they add up exactly', () => {
    const contributions = contributionsOf(values);
    expect(scoreOf(contributions)).toBe(0.361883);
    expect(scoreOf(contributions)).toBeCloseTo(
      FACTORS.reduce((sum, f) => sum + contributions[f], 0),
      12,
    );
  });

  it('gives 1, the sum of the weights, to a pair that is perfect on every factor', () => {
    const perfect = {
      domains_value: 1,
      text_value: 1,
      country_value: 1,
      maturity_value: 1,
      principles_value: 1,
    };
    expect(scoreOf(contributionsOf(perfect))).toBe(1);
  });
});
