/**
 * Two projects: `fast` (unit tests, seconds: `npm run test:fast`) and `end-to-end` (what spawns the command
 * line or renders whole documents: rendering, signing, the register, PDF import, pixels, fuzzing). `npm test`
 * runs both.
 */
const END_TO_END = [
  '/tests/cli/',
  '/tests/robustness/',
  '/tests/visual/',
  '/tests/render-pdf/',
  '/tests/render-docx/',
  '/tests/layout/',
  '/tests/studio/',
  '/tests/register/',
  '/tests/import/docx-',
  '/tests/import/pdf',
  '/tests/import/import-file',
  '/tests/appendix/render',
  '/tests/appendix/large-table',
  '/tests/sign/electronic',
  '/tests/sign/sign',
];
// Tests are only transpiled here (tsconfig.test.json: isolatedModules); `npm test` type-checks them first with
// the rest of the code in one tsc run (pretest), instead of once per test file.
const common = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  transform: { '^.+\\.tsx?$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.test.json' }] },
};

/** @type {import('jest').Config} */
module.exports = {
  testTimeout: 120000,
  projects: [
    { ...common, displayName: 'fast', testMatch: ['**/*.test.ts'], testPathIgnorePatterns: END_TO_END },
    // A folder's tests, or the tests whose names begin so ('/tests/import/docx-').
    { ...common, displayName: 'end-to-end', testMatch: END_TO_END.map((place) => (place.endsWith('/') ? `**${place}**/*.test.ts` : `**${place}*.test.ts`)) },
  ],
};
