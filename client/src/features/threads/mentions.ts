/**
 * Mentions as the server reads them (src/discussions/mentions.ts): `@` not
 * glued to a word, then a one-word display name (`@Ana`), a display name in
 * quotes (`@"Ana Diallo"`) or an e-mail. This file finds the mention being
 * typed, the people it may mean, and what to put in the text for one of them.
 */

export interface MentionCandidate {
  id: string;
  displayName: string;
}

export interface ActiveMention {
  /** Where the `@` is. */
  start: number;
  /** What follows it up to the caret, quote left out. */
  query: string;
}

const MAX_QUERY = 40;
// `@` at the start or after something that is not part of a word or an address.
const TYPING = new RegExp(String.raw`(?:^|[^\p{L}\p{N}_.@])@("?)([^"@\n]{0,${MAX_QUERY}})$`, 'u');
const WORD = /^[\p{L}\p{N}_][\p{L}\p{N}_.'-]*$/u;
const ONE_WORD_NAME = /^[\p{L}\p{N}_](?:[\p{L}\p{N}_.'-]*[\p{L}\p{N}_])?$/u;

/** The mention the caret is in, if any: `@` followed by part of a name. */
export function activeMention(text: string, caret: number): ActiveMention | null {
  const before = text.slice(0, caret);
  const match = TYPING.exec(before);
  if (!match) return null;
  const [, quote, query] = match;
  // Without a quote a name is one word: a space ends the mention.
  if (!quote && query !== '' && !WORD.test(query)) return null;
  return { start: caret - query.length - quote.length - 1, query };
}

// Letters that do not decompose into a base and an accent, folded as the
// server's `unaccent` folds them, so that the server's answers fit here too.
const LETTERS: Record<string, string> = { ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', ł: 'l', đ: 'd' };

/** Lower case, accents aside: "Élodie" is found by "elo", "Søren" by "so". */
export const fold = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[øæœßłđ]/g, (c) => LETTERS[c]);

/**
 * The people whose name fits what was typed: the whole name or one of its
 * words starts with it. Names that start with it come first, then by name.
 */
export function mentionSuggestions(
  candidates: readonly MentionCandidate[],
  query: string,
  options: { exclude?: string; limit?: number } = {},
): MentionCandidate[] {
  const q = fold(query.trim());
  const seen = new Set<string>();
  const fits: { candidate: MentionCandidate; rank: number }[] = [];
  for (const candidate of candidates) {
    if (seen.has(candidate.id) || candidate.id === options.exclude) continue;
    seen.add(candidate.id);
    const name = fold(candidate.displayName);
    const rank = name.startsWith(q)
      ? 0
      : name.split(/[\s'-]+/).some((w) => w.startsWith(q))
        ? 1
        : -1;
    if (rank >= 0) fits.push({ candidate, rank });
  }
  return fits
    .sort(
      (a, b) => a.rank - b.rank || a.candidate.displayName.localeCompare(b.candidate.displayName),
    )
    .slice(0, options.limit ?? 6)
    .map((f) => f.candidate);
}

/** `@Ana` for a one-word name, `@"Ana Diallo"` otherwise. */
export function mentionToken(displayName: string): string {
  const name = displayName.trim();
  return ONE_WORD_NAME.test(name) || name.includes('"') ? `@${name}` : `@"${name}"`;
}

/** The text with the mention being typed replaced by the chosen person, and where the caret goes. */
export function insertMention(
  text: string,
  mention: ActiveMention,
  caret: number,
  candidate: MentionCandidate,
): { text: string; caret: number } {
  const after = text.slice(caret).replace(/^"/, '');
  // A space after the name, unless the text goes on with one or with punctuation.
  const token = mentionToken(candidate.displayName) + (/^[\s,.;:!?)]/u.test(after) ? '' : ' ');
  return {
    text: text.slice(0, mention.start) + token + after,
    caret: mention.start + token.length,
  };
}
