import { DataSource } from 'typeorm';
import type { ActionDetailResponse, Classification } from '@send/contracts';
import { londonDate } from '../common/dates';
import type { TestApp } from '../testing/test-app';
import type { TestClient } from '../testing/test-client';

/** Today in London shifted by whole calendar days (not 24-hour steps, which slip across a clock change). */
export function londonDay(offsetDays: number): string {
  const [y, m, d] = londonDate().split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + offsetDays)).toISOString().slice(0, 10);
}

/**
 * Test-only records: organisations through their API, meetings and proposals straight into the database (other
 * features, being built alongside, and not what these tests are about).
 */
export class ActionFixtures {
  constructor(
    private readonly t: TestApp,
    private readonly author: TestClient,
  ) {}

  get db(): DataSource {
    return this.t.app.get(DataSource);
  }

  async organisation(name: string): Promise<string> {
    const res = await this.author.post('/api/organisations', { name, type: 'charity' });
    if (res.status !== 201) throw new Error(`organisation ${name}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.id;
  }

  async meeting(title: string, classification: Classification = 'OFFICIAL'): Promise<{ id: string; reference: string }> {
    const [row] = await this.db.query(
      `INSERT INTO meetings (title, type, starts_at, classification, phase, created_by, updated_by)
       VALUES ($1, 'roundtable', '2026-03-10T10:00:00Z', $2, 'consultation', $3, $3) RETURNING id, reference`,
      [title, classification, this.author.user.id],
    );
    return row;
  }

  async proposal(title: string): Promise<string> {
    const [row] = await this.db.query(`INSERT INTO proposals (title, created_by, updated_by) VALUES ($1, $2, $2) RETURNING id`, [title, this.author.user.id]);
    return row.id;
  }

  async themeId(key: string): Promise<string> {
    const [row] = await this.db.query(`SELECT id FROM themes WHERE key = $1`, [key]);
    return row.id;
  }

  /** Creates through the API as `by` (default: the fixtures' author) and fails loudly if refused. */
  async action(body: object, by: TestClient = this.author): Promise<ActionDetailResponse> {
    const res = await by.post('/api/actions', body);
    if (res.status !== 201) throw new Error(`action: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  }

  /** Row counts of everything an action request could write, to prove a refused one wrote nothing. */
  async counts(): Promise<Record<string, number>> {
    const [row] = await this.db.query(
      `SELECT (SELECT count(*) FROM actions)::int AS actions, (SELECT count(*) FROM action_updates)::int AS updates,
              (SELECT count(*) FROM audit_events WHERE entity = 'action')::int AS audit`,
    );
    return row;
  }
}
