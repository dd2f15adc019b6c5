import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';
import importX from 'eslint-plugin-import-x';

/**
 * The house plan (ARCHITECTURE.md): src/ folders from the bottom floor up.
 * A folder imports only folders of lower layers; a feature imports another
 * feature only through its public index.ts. The assembly files at src/'s top
 * level (main.ts, app.module.ts, entities.ts...) may import anything.
 */
const HOUSE = [
  ['config', 'types'],
  ['database'],
  ['common'],
  ['i18n', 'observability', 'auth'],
  ['security', 'health', 'reference'],
  ['ministries', 'organizations'],
  ['users'],
  ['audit', 'sessions'],
  ['notifications'],
  ['discussions'],
  ['needs', 'solutions'],
  ['matching'],
  ['portfolio', 'exports'],
  ['seed'],
];
const FEATURES = new Set(['needs', 'solutions', 'matching', 'portfolio', 'exports']);

const placed = HOUSE.flat();
const unplaced = readdirSync('src', { withFileTypes: true })
  .filter((d) => d.isDirectory() && !placed.includes(d.name))
  .map((d) => d.name);
if (unplaced.length) {
  throw new Error(`Place src/${unplaced.join(', src/')} in the house plan (eslint.config.mjs).`);
}

const zones = HOUSE.flatMap((layer, level) =>
  layer.flatMap((folder) => {
    const above = [...HOUSE.slice(level + 1).flat(), ...layer.filter((f) => f !== folder)];
    const below = HOUSE.slice(0, level).flat();
    return [
      ...(above.length
        ? [
            {
              target: `./src/${folder}`,
              from: above.map((f) => `./src/${f}`),
              message: `src/${folder} may not import a folder on its own floor or above (house plan, eslint.config.mjs).`,
            },
          ]
        : []),
      ...(FEATURES.has(folder) ? below.filter((f) => FEATURES.has(f)) : []).map((feature) => ({
        target: `./src/${folder}`,
        from: `./src/${feature}`,
        except: ['./index.ts'],
        message: `A feature imports another only through its public index.ts (src/${feature}/index.ts).`,
      })),
    ];
  }),
);

export default tseslint.config(
  { ignores: ['dist/**', 'client/**', 'node_modules/**', '.data/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/no-explicit-any': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector:
            'CallExpression[callee.property.name=/^(only|skip)$/][callee.object.name=/^(it|test|describe)$/]',
          message: 'No focused or skipped tests.',
        },
      ],
    },
  },
  {
    files: ['src/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [importX.createNodeResolver({ extensions: ['.ts', '.js'] })],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  // Tests read GraphQL answers of many shapes.
  { files: ['test/**/*.ts'], rules: { '@typescript-eslint/no-explicit-any': 'off' } },
);
