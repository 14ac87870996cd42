import { DataSource } from 'typeorm';
import { phaseOn } from './phase';
import { startTestApp, type TestApp } from '../testing/test-app';

describe('phaseOn', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp()));
  afterAll(() => t.close());

  it.each([
    ['2025-01-01', 'national_conversation'],
    ['2025-12-09', 'national_conversation'],
    ['2026-02-23', 'white_paper'],
    ['2026-03-10', 'consultation'],
    ['2026-05-19', 'government_response'],
    ['2026-11-24', 'implementation'],
  ])('%s is in %s', async (date, phase) => {
    expect(await phaseOn(t.app.get(DataSource), date)).toBe(phase);
  });
});
