import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Types and typed documents for every operation in src/**\/*.graphql, read
 * against the server's committed schema. Output: src/generated/graphql.ts
 * (committed; rerun `npm run codegen` after changing an operation or the schema).
 */
const config: CodegenConfig = {
  schema: '../src/schema.gql',
  documents: ['src/**/*.graphql'],
  generates: {
    'src/generated/graphql.ts': {
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
    },
  },
  hooks: { afterAllFileWrite: ['prettier --write'] },
};

export default config;
