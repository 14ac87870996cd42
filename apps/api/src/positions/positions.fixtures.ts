import { DataSource } from 'typeorm';
import type { Classification, Phase } from '@send/contracts';
import type { TestApp } from '../testing/test-app';
import type { TestClient } from '../testing/test-client';

/**
 * Test-only records written straight to the database: the proposals, meetings and groups APIs are other features
 * (and not what these tests are about).
 */
export class PositionFixtures {
  constructor(
    private readonly t: TestApp,
    private readonly author: TestClient,
  ) {}

  get db(): DataSource {
    return this.t.app.get(DataSource);
  }

  async organisation(name: string, type = 'charity'): Promise<string> {
    const res = await this.author.post('/api/organisations', { name, type });
    if (res.status !== 201) throw new Error(`organisation ${name}: ${res.status} ${JSON.stringify(res.body)}`);
    return (res.body as { id: string }).id;
  }

  async themeId(key: string): Promise<string> {
    const [row]: { id: string }[] = await this.db.query(`SELECT id FROM themes WHERE key = $1`, [key]);
    return row.id;
  }

  async proposal(title: string, options: { themeIds?: string[]; status?: string } = {}): Promise<string> {
    const [row]: { id: string }[] = await this.db.query(
      `INSERT INTO proposals (title, theme_ids, status, created_by, updated_by) VALUES ($1, $2, $3, $4, $4) RETURNING id`,
      [title, options.themeIds ?? [], options.status ?? 'under_discussion', this.author.user.id],
    );
    return row.id;
  }

  async meeting(title: string, classification: Classification = 'OFFICIAL', phase: Phase = 'consultation'): Promise<{ id: string; reference: string }> {
    const [row]: { id: string; reference: string }[] = await this.db.query(
      `INSERT INTO meetings (title, type, starts_at, classification, phase, created_by, updated_by)
       VALUES ($1, 'roundtable', '2026-03-10T10:00:00Z', $2, $3, $4, $4) RETURNING id, reference`,
      [title, classification, phase, this.author.user.id],
    );
    return row;
  }

  async group(name: string): Promise<string> {
    const [row]: { id: string }[] = await this.db.query(`INSERT INTO groups (name, created_by, updated_by) VALUES ($1, $2, $2) RETURNING id`, [name, this.author.user.id]);
    return row.id;
  }

  async membership(groupId: string, organisationId: string, joinedOn: string, leftOn: string | null = null): Promise<void> {
    await this.db.query(
      `INSERT INTO group_memberships (group_id, organisation_id, joined_on, left_on, created_by, updated_by) VALUES ($1, $2, $3, $4, $5, $5)`,
      [groupId, organisationId, joinedOn, leftOn, this.author.user.id],
    );
  }

  async count(table: 'positions' | 'audit_events'): Promise<number> {
    const [{ n }]: { n: number }[] = await this.db.query(`SELECT count(*)::int AS n FROM ${table}`);
    return n;
  }
}

/** A date `days` from today in London, as YYYY-MM-DD (the API's "today"). */
export function londonDayOffset(today: string, days: number): string {
  const date = new Date(`${today}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
