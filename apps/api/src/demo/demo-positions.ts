import { randomUUID } from 'node:crypto';
import { EVIDENCE, QUOTES, REASONS, STANCE_OPENERS, type StanceKey } from '../generate/vocabulary';
import type { DemoMeeting } from './demo-meetings';
import type { DemoDirectory, DemoOrganisation } from './demo-organisations';
import { MILESTONES, PROPOSALS } from './reform-facts';

export interface DemoPosition {
  id: string;
  organisationId: string;
  proposalIndex: number;
  stance: StanceKey;
  summary: string;
  quote: string | null;
  meetingId: string | null;
  statedOn: string;
  classification: 'OFFICIAL' | 'OFFICIAL_SENSITIVE';
}

/** One organisation's view of one proposal as it moved: national conversation, consultation, after the response. */
type Story = [organisation: string, proposal: number, stances: [StanceKey, StanceKey, StanceKey]];

const STORIES: Story[] = [
  ['National Network of Parent Carer Forums', 0, ['concerns', 'support_with_conditions', 'support']],
  ['National Network of Parent Carer Forums', 1, ['support_with_conditions', 'support', 'support']],
  ["Disabled Children's Partnership", 0, ['oppose', 'concerns', 'support_with_conditions']],
  ["Disabled Children's Partnership", 1, ['concerns', 'support_with_conditions', 'support_with_conditions']],
  ['Council for Disabled Children', 2, ['neutral', 'support_with_conditions', 'support']],
  ['Council for Disabled Children', 1, ['support_with_conditions', 'support', 'support']],
  ['National Association for Special Educational Needs (nasen)', 5, ['support', 'support', 'support']],
  ['National Association for Special Educational Needs (nasen)', 2, ['concerns', 'support_with_conditions', 'support_with_conditions']],
  ['The Difference', 4, ['support_with_conditions', 'support', 'support']],
  ["Dingley's Promise", 6, ['concerns', 'support_with_conditions', 'support']],
  ['The Athelstan Trust', 3, ['support_with_conditions', 'support_with_conditions', 'support']],
  ['Let Us Learn Too', 0, ['oppose', 'oppose', 'concerns']],
  ['Let Us Learn Too', 1, ['unclear', 'concerns', 'concerns']],
  ['The SEND Sanctuary', 1, ['concerns', 'concerns', 'support_with_conditions']],
  ['The SEND Sanctuary', 0, ['oppose', 'concerns', 'concerns']],
  ['Speech and Language UK', 6, ['support_with_conditions', 'support', 'support']],
  ['KIDS', 1, ['concerns', 'support_with_conditions', 'support_with_conditions']],
  ['Leeds Parent Carer Forum', 0, ['concerns', 'support_with_conditions', 'support_with_conditions']],
  ['Bristol Parent Carer Forum', 3, ['concerns', 'neutral', 'support']],
  ['Birmingham City Council', 3, ['support_with_conditions', 'support_with_conditions', 'support']],
  ['Manchester Integrated Care Board', 5, ['neutral', 'support_with_conditions', 'support']],
  ['Hackney Learning Trust', 4, ['concerns', 'concerns', 'neutral']],
];

/** Where each stage falls: the national conversation, the consultation, and after the government response. */
const STAGES = [
  { from: '2025-09-01', to: MILESTONES.whitePaperPublished, letterOn: '2026-01-30' },
  { from: '2026-02-24', to: MILESTONES.consultationCloses, letterOn: '2026-05-14' },
  { from: '2026-05-19', to: '2026-11-23', letterOn: '2026-09-30' },
] as const;

function summary(stance: StanceKey, proposal: number, n: number): string {
  const openers = STANCE_OPENERS[stance];
  const title = PROPOSALS[proposal].title;
  const object = title.charAt(0).toLowerCase() + title.slice(1);
  const evidence = n % 2 === 0 ? ` ${EVIDENCE[n % EVIDENCE.length]}` : '';
  return `${openers[n % openers.length]} ${object} ${REASONS[(n * 7 + proposal) % REASONS.length]}.${evidence}`;
}

/**
 * The meeting where a stage's statement was made: one the organisation attended in that window (the session on that
 * proposal first, else the latest); undefined (a letter) when it attended none.
 */
function stageMeeting(meetings: DemoMeeting[], org: DemoOrganisation, proposal: number, stage: (typeof STAGES)[number]): DemoMeeting | undefined {
  const inWindow = meetings.filter((m) => m.date >= stage.from && m.date <= stage.to && m.status !== 'draft');
  const attended = inWindow.filter((m) => m.attendees.some((a) => a.organisationId === org.id && a.attendance === 'attended'));
  const topical = attended.find((m) => m.title.includes(PROPOSALS[proposal].title));
  return topical ?? attended[attended.length - 1];
}

export function buildPositions(dir: DemoDirectory, meetings: DemoMeeting[]): DemoPosition[] {
  const positions: DemoPosition[] = [];
  const add = (org: DemoOrganisation, proposal: number, stance: StanceKey, m: DemoMeeting | undefined, letterOn: string) => {
    const n = positions.length;
    positions.push({
      id: randomUUID(),
      organisationId: org.id,
      proposalIndex: proposal,
      stance,
      summary: summary(stance, proposal, n),
      quote: n % 3 === 0 ? QUOTES[n % QUOTES.length] : null,
      meetingId: m?.id ?? null,
      statedOn: m?.date ?? letterOn,
      classification: m?.classification ?? 'OFFICIAL',
    });
  };
  for (const [name, proposal, stances] of STORIES) {
    const org = dir.byName(name);
    STAGES.forEach((stage, i) => add(org, proposal, stances[i], stageMeeting(meetings, org, proposal, stage), stage.letterOn));
  }
  // At each regional event the local forum and council said something about local provision and early help.
  for (const cast of dir.regions) {
    const event = meetings.find((m) => m.type === 'regional_event' && m.location === cast.place);
    add(cast.forum, 3, 'concerns', event, STAGES[0].letterOn);
    add(cast.council, 0, cast.place === 'Birmingham' ? 'support_with_conditions' : 'neutral', event, STAGES[0].letterOn);
    add(cast.health, 5, 'support_with_conditions', event, STAGES[0].letterOn);
  }
  return positions;
}
