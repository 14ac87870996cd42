import type { ClientBase } from 'pg';
import type { InformationRequestStatus, InformationRequestType } from '@send/contracts';
import { deadlineOf, type ClockPause } from '../information-requests/deadlines';
import { addDays } from '../common/working-days';
import type { DemoRole } from './demo-actions';

/** A request as the demonstration shows it: dated back from today, so the register always has overdue and due work. */
interface DemoRequest {
  type: InformationRequestType;
  daysAgo: number;
  requester: string;
  summary: string;
  owner: DemoRole | null;
  status: InformationRequestStatus;
  classification?: 'OFFICIAL' | 'OFFICIAL_SENSITIVE';
  /** Days after receipt the clock stopped, and (null: still) restarted. */
  pause?: { after: number; for: number | null; reason: string };
  extension?: { months: number; reason: string };
  respondedAfter?: number;
}

const REQUESTS: DemoRequest[] = [
  { type: 'foi', daysAgo: 45, requester: 'A. Requester (DEMO)', summary: 'Minutes and attendee lists of every SEND Reform Development Group meeting since September 2025.', owner: 'recorder', status: 'drafting' },
  { type: 'foi', daysAgo: 24, requester: 'B. Journalist (DEMO)', summary: 'Correspondence between ministers and the Council for Disabled Children about the White Paper, February to May 2026.', owner: 'reviewer', status: 'cleared', classification: 'OFFICIAL_SENSITIVE' },
  { type: 'foi', daysAgo: 12, requester: 'C. Campaigner (DEMO)', summary: 'The number of regional listening events held in each region, and how many parents attended each.', owner: 'recorder', status: 'searching' },
  { type: 'eir', daysAgo: 6, requester: 'D. Researcher (DEMO)', summary: 'Any assessment of the environmental effect of proposed changes to home-to-school transport for children with SEND.', owner: null, status: 'received' },
  { type: 'foi', daysAgo: 30, requester: 'E. Parent (DEMO)', summary: 'Notes of the roundtable on independent advocacy for families, and who attended.', owner: 'recorder', status: 'searching', pause: { after: 3, for: null, reason: 'Asked which of the two advocacy roundtables is meant.' } },
  { type: 'sar', daysAgo: 40, requester: 'F. Parent carer (DEMO)', summary: 'All personal data held about me from the Leeds listening session, including any notes of what I said.', owner: 'reviewer', status: 'searching', extension: { months: 1, reason: 'Notes held by three regional teams and the events contractor.' } },
  { type: 'sar', daysAgo: 20, requester: 'G. Forum chair (DEMO)', summary: 'My personal data held in the engagement tracker and in emails about the development group.', owner: 'recorder', status: 'drafting', pause: { after: 2, for: 6, reason: 'Asked to confirm identity and the period meant.' } },
  { type: 'foi', daysAgo: 70, requester: 'H. Requester (DEMO)', summary: 'The terms of reference of the SEND Reform Development Group.', owner: 'recorder', status: 'responded', respondedAfter: 15 },
  { type: 'foi', daysAgo: 50, requester: 'I. Requester (DEMO)', summary: 'Costs of the national conversation events.', owner: null, status: 'withdrawn' },
];

/** Writes the demonstration register; each request's deadline is worked out by the same rules as the service's. */
export async function writeRequests(client: ClientBase, users: Record<DemoRole, string>, today: string): Promise<number> {
  for (const r of REQUESTS) {
    const receivedOn = addDays(today, -r.daysAgo);
    const pauses: ClockPause[] = r.pause ? [{ from: addDays(receivedOn, r.pause.after), to: r.pause.for === null ? null : addDays(receivedOn, r.pause.after + r.pause.for) }] : [];
    const extensionMonths = r.extension?.months ?? 0;
    const deadline = deadlineOf({ type: r.type, receivedOn, extensionMonths, pauses });
    const { rows } = await client.query<{ id: string }>(
      `INSERT INTO information_requests (type, received_on, requester_name, summary, owner_user_id, status, extension_months, extension_reason, deadline, responded_on, classification, created_by, updated_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $12) RETURNING id`,
      [r.type, receivedOn, r.requester, r.summary, r.owner ? users[r.owner] : null, r.status, extensionMonths, r.extension?.reason ?? null, deadline, r.respondedAfter ? addDays(receivedOn, r.respondedAfter) : null, r.classification ?? 'OFFICIAL', users.admin],
    );
    for (const p of pauses) {
      await client.query(`INSERT INTO information_request_pauses (request_id, from_on, to_on, reason, created_by) VALUES ($1, $2, $3, $4, $5)`, [rows[0]?.id, p.from, p.to, r.pause?.reason, users.admin]);
    }
  }
  return REQUESTS.length;
}
