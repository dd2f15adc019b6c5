import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Types and typed documents for every operation in src/**\/*.graphql, read
 * against the server's committed schema. Output: src/generated/graphql.ts and
 * src/generated/lazy.ts (committed; rerun `npm run codegen` after changing an
 * operation or the schema).
 */
/**
 * Rollup keeps a module in one chunk, and the entry imports this file (the
 * viewer, sign-in): every document in it is first-load JavaScript. The
 * operations of features that are only ever fetched lazily (threads,
 * notifications, dashboard, matches and the matching parts of the need and
 * solution pages) go to a file of their own, so that they load
 * with those chunks instead.
 */
const LAZY_FEATURES =
  'src/features/{threads,notifications,dashboard,matches,matching}/**/*.graphql';

const output = {
  plugins: ['typescript-operations', 'typed-document-node'],
  config: {
    enumsAsTypes: true,
    useTypeImports: true,
    avoidOptionals: { field: true, inputValue: false, object: true },
    scalars: { DateTime: 'string' },
    skipTypename: false,
    nonOptionalTypename: true,
    dedupeFragments: true,
    documentMode: 'documentNodeImportFragments',
  },
} satisfies CodegenConfig['generates'][string];

const config: CodegenConfig = {
  schema: '../src/schema.gql',
  generates: {
    'src/generated/graphql.ts': { ...output, documents: ['src/**/*.graphql', `!${LAZY_FEATURES}`] },
    'src/generated/lazy.ts': { ...output, documents: [LAZY_FEATURES] },
  },
  hooks: { afterAllFileWrite: ['prettier --write'] },
};

export default config;
