import fc from 'fast-check';

/**
 * Arbitraries of hostile input for the fuzz tests: text that has broken
 * other servers (SQL, HTML, CR/LF, NUL and control characters, RTL marks,
 * astral characters, combining marks, lone surrogates, bytes that decode to
 * replacement characters), values of the wrong type, and the boundaries of
 * each validator.
 */

/** A value to be worked out when the call is sent (a real id, the current version...). */
export class Ref {
  constructor(
    readonly label: string,
    readonly resolve: () => unknown,
  ) {}
  toString() {
    return `<${this.label}>`;
  }
}

/** A field left out of its input object. */
export const OMIT = Symbol('omitted');

/** Replaces every Ref with its value and drops OMIT fields, deep. */
export async function resolveRefs(value: unknown): Promise<unknown> {
  if (value instanceof Ref) return resolveRefs(await value.resolve());
  if (Array.isArray(value)) return Promise.all(value.map(resolveRefs));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      if (v === OMIT) continue;
      out[k] = await resolveRefs(v);
    }
    return out;
  }
  return value;
}

export const NASTY_STRINGS: string[] = [
  "'; DROP TABLE need; --",
  "' OR '1'='1",
  '1); DELETE FROM "user" WHERE (1=1',
  "Robert'); SELECT pg_sleep(5); --",
  '$$; TRUNCATE audit_event; $$',
  '\\x00\\\\',
  '<script>alert(document.cookie)</script>',
  '<img src=x onerror="fetch(`//evil`)">',
  '"><svg/onload=alert(1)>',
  'javascript:alert(1)',
  '{{constructor.constructor("return process")()}}',
  '${7*7}',
  'line one\r\nline two',
  '\r\n\r\n',
  'header\r\nSet-Cookie: a=b',
  'nul\u0000inside',
  '\u0000',
  'bell\u0007 escape\u001b[31m red',
  '\u0008\u000b\u000c\u007f\u0085',
  'tab\tand\nnewline',
  '\u202Eevil.exe\u202C',
  '\u200F\u200E\u2066rtl\u2069',
  '\u200B\u200C\u200D\uFEFF',
  '😀🎉👩‍👩‍👧‍👦🇱🇺',
  '𝕳𝖊𝖑𝖑𝖔 𐍈 𠜎',
  'e\u0301\u0302\u0303\u0304\u0305',
  'Z̴̡̛͉̞̤̈́a̷̢̛̱͕l̶̡̪̒g̷̱̈o̶̧̊',
  '\uD800',
  'lone \uDC00 low',
  '\uFFFD\uFFFE\uFFFF',
  'overlong: \u00C0\u00AF (C0 AF)',
  '%00%0d%0a%3Cscript%3E',
  '../../../../etc/passwd',
  'ｆｕｌｌ　ｗｉｄｔｈ',
  'İstanbul ß ﬁ',
  '   ',
  '',
  ' padded ',
  'null',
  'undefined',
  'NaN',
  '0',
  '-1',
  '1e309',
  '{"$gt": ""}',
  '__proto__',
];

/** Strings anyone might type, for the valid half of the inputs. */
export const plainText = (max: number) =>
  fc
    .string({ minLength: 1, maxLength: Math.min(max, 60), unit: 'grapheme' })
    .filter((s) => s.trim().length > 0)
    .map((s) => `T ${s}`.slice(0, max));

/** A text: nasty strings, random Unicode (any code point, lone surrogates included), and mixes. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...NASTY_STRINGS), weight: 4 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 80 }), weight: 2 },
  {
    arbitrary: fc
      .array(fc.constantFrom(...NASTY_STRINGS), { minLength: 2, maxLength: 5 })
      .map((parts) => parts.join(' ')),
    weight: 2,
  },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 80 }), weight: 1 },
);

/** A string around a length limit (counted as the validators and PostgreSQL count). */
export const aroundLimit = (max: number): fc.Arbitrary<string> =>
  fc.oneof(
    fc.constant('a'.repeat(max)),
    fc.constant('a'.repeat(max + 1)),
    fc.constant(` ${'b'.repeat(max)} `),
    fc.constant('😀'.repeat(max)),
    fc.constant('😀'.repeat(max + 1)),
    // validator.js does not count variation selectors; PostgreSQL does.
    fc.constant('a\uFE0F'.repeat(max)),
    fc.constant('e\u0301'.repeat(Math.ceil(max / 2))),
    fc.constant('\u0000'.repeat(Math.min(max, 50))),
    fc.constant('\r\n'.repeat(Math.ceil(max / 2))),
  );

/** Oversized: far past any limit, yet under the 1 MB body limit... and one over it. */
export const oversized: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constant('x'.repeat(100_000)), weight: 3 },
  { arbitrary: fc.constant('𝕏'.repeat(60_000)), weight: 2 },
  { arbitrary: fc.constant("'; --".repeat(20_000)), weight: 2 },
  { arbitrary: fc.constant('y'.repeat(1_100_000)), weight: 1 },
);

/** A value of the wrong type for whatever field it lands in. */
export const wrongType: fc.Arbitrary<unknown> = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant([]),
  fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }),
  fc.constant({}),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 3 }),
  fc.constant({ $ne: null }),
);

/** A field's arbitrary, with its valid and its bad values apart (for one-bad-field inputs). */
export type FieldArbitrary = fc.Arbitrary<unknown> & {
  valid: fc.Arbitrary<unknown>;
  bad: fc.Arbitrary<unknown>;
};

/** One field: mostly a valid value, else hostile text, a wrong type, null or nothing. */
export function field(
  valid: fc.Arbitrary<unknown>,
  hostile: fc.Arbitrary<unknown>[] = [],
): FieldArbitrary {
  const bad = fc.oneof(
    ...hostile.map((arbitrary) => ({ arbitrary, weight: 2 })),
    { arbitrary: hostileString, weight: 2 },
    { arbitrary: wrongType, weight: 1 },
    { arbitrary: fc.constant(null), weight: 1 },
    { arbitrary: fc.constant(OMIT), weight: 1 },
  );
  const any = fc.oneof({ arbitrary: valid, weight: 6 }, { arbitrary: bad, weight: 4 });
  return Object.assign(any, { valid, bad });
}

/** A text field with its limit. */
export const textField = (max: number, valid: fc.Arbitrary<string> = plainText(max)) =>
  field(valid, [aroundLimit(max), oversized]);

/** An id: real ones (as refs), and every way an id can be wrong. */
export const idField = (...real: Ref[]) =>
  field(
    real.length ? fc.constantFrom(...real) : fc.constant('00000000-0000-4000-8000-000000000000'),
    [
      fc.constantFrom(
        '00000000-0000-4000-8000-000000000000',
        'ffffffff-ffff-ffff-ffff-ffffffffffff',
        '00000000-0000-0000-0000-000000000000',
        'not-a-uuid',
        '',
        '1',
        '12345678-1234-1234-1234-1234567890ab\u0000',
        ' 12345678-1234-1234-1234-1234567890ab',
        '12345678123412341234123456789abc',
        '{12345678-1234-1234-1234-1234567890ab}',
        "12345678-1234-1234-1234-1234567890ab' OR '1'='1",
        'zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz',
      ),
      fc.uuid(),
      ...(real.length
        ? [
            fc
              .constantFrom(...real)
              .map(
                (r) =>
                  new Ref(`upper ${r.label}`, async () => String(await r.resolve()).toUpperCase()),
              ),
          ]
        : []),
    ],
  );

/** An enum: its values, and near misses. */
export const enumField = (values: string[]) =>
  field(fc.constantFrom(...values), [
    fc.constantFrom(...values).map((v) => v.toLowerCase()),
    fc.constantFrom('UNKNOWN', '', ' ADMIN', 'ADMIN\u0000', '*', '0'),
  ]);

/** A whole number with its bounds. */
export const intField = (min: number, max: number) =>
  field(fc.integer({ min, max }), [
    fc.constantFrom(
      min - 1,
      max + 1,
      0,
      -1,
      2 ** 31 - 1,
      2 ** 31,
      -(2 ** 31) - 1,
      Number.MAX_SAFE_INTEGER,
      1.5,
      -0.5,
    ),
    fc.constant(String(min)),
    fc.double({ noNaN: true }),
  ]);

export const boolField = () => field(fc.boolean(), [fc.constantFrom('true', 0, 1, 'yes')]);

/** A list of reference codes: valid subsets, too many, too long, hostile, duplicates, empty. */
export const codesField = (valid: string[], min: number, max: number, codeLength = 40) =>
  field(
    fc.subarray(valid, {
      minLength: Math.min(min, valid.length),
      maxLength: Math.min(max, valid.length),
    }),
    [
      fc.constant(Array.from({ length: max + 1 }, (_, i) => valid[i % valid.length])),
      fc.constant(Array.from({ length: 1000 }, () => valid[0])),
      fc.array(hostileString, { minLength: 1, maxLength: 4 }),
      fc.constant([]),
      fc.constant([null]),
      fc.constant(['x'.repeat(codeLength + 1)]),
      fc.constantFrom(...valid).map((v) => [v.toLowerCase(), v]),
      fc.constantFrom(...valid),
    ],
  );

/** Free tags: valid lists, too many, too long, hostile, duplicates by case. */
export const tagsField = (maxTags = 20, maxLength = 40) =>
  field(fc.array(plainText(maxLength), { maxLength: 5 }), [
    fc.constant(Array.from({ length: maxTags + 1 }, (_, i) => `tag${i}`)),
    fc.constant(['t'.repeat(maxLength + 1)]),
    fc.constant(['😀'.repeat(maxLength)]),
    fc.array(hostileString, { minLength: 1, maxLength: 5 }),
    fc.constant(['Tag', 'tag', ' TAG ']),
    fc.constant(['', ' ']),
  ]);

/**
 * An input object: all fields valid; one field bad and the others valid
 * (the case that reaches deepest); any mix; an unknown field; or not an
 * object at all.
 */
export function inputOf(
  fields: Record<string, FieldArbitrary>,
  options: { wholeWrong?: boolean } = { wholeWrong: true },
): fc.Arbitrary<unknown> {
  const keys = Object.keys(fields);
  const valid = fc.record(Object.fromEntries(keys.map((k) => [k, fields[k].valid])));
  const oneBad = fc
    .constantFrom(...keys)
    .chain((bad) =>
      fc.record(
        Object.fromEntries(keys.map((k) => [k, k === bad ? fields[k].bad : fields[k].valid])),
      ),
    );
  const mix = fc.record(fields);
  return fc.oneof(
    { arbitrary: valid, weight: 2 },
    { arbitrary: oneBad, weight: 8 },
    { arbitrary: mix, weight: 3 },
    { arbitrary: mix.map((r) => ({ ...r, unexpected: 'field' })), weight: 1 },
    ...(options.wholeWrong ? [{ arbitrary: wrongType, weight: 1 }] : []),
  );
}
