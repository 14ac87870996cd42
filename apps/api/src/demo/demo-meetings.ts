import { randomUUID } from 'node:crypto';
import type { Classification, MeetingStatus, MeetingType, Region } from '@send/contracts';
import type { DemoDirectory, DemoOrganisation } from './demo-organisations';
import { MINISTERS, PROPOSALS, REGIONAL_EVENTS, type PrincipleKey } from './reform-facts';

export interface DemoAttendee {
  organisationId: string;
  attendance: 'attended' | 'apologies';
}

export interface DemoMeeting {
  id: string;
  title: string;
  type: MeetingType;
  /** Local date and times, Europe/London. */
  date: string;
  start: string;
  end: string;
  region: Region | null;
  online: boolean;
  location: string;
  groupId: string | null;
  ministers: (typeof MINISTERS)[number][];
  /** Written submissions have nobody from the department in the room. */
  noOfficialPresent: boolean;
  themes: PrincipleKey[];
  agenda: { title: string; notes: string }[];
  summary: string;
  purpose: string;
  classification: Classification;
  status: MeetingStatus;
  statusReason: string | null;
  attendees: DemoAttendee[];
}

type MeetingSeed = Omit<DemoMeeting, 'id' | 'attendees' | 'region' | 'online' | 'location' | 'groupId' | 'ministers' | 'noOfficialPresent' | 'classification' | 'status' | 'statusReason' | 'agenda'> &
  Partial<Pick<DemoMeeting, 'region' | 'online' | 'location' | 'groupId' | 'ministers' | 'noOfficialPresent' | 'classification' | 'status' | 'statusReason' | 'agenda'>> & { with: DemoOrganisation[]; apologies?: DemoOrganisation[] };

function meeting(seed: MeetingSeed): DemoMeeting {
  const { with: present, apologies = [], ...rest } = seed;
  const seen = new Set<string>();
  const attendees: DemoAttendee[] = [];
  for (const [list, attendance] of [[present, 'attended'], [apologies, 'apologies']] as const) {
    for (const org of list) {
      if (seen.has(org.id)) continue;
      seen.add(org.id);
      attendees.push({ organisationId: org.id, attendance });
    }
  }
  return {
    id: randomUUID(),
    region: null,
    online: false,
    location: '',
    groupId: null,
    ministers: [],
    noOfficialPresent: false,
    classification: 'OFFICIAL',
    status: 'agreed',
    statusReason: null,
    agenda: [
      { title: 'Welcome and introductions', notes: '' },
      { title: seed.title, notes: seed.summary },
      { title: 'Actions and next steps', notes: 'Officials to circulate the note and the actions agreed.' },
    ],
    ...rest,
    attendees,
  };
}

const DEVELOPMENT_SESSIONS: { date: string; topic: string; proposals: number[]; themes: PrincipleKey[] }[] = [
  { date: '2025-12-04', topic: 'principles and ways of working', proposals: [], themes: ['shared_working'] },
  { date: '2025-12-11', topic: PROPOSALS[0].title, proposals: [0], themes: PROPOSALS[0].principles },
  { date: '2025-12-18', topic: PROPOSALS[1].title, proposals: [1], themes: PROPOSALS[1].principles },
  { date: '2026-01-08', topic: PROPOSALS[2].title, proposals: [2], themes: PROPOSALS[2].principles },
  { date: '2026-01-15', topic: 'resourced provision and inclusion in inspection', proposals: [3, 4], themes: ['local_provision', 'effective_practice'] },
  { date: '2026-01-22', topic: 'early language and neurodiversity support', proposals: [5, 6], themes: ['early_intervention'] },
  { date: '2026-01-29', topic: 'what we heard in the national conversation', proposals: [], themes: ['shared_working', 'fairness'] },
];

/** Weekly development group meetings with ministers (Dec 2025–Jan 2026); invited organisations join by topic. */
function developmentGroup(dir: DemoDirectory): DemoMeeting[] {
  const group = dir.groups[0];
  return DEVELOPMENT_SESSIONS.map((s, i) => {
    const current = new Set(group.members.filter((m) => m.joinedOn <= s.date && (m.leftOn === null || m.leftOn >= s.date)).map((m) => m.organisationId));
    const members = dir.organisations.filter((org) => current.has(org.id));
    const away = members[(i * 4 + 2) % members.length];
    return meeting({
      title: `${group.name}: ${s.topic}`,
      type: 'development_group',
      date: s.date,
      start: '14:00',
      end: '15:30',
      region: 'national',
      location: 'Sanctuary Buildings, London (and online)',
      groupId: group.id,
      ministers: i === 0 || i === DEVELOPMENT_SESSIONS.length - 1 ? ['Secretary of State for Education', 'Minister for School Standards'] : ['Minister for School Standards'],
      themes: s.themes,
      purpose: `To discuss ${s.topic} with ministers and the development group.`,
      summary: `Members discussed ${s.topic}. Parent groups pressed for legal protections to be kept; sector bodies asked for a realistic timetable and funding.`,
      with: members.filter((m) => m !== away),
      apologies: [away],
    });
  });
}

function regionalEvents(dir: DemoDirectory): DemoMeeting[] {
  const nnpcf = dir.byName('National Network of Parent Carer Forums');
  const cdc = dir.byName('Council for Disabled Children');
  return REGIONAL_EVENTS.map((e, i) => {
    const cast = dir.regions[i];
    return meeting({
      title: `National conversation regional event: ${e.place}`,
      type: 'regional_event',
      date: e.date,
      start: e.time[0],
      end: e.time[1],
      region: e.region,
      location: e.place,
      ministers: e.place === 'Manchester' || e.place === 'Leeds' ? ['Minister for School Standards'] : [],
      themes: ['early_intervention', 'local_provision', 'fairness'],
      purpose: `To hear from families and practitioners in ${e.place} about the national conversation on SEND.`,
      summary: `Families described long waits for assessments and therapy; the council and health partners set out local pressures on high needs funding and specialist places.`,
      with: [cast.forum, cast.council, cast.health, cast.school, cast.charity, nnpcf, cdc],
    });
  });
}

const ONLINE_EVENTS = [
  ['2025-12-10', 'parents and carers'],
  ['2025-12-16', 'education practitioners'],
  ['2026-01-06', 'health and care professionals'],
  ['2026-01-14', 'local authority SEND teams'],
  ['2026-01-20', 'children and young people’s organisations'],
] as const;

function onlineEvents(dir: DemoDirectory): DemoMeeting[] {
  return ONLINE_EVENTS.map(([date, audience], i) =>
    meeting({
      title: `Online event for ${audience}`,
      type: 'online_event',
      date,
      start: '18:30',
      end: '20:00',
      online: true,
      location: 'Microsoft Teams',
      themes: ['fairness', 'shared_working'],
      purpose: `To hear views from ${audience} on the principles for SEND reform.`,
      summary: `Around 300 people joined. Questions focused on what will happen to existing education, health and care plans.`,
      with: [...dir.national.slice(i, i + 3), ...dir.regions.map((r) => (i % 2 ? r.forum : r.school)).slice(0, 4)],
    }),
  );
}

/** Listening sessions, bilaterals, roundtables and written submissions through 2026. */
function laterMeetings(dir: DemoDirectory): DemoMeeting[] {
  const o = (name: string) => dir.byName(name);
  const forums = dir.regions.map((r) => r.forum);
  const councils = dir.regions.map((r) => r.council);
  const listening = (date: string, topic: string, who: DemoOrganisation[], status: MeetingStatus = 'agreed') =>
    meeting({ title: `Listening session: ${topic}`, type: 'listening_session', date, start: '10:00', end: '11:30', online: true, location: 'Microsoft Teams', themes: ['shared_working'], purpose: `To listen to views on ${topic}.`, summary: `Participants discussed ${topic} and asked how their feedback would be used.`, status, with: who });
  const bilateral = (date: string, org: DemoOrganisation, topic: string, extra: Partial<DemoMeeting> = {}) =>
    meeting({ title: `Bilateral with ${org.name} on ${topic}`, type: 'bilateral', date, start: '11:00', end: '12:00', location: 'Sanctuary Buildings, London', themes: ['fairness'], purpose: `To discuss ${topic}.`, summary: `${org.name} set out its views on ${topic}.`, with: [org], ...extra });
  const roundtable = (date: string, topic: string, who: DemoOrganisation[], extra: Partial<DemoMeeting> = {}) =>
    meeting({ title: `Roundtable on ${topic}`, type: 'roundtable', date, start: '13:00', end: '15:00', location: 'Sanctuary Buildings, London', themes: ['early_intervention'], purpose: `To test emerging thinking on ${topic}.`, summary: `Partners shared evidence on ${topic}.`, with: who, ...extra });
  const submission = (date: string, org: DemoOrganisation) =>
    meeting({ title: `Written consultation response: ${org.name}`, type: 'written_submission', date, start: '09:00', end: '09:00', noOfficialPresent: true, themes: ['fairness', 'shared_working'], purpose: 'Response to the consultation “SEND reform: putting children and young people first”.', summary: `${org.name} responded to every proposal in the consultation.`, with: [org], agenda: [] });
  return [
    roundtable('2026-01-27', 'early language support', [o('Speech and Language UK'), o("Dingley's Promise"), o('Council for Disabled Children')], { ministers: ['Secretary of State for Education'] }),
    bilateral('2026-02-03', o('Council for Disabled Children'), 'the Schools White Paper'),
    bilateral('2026-03-05', o("Disabled Children's Partnership"), 'legal protections for families'),
    listening('2026-03-10', 'parent carer forums on the consultation', [o('National Network of Parent Carer Forums'), ...forums]),
    bilateral('2026-03-18', o('Let Us Learn Too'), 'tribunal rights'),
    listening('2026-03-24', 'local authorities on the consultation', councils),
    roundtable('2026-03-31', 'short breaks and family support', [o('KIDS'), o('Council for Disabled Children'), o("Disabled Children's Partnership")]),
    listening('2026-04-14', 'health partners on neurodiversity support', dir.regions.map((r) => r.health)),
    bilateral('2026-04-21', o('Birmingham City Council'), 'the high needs deficit', { classification: 'OFFICIAL_SENSITIVE', themes: ['fairness', 'local_provision'] }),
    listening('2026-04-28', 'school leaders on inclusion in inspection', [o('The Difference'), o('The Athelstan Trust'), ...dir.regions.map((r) => r.school)]),
    roundtable('2026-05-12', 'advocacy for families', [o('Council for Disabled Children'), o('KIDS'), o('The SEND Sanctuary')], { themes: ['fairness'], classification: 'OFFICIAL_SENSITIVE' }),
    submission('2026-05-15', o('National Network of Parent Carer Forums')),
    submission('2026-05-18', o("Disabled Children's Partnership")),
    bilateral('2026-06-09', o('National Association for Special Educational Needs (nasen)'), 'the SENCo role and workforce', { ministers: ['Minister for School Standards'] }),
    bilateral('2026-07-07', dir.national.find((n) => n.type === 'union') ?? o('The Difference'), 'workload of teaching assistants'),
    bilateral('2026-09-15', o('National Network of Parent Carer Forums'), 'co-production in implementation', { ministers: ['Minister for School Standards'] }),
    listening('2026-10-06', 'implementation planning with families', forums, 'submitted'),
    // A minister's call with no official on it, its note not yet recorded: the Ministerial Code lists it until it is.
    bilateral('2026-10-20', o('Council for Disabled Children'), 'the implementation timetable', { ministers: ['Minister for School Standards'], noOfficialPresent: true, location: 'Telephone', summary: '' }),
    bilateral('2026-11-03', o('The SEND Sanctuary'), 'independent advocacy', { status: 'submitted' }),
    bilateral('2026-11-10', o("Dingley's Promise"), 'early years inclusion', { status: 'draft', statusReason: 'Returned by the private office: please add the actions agreed.' }),
    bilateral('2026-11-17', o('Let Us Learn Too'), 'the government response', { status: 'draft' }),
  ];
}

export function buildMeetings(dir: DemoDirectory): DemoMeeting[] {
  return [...developmentGroup(dir), ...regionalEvents(dir), ...onlineEvents(dir), ...laterMeetings(dir)].sort((a, b) => a.date.localeCompare(b.date));
}
