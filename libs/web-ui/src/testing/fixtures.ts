import { readFileSync } from 'node:fs';
import type { GovukFixture } from './markup';

const cache = new Map<string, readonly GovukFixture[]>();

/** A named fixture straight from the installed govuk-frontend, so an upgrade that changes markup fails these tests. */
export function govukFixture(component: string, name: string): GovukFixture {
  let fixtures = cache.get(component);
  if (!fixtures) {
    const path = require.resolve(`govuk-frontend/dist/govuk/components/${component}/fixtures.json`);
    fixtures = (JSON.parse(readFileSync(path, 'utf8')) as { fixtures: GovukFixture[] }).fixtures;
    cache.set(component, fixtures);
  }
  const fixture = fixtures.find((candidate) => candidate.name === name);
  if (!fixture) throw new Error(`govuk-frontend has no "${name}" fixture for ${component}`);
  return fixture;
}

/** Reads a fixture option with the type the spec expects; fixtures are plain JSON. */
export function option<T>(fixture: GovukFixture, path: string): T {
  let value: unknown = fixture.options;
  for (const key of path.split('.')) value = (value as Record<string, unknown> | undefined)?.[key];
  return value as T;
}
