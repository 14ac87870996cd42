/**
 * Evidence checks against the built product (`nx build api web`) run as a process. `npm test` runs each check's
 * fast subset; `npm run evidence` (EVIDENCE_MODE=full) runs them at full size and writes evidence/report.md.
 * Named jest.evidence.config.cts so the Nx jest plugin infers no target of its own.
 */
const full = process.env.EVIDENCE_MODE === 'full';

module.exports = {
  displayName: 'evidence',
  preset: '../jest.preset.js',
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': require('../apps/api/jest.swc.cjs') },
  moduleFileExtensions: ['ts', 'js'],
  testMatch: ['<rootDir>/src/**/*.evidence-spec.ts'],
  globalSetup: '<rootDir>/src/harness/global-setup.ts',
  globalTeardown: '<rootDir>/src/harness/global-teardown.ts',
  // One product at a time: the checks measure it, and two would share the machine's two cores.
  maxWorkers: 1,
  testTimeout: full ? 45 * 60_000 : 180_000,
  slowTestThreshold: 60,
};
