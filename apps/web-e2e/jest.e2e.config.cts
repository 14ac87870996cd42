/**
 * Browser tests: the built server (`nx build api web`) run as a process, driven by the system Chromium through
 * playwright-core. Named jest.e2e.config.cts, not jest.config.cts, so the Nx jest plugin infers no `test` target.
 */
module.exports = {
  displayName: 'web-e2e',
  preset: '../../jest.preset.js',
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': require('../api/jest.swc.cjs') },
  moduleFileExtensions: ['ts', 'js'],
  testMatch: ['<rootDir>/src/**/*.e2e-spec.ts'],
  globalSetup: '<rootDir>/src/support/global-setup.ts',
  globalTeardown: '<rootDir>/src/support/global-teardown.ts',
  // One server and one browser at a time; starting them takes seconds, a slow CI machine may need far more.
  maxWorkers: 1,
  testTimeout: 120_000,
  slowTestThreshold: 30,
};
