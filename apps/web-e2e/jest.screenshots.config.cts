/** `npm run screenshots`: a PNG of every dashboard page on demonstration data, saved under docs/screenshots/. */
module.exports = {
  displayName: 'screenshots',
  preset: '../../jest.preset.js',
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': require('../api/jest.swc.cjs') },
  moduleFileExtensions: ['ts', 'js'],
  testMatch: ['<rootDir>/src/screenshots/*.screens.ts'],
  maxWorkers: 1,
  testTimeout: 600_000,
};
