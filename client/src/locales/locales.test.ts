import en from './en.json';
import fr from './fr.json';

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of leaves(value, path)) out.set(k, v);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('translations', () => {
  const english = leaves(en);
  const french = leaves(fr);

  it('have the same keys in French and English', () => {
    expect([...french.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it('have no empty string', () => {
    for (const [key, text] of [...english, ...french])
      expect({ key, empty: text.trim() === '' }).toEqual({ key, empty: false });
  });

  it('use the same placeholders in both languages', () => {
    for (const [key, text] of english) {
      expect({ key, placeholders: placeholders(french.get(key) ?? '') }).toEqual({
        key,
        placeholders: placeholders(text),
      });
    }
  });
});
