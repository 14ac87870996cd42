/** Tests that start the built server as a process (`npm start` behaviour): run after `nx build api web`. */
module.exports = {
  displayName: 'api-process',
  preset: '../../jest.preset.js',
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': require('./jest.swc.cjs') },
  moduleFileExtensions: ['ts', 'js'],
  moduleNameMapper: { '^@send/contracts$': '<rootDir>/../../libs/contracts/src/index.ts' },
  testMatch: ['<rootDir>/process-tests/**/*.process-spec.ts'],
  testTimeout: 120_000,
};
