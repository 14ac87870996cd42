import { DataSource } from 'typeorm';
import type { Classification } from '@send/contracts';
import type { TestApp } from '../testing/test-app';
import type { TestClient } from '../testing/test-client';

/**
 * Test-only records. Organisations go through their API; contacts, groups, proposals, positions and actions are other
 * features, so they are written straight to the database.
 */
export class MeetingFixtures {
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

  async contact(organisationId: string, name: string): Promise<string> {
    return this.insert(`INSERT INTO contacts (organisation_id, name, created_by, updated_by) VALUES ($1, $2, $3, $3) RETURNING id`, [organisationId, name]);
  }

  async group(name: string): Promise<string> {
    return this.insert(`INSERT INTO groups (name, created_by, updated_by) VALUES ($1, $2, $2) RETURNING id`, [name]);
  }

  async themeId(key: string): Promise<string> {
    const [row] = await this.db.query(`SELECT id FROM themes WHERE key = $1`, [key]);
    return row.id;
  }

  async ministerId(name: string): Promise<string> {
    const [row] = await this.db.query(`SELECT id FROM ministers WHERE name = $1`, [name]);
    return row.id;
  }

  async position(meetingId: string, organisationId: string, summary: string, classification: Classification = 'OFFICIAL'): Promise<string> {
    const proposalId = await this.insert(`INSERT INTO proposals (title, created_by, updated_by) VALUES ($1, $2, $2) RETURNING id`, [`Proposal for ${summary}`]);
    return this.insert(
      `INSERT INTO positions (organisation_id, proposal_id, stance, summary, meeting_id, stated_on, phase, classification, created_by, updated_by)
       VALUES ($1, $2, 'concerns', $3, $4, '2026-03-10', 'consultation', $5, $6, $6) RETURNING id`,
      [organisationId, proposalId, summary, meetingId, classification],
    );
  }

  async action(meetingId: string, title: string, classification: Classification = 'OFFICIAL'): Promise<string> {
    return this.insert(
      `INSERT INTO actions (title, meeting_id, due_on, classification, created_by, updated_by) VALUES ($1, $2, '2026-04-01', $3, $4, $4) RETURNING id`,
      [title, meetingId, classification],
    );
  }

  async count(table: 'meetings' | 'meeting_attendees' | 'meeting_ministers'): Promise<number> {
    const [row] = await this.db.query(`SELECT count(*)::int AS n FROM ${table}`);
    return row.n;
  }

  /** The author's id is always the last parameter. */
  private async insert(text: string, params: unknown[]): Promise<string> {
    const [row] = await this.db.query(text, [...params, this.author.user.id]);
    return row.id;
  }
}
