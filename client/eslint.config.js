import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import i18next from 'eslint-plugin-i18next';
import importPlugin from 'eslint-plugin-import';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * The house plan, as bulletproof-react keeps it: src/app assembles the pages;
 * each folder of src/features is a feature, which uses the shared code
 * (components, hooks, lib, generated, locales) and another feature only
 * through that feature's public index.ts; shared code imports no feature and
 * not the app. Read from the folders, so that a new feature is walled in too.
 */
const FEATURES = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const SHARED = ['./src/components', './src/hooks', './src/lib', './src/generated', './src/locales'];
const boundaries = [
  ...FEATURES.map((feature) => ({
    target: `./src/features/${feature}`,
    from: './src/features',
    except: [
      `./${feature}`,
      ...FEATURES.filter((other) => other !== feature).map((other) => `./${other}/index.ts`),
    ],
    message: `A feature imports another only through its public index.ts ('@/features/<name>'); what two features share lives in src/components, hooks or lib.`,
  })),
  {
    target: './src/features',
    from: './src/app',
    message: 'Features do not import the app (src/app assembles them).',
  },
  {
    target: SHARED,
    from: ['./src/features', './src/app'],
    message: 'Shared code (components, hooks, lib) imports no feature and not the app.',
  },
];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'screenshots', 'src/generated'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // Who may import whom (the house plan above), and no import cycles.
    files: ['src/**/*.{ts,tsx}'],
    plugins: { import: importPlugin },
    settings: {
      ...importPlugin.flatConfigs.typescript.settings,
      'import/resolver': { typescript: { project: './tsconfig.app.json' } },
      // Codegen's output imports nothing of ours, so no cycle runs through it; not parsing
      // its 8,000 lines for every file keeps the cycle check fast.
      'import/ignore': ['src/generated/'],
    },
    rules: {
      'import/no-restricted-paths': ['error', { zones: boundaries }],
      'import/no-cycle': ['error', { ignoreExternal: true, disableScc: true }],
      // The build takes our modules to run nothing when imported (vite.config.ts): no bare
      // imports but style sheets and type augmentations.
      'import/no-unassigned-import': [
        'error',
        { allow: ['**/*.css', 'i18next', '@testing-library/jest-dom/vitest'] },
      ],
    },
  },
  {
    // Strings a person reads come from the translation files.
    files: ['src/**/*.tsx'],
    ignores: ['src/**/*.test.tsx', 'src/test/**'],
    plugins: { i18next },
    rules: { 'i18next/no-literal-string': ['error', { mode: 'jsx-text-only' }] },
  },
  {
    files: ['e2e/**/*.ts', 'scripts/**/*.mjs', '*.ts', '*.js'],
    languageOptions: { globals: globals.node },
  },
  prettier,
);
