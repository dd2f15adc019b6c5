import { Locale } from '../common/enums';
import { joinList } from './i18n';

describe('joinList', () => {
  it('joins in each language, however often and in whichever order it is asked', () => {
    for (let i = 0; i < 3; i += 1) {
      expect(joinList(['a', 'b', 'c'], Locale.en)).toBe('a, b, and c');
      expect(joinList(['a', 'b', 'c'], Locale.fr)).toBe('a, b et c');
      expect(joinList(['a'], Locale.fr)).toBe('a');
      expect(joinList([], Locale.en)).toBe('');
    }
  });
});
