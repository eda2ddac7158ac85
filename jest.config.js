/**
 * Two projects: `fast` (unit tests, seconds: `npm run test:fast`) and `end-to-end` (the command line,
 * rendering, pixels, fuzzing). `npm test` runs both.
 */
const END_TO_END = ['/tests/cli/', '/tests/robustness/', '/tests/visual/', '/tests/render-pdf/', '/tests/render-docx/', '/tests/layout/', '/tests/import/docx-', '/tests/studio/'];
const common = { preset: 'ts-jest', testEnvironment: 'node', roots: ['<rootDir>/tests'] };

/** @type {import('jest').Config} */
module.exports = {
  testTimeout: 120000,
  projects: [
    { ...common, displayName: 'fast', testMatch: ['**/*.test.ts'], testPathIgnorePatterns: END_TO_END },
    // A folder's tests, or the tests whose names begin so ('/tests/import/docx-').
    { ...common, displayName: 'end-to-end', testMatch: END_TO_END.map((place) => (place.endsWith('/') ? `**${place}**/*.test.ts` : `**${place}*.test.ts`)) },
  ],
};
