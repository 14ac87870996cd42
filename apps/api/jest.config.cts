/** Unit tests (*.spec.ts) and integration tests against real PostgreSQL (*.integration-spec.ts). */
module.exports = {
  displayName: 'api',
  preset: '../../jest.preset.js',
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': require('./jest.swc.cjs') },
  moduleFileExtensions: ['ts', 'js'],
  moduleNameMapper: { '^@send/contracts$': '<rootDir>/../../libs/contracts/src/index.ts' },
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/src/**/*.integration-spec.ts'],
  globalSetup: '<rootDir>/src/testing/global-setup.ts',
  globalTeardown: '<rootDir>/src/testing/global-teardown.ts',
  testTimeout: 30_000,
  coverageDirectory: '../../coverage/apps/api',
};
