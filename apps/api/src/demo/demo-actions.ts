import { randomUUID } from 'node:crypto';
import type { ActionKind, ActionPriority, ActionStatus } from '@send/contracts';
import type { DemoMeeting } from './demo-meetings';
import type { DemoDirectory } from './demo-organisations';

export type DemoRole = 'admin' | 'recorder' | 'reviewer' | 'viewer';

export interface DemoAction {
  id: string;
  title: string;
  description: string;
  meetingId: string | null;
  ownerRole: DemoRole | null;
  ownerOrganisationId: string | null;
  dueOn: string | null;
  priority: ActionPriority;
  status: ActionStatus;
  kind: ActionKind;
  raisedByOrganisationId: string | null;
  proposalIndexes: number[];
  completionNote: string | null;
  classification: 'OFFICIAL' | 'OFFICIAL_SENSITIVE';
  /** When it was raised (the day after its meeting) and, if closed, when. */
  createdOn: string;
  closedOn: string | null;
  updates: { on: string; author: DemoRole; body: string }[];
}

interface Seed {
  title: string;
  /** A fragment of the meeting's title; none for actions raised outside meetings. */
  at?: string;
  owner: DemoRole | { organisation: string } | null;
  /** A fixed date, or days after the day the demo is seeded (so some are always still to come). */
  due: string | number;
  status: ActionStatus;
  kind?: ActionKind;
  priority?: ActionPriority;
  raisedBy?: string;
  proposals?: number[];
  done?: string;
  updates?: [string, DemoRole, string][];
}

const COMMITMENT: ActionKind = 'ministerial_commitment';

const SEEDS: Seed[] = [
  { title: 'Circulate the development group’s terms of reference', at: 'principles and ways of working', owner: 'recorder', due: '2025-12-10', status: 'done', done: 'Terms of reference circulated to members.' },
  { title: 'Share analysis of children on SEN support without a plan', at: 'Written records of support', owner: 'recorder', due: '2025-12-18', status: 'done', proposals: [0], done: 'Analysis shared with members before the next session.' },
  { title: 'Set out how legal protections will be kept for children with plans', at: 'Written records of support', owner: 'reviewer', due: '2026-02-23', status: 'done', kind: COMMITMENT, raisedBy: "Disabled Children's Partnership", proposals: [0], priority: 'high', done: 'Set out in the Schools White Paper.' },
  { title: 'Write to KIDS about funding for independent advocacy', at: 'Access to independent advocacy', owner: 'recorder', due: '2026-01-15', status: 'done', raisedBy: 'KIDS', proposals: [1], done: 'Letter sent and acknowledged.' },
  { title: 'Publish the draft national framework with the consultation', at: 'A national framework', owner: 'recorder', due: '2026-02-24', status: 'done', proposals: [2], done: 'Published as an annex to the consultation.' },
  { title: 'Provide data on resourced provision places by local authority', at: 'resourced provision', owner: 'recorder', due: '2026-02-06', status: 'in_progress', raisedBy: 'The Athelstan Trust', proposals: [3], updates: [['2026-02-02', 'recorder', 'Waiting for analysts to finish the figures.'], ['2026-03-12', 'recorder', 'Figures for 120 of 153 authorities checked.']] },
  { title: 'Visit a school taking part in neurodiversity support before the White Paper', at: 'neurodiversity support', owner: 'reviewer', due: '2026-02-20', status: 'done', kind: COMMITMENT, proposals: [5], done: 'Secretary of State visited a partnership school in February.' },
  { title: 'Publish a summary of what we heard in the national conversation', at: 'what we heard', owner: 'recorder', due: '2026-02-23', status: 'done', priority: 'high', done: 'Summary published alongside the White Paper.' },
  { title: 'Send case studies of travel to school in rural areas', at: 'regional event: Bristol', owner: { organisation: 'Bristol Parent Carer Forum' }, due: '2026-01-15', status: 'open', raisedBy: 'Bristol Parent Carer Forum' },
  { title: 'Check with health colleagues about autism assessment waits in Manchester', at: 'regional event: Manchester', owner: 'recorder', due: '2026-01-31', status: 'blocked', raisedBy: 'Manchester Parent Carer Forum', proposals: [5], updates: [['2026-01-20', 'recorder', 'Asked NHS colleagues for the latest waiting list data.'], ['2026-03-02', 'recorder', 'Still waiting for the data; escalated.']] },
  { title: 'Write to every parent carer forum after the consultation closes', at: 'regional event: Leeds', owner: 'reviewer', due: '2026-06-30', status: 'in_progress', kind: COMMITMENT, raisedBy: 'Leeds Parent Carer Forum', updates: [['2026-06-10', 'reviewer', 'Draft letter with the private office.']] },
  { title: 'Share evidence on rural transport with policy colleagues', at: 'regional event: Darlington', owner: { organisation: 'Darlington Parent Carer Forum' }, due: 21, status: 'open', raisedBy: 'Darlington Parent Carer Forum' },
  { title: 'Publish questions and answers on what happens to existing plans', at: 'parents and carers', owner: 'recorder', due: '2026-01-31', status: 'done', proposals: [0], done: 'Published on GOV.UK.' },
  { title: 'Set up a task and finish group on early language screening', at: 'early language support', owner: { organisation: 'Speech and Language UK' }, due: 45, status: 'in_progress', raisedBy: 'Speech and Language UK', proposals: [6], updates: [['2026-03-03', 'recorder', 'First meeting of the group held.']] },
  { title: 'Arrange a sector briefing on the White Paper', at: 'Council for Disabled Children on the Schools White Paper', owner: 'recorder', due: '2026-02-13', status: 'done', done: 'Briefing held for 40 organisations.' },
  { title: 'Reply to the letter on legal protections', at: 'legal protections', owner: 'reviewer', due: '2026-03-26', status: 'done', raisedBy: "Disabled Children's Partnership", proposals: [0], done: 'Reply signed by the minister.' },
  { title: 'Extend the consultation for parent carer forums', at: 'parent carer forums on the consultation', owner: 'reviewer', due: '2026-04-30', status: 'cancelled', kind: COMMITMENT, raisedBy: 'National Network of Parent Carer Forums' },
  { title: 'Provide tribunal statistics to Let Us Learn Too', at: 'tribunal rights', owner: 'recorder', due: '2026-04-15', status: 'open', raisedBy: 'Let Us Learn Too', proposals: [1], priority: 'high' },
  { title: 'Publish the high needs funding assumptions', at: 'local authorities on the consultation', owner: 'recorder', due: 30, status: 'open', proposals: [3] },
  { title: 'Prepare a note for the minister on the deficit recovery plan', at: 'high needs deficit', owner: 'reviewer', due: '2026-05-05', status: 'done', raisedBy: 'Birmingham City Council', priority: 'high', done: 'Note submitted to the private office.' },
  { title: 'Ask inspectors to brief school leaders on the inclusion criteria', at: 'school leaders on inclusion', owner: 'recorder', due: '2026-06-30', status: 'in_progress', proposals: [4], updates: [['2026-06-01', 'recorder', 'Date being agreed with the inspectorate.']] },
  { title: 'Confirm the funding model for independent advocacy', at: 'Roundtable on advocacy', owner: 'reviewer', due: '2026-09-30', status: 'blocked', kind: COMMITMENT, raisedBy: 'KIDS', proposals: [1], priority: 'high', updates: [['2026-09-20', 'reviewer', 'Waiting for the spending review settlement.']] },
  { title: 'Consider protected time for SENCos', at: 'SENCo role', owner: 'reviewer', due: 60, status: 'open', kind: COMMITMENT, raisedBy: 'National Association for Special Educational Needs (nasen)' },
  { title: 'Share the workload impact assessment with the union', at: 'workload of teaching assistants', owner: 'recorder', due: '2026-08-31', status: 'open' },
  { title: 'Agree a co-production charter for implementation', at: 'co-production in implementation', owner: { organisation: 'National Network of Parent Carer Forums' }, due: 14, status: 'in_progress', raisedBy: 'National Network of Parent Carer Forums', updates: [['2026-10-20', 'recorder', 'Second draft shared with forum chairs.']] },
  { title: 'Publish the implementation timeline in accessible formats', at: 'implementation planning with families', owner: 'recorder', due: 40, status: 'open' },
  { title: 'Send details of the advocacy pilot areas', at: 'The SEND Sanctuary on independent advocacy', owner: 'recorder', due: 10, status: 'open', raisedBy: 'The SEND Sanctuary', proposals: [1] },
  { title: 'Answer the Education Committee’s recommendations on SEND', owner: 'reviewer', due: '2026-03-31', status: 'done', priority: 'high', done: 'Government response laid before Parliament.' },
];

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Actions and ministerial commitments, tied to the meetings that raised them; `today` is the London date. */
export function buildActions(dir: DemoDirectory, meetings: DemoMeeting[], today: string): DemoAction[] {
  return SEEDS.map((seed) => {
    const meeting = seed.at ? meetings.find((m) => m.title.includes(seed.at ?? '')) : undefined;
    if (seed.at && !meeting) throw new Error(`demo action "${seed.title}": no meeting titled like "${seed.at}"`);
    const createdOn = meeting ? addDays(meeting.date, 1) : '2026-01-20';
    const dueOn = typeof seed.due === 'number' ? addDays(today, seed.due) : seed.due;
    const closed = seed.status === 'done' || seed.status === 'cancelled';
    return {
      id: randomUUID(),
      title: seed.title,
      description: meeting ? `Agreed at “${meeting.title}”.` : 'Raised by the private office.',
      meetingId: meeting?.id ?? null,
      ownerRole: typeof seed.owner === 'string' ? seed.owner : null,
      ownerOrganisationId: seed.owner && typeof seed.owner === 'object' ? dir.byName(seed.owner.organisation).id : null,
      dueOn,
      priority: seed.priority ?? 'medium',
      status: seed.status,
      kind: seed.kind ?? 'action',
      raisedByOrganisationId: seed.raisedBy ? dir.byName(seed.raisedBy).id : null,
      proposalIndexes: seed.proposals ?? [],
      completionNote: seed.done ?? (seed.status === 'cancelled' ? 'The consultation closed on 18 May as planned.' : null),
      classification: meeting?.classification ?? 'OFFICIAL',
      createdOn,
      closedOn: closed ? (dueOn < today ? dueOn : today) : null,
      updates: (seed.updates ?? []).map(([on, author, body]) => ({ on, author, body })),
    };
  });
}
