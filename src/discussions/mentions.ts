/**
 * Mentions in a comment's Markdown: `@` followed by a user's e-mail
 * (`@ana@example.org`), a display name in quotes (`@"Ana Diallo"`), or a
 * one-word display name (`@Ana`). Text inside code spans and fenced blocks
 * is not looked at. Returns what to look users up by, lower-cased.
 */
export interface Mentions {
  emails: string[];
  names: string[];
}

const MAX_MENTIONS = 50;

// `@` not glued to a word (so an e-mail address in the text is not read as a mention).
const START = String.raw`(?<![\p{L}\p{N}_.@])@`;
const EMAIL = new RegExp(
  `${START}([\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)+)`,
  'gu',
);
const QUOTED = new RegExp(`${START}"([^"\\n]{1,120})"`, 'gu');
const WORD = new RegExp(`${START}([\\p{L}\\p{N}_][\\p{L}\\p{N}_.'-]{0,119})`, 'gu');

/** Code (fenced blocks and inline spans) as blanks of the same length. */
function withoutCode(markdown: string): string {
  const blank = (m: string) => m.replace(/[^\n]/g, ' ');
  return markdown.replace(/```[\s\S]*?(```|$)/g, blank).replace(/`[^`\n]*`/g, blank);
}

export function parseMentions(markdown: string): Mentions {
  let text = withoutCode(markdown);
  const emails = new Set<string>();
  const names = new Set<string>();
  const take = (re: RegExp, into: Set<string>) => {
    text = text.replace(re, (whole, value: string) => {
      const clean = value.replace(/[.'-]+$/u, '').trim();
      if (clean) into.add(clean.toLowerCase());
      return ' '.repeat(whole.length);
    });
  };
  take(EMAIL, emails);
  take(QUOTED, names);
  take(WORD, names);
  return {
    emails: [...emails].slice(0, MAX_MENTIONS),
    names: [...names].slice(0, MAX_MENTIONS),
  };
}
