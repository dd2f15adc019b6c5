import type { TFunction } from 'i18next';

/**
 * The server writes its validation messages in English
 * (src/common/validators.ts). These patterns give the known ones in the
 * user's language; anything else is not shown (it would be English in a
 * French page): a generic sentence in the user's language takes its place.
 */
type Rule = [RegExp, (t: TFunction, m: RegExpMatchArray) => string];

const RULES: Rule[] = [
  [/must not be blank$/, (t) => t('validation.blank')],
  [/must be at most (\d+) characters$/, (t, m) => t('validation.maxLength', { max: Number(m[1]) })],
  [/needs at least (\d+) code/, (t, m) => t('validation.minItems', { count: Number(m[1]) })],
  [
    /takes at most (\d+) (codes|tags)$/,
    (t, m) => t('validation.maxItems', { count: Number(m[1]) }),
  ],
  [
    /^each tag must be 1 to (\d+) characters$/,
    (t, m) => t('validation.tagLength', { max: Number(m[1]) }),
  ],
  [/must be an e-mail address$/, (t) => t('validation.email')],
  [
    /^password must be (\d+) to (\d+) characters long$/,
    (t, m) => t('validation.passwordLength', { min: Number(m[1]), max: Number(m[2]) }),
  ],
  [/^acronym must be 2 to 20 uppercase/, (t) => t('validation.acronym')],
  [/must be an http\(s\) URL$/, (t) => t('validation.url')],
  [
    /must be a two-letter ISO 3166-1 code$|^Unknown country codes?:/,
    (t) => t('validation.country'),
  ],
  [/^Unknown (domain|principle) codes?:/, (t) => t('validation.unknownCode')],
  [/must not contain control characters$/, (t) => t('validation.controlCharacters')],
  [/already exists\.$/, (t) => t('validation.exists')],
  [/^A decision needs at least one review first\.$/, (t) => t('decision.needsReview')],
  // Proposals refused because the page was stale (the solution archived, the need closed).
  [/^Only a published solution can be proposed/, (t) => t('matching.propose.solutionGone')],
  [/^Solutions are proposed for OPEN or MATCHED needs/, (t) => t('matching.propose.needClosed')],
];

/** A validation sentence of the server in the user's language; null for one it does not know. */
export function knownServerMessage(t: TFunction, message: string): string | null {
  for (const [pattern, render] of RULES) {
    const match = message.match(pattern);
    if (match) return render(t, match);
  }
  return null;
}

/** A field's message in the user's language: a known sentence, else a generic one. */
export function localizeServerMessage(t: TFunction, message: string): string {
  return knownServerMessage(t, message) ?? t('validation.invalid');
}
