import type { OrganisationType, Region } from '@send/contracts';

/**
 * Public facts about the SEND reform engagement (England, 2025–2026), copied from the team's reference file
 * (shared/data/send-reform-reference.json) so the built app never reads outside its own bundle. Names of
 * organisations, events and documents are public; there is no personal data here.
 */

export type PrincipleKey = 'early_intervention' | 'local_provision' | 'fairness' | 'effective_practice' | 'shared_working';

export interface ProposalFact {
  title: string;
  summary: string;
  principles: PrincipleKey[];
  status: 'under_discussion' | 'in_white_paper' | 'in_consultation' | 'dropped';
}

/** The seven proposals discussed; the migration already seeds the five principles (themes). */
export const PROPOSALS: readonly ProposalFact[] = [
  {
    title: 'Written records of support for every child with SEN',
    summary: 'Every child with special educational needs has a written record of the support they receive, not only those with an EHCP.',
    principles: ['early_intervention', 'fairness'],
    status: 'in_consultation',
  },
  {
    title: 'Access to independent advocacy for families',
    summary: 'Families can get independent advice and advocacy when they disagree with decisions about support.',
    principles: ['fairness'],
    status: 'in_consultation',
  },
  {
    title: 'A national framework for the support available across all settings',
    summary: 'National standards setting out the support that should be ordinarily available in every early years setting, school and college.',
    principles: ['fairness', 'effective_practice'],
    status: 'in_white_paper',
  },
  {
    title: 'Resourced provision and SEN units in mainstream schools',
    summary: 'More specialist places inside mainstream schools so children can learn close to home alongside their peers.',
    principles: ['local_provision'],
    status: 'in_white_paper',
  },
  {
    title: 'Inclusion in the school inspection framework',
    summary: 'Inspection looks at how well schools include and support children with SEND.',
    principles: ['effective_practice', 'local_provision'],
    status: 'in_consultation',
  },
  {
    title: 'Neurodiversity support in mainstream primary schools (PINS)',
    summary: 'Partnerships for Inclusion of Neurodiversity in Schools: specialist health and education support for primary schools.',
    principles: ['early_intervention', 'effective_practice'],
    status: 'under_discussion',
  },
  {
    title: 'Early language support in the early years',
    summary: 'Earlier identification of speech, language and communication needs, with support before children start school.',
    principles: ['early_intervention'],
    status: 'under_discussion',
  },
];

export interface OrganisationFact {
  name: string;
  type: OrganisationType;
  website?: string;
  description: string;
}

export const DEVELOPMENT_GROUP = {
  name: 'SEND Reform Development Group',
  description: 'Meets ministers weekly; further organisations are invited on a rolling basis by topic.',
  members: [
    { name: 'Council for Disabled Children', type: 'sector_body', description: 'Umbrella body for the disabled children’s sector.' },
    { name: "Disabled Children's Partnership", type: 'charity', description: 'Coalition of charities campaigning for disabled children and their families.' },
    { name: 'National Network of Parent Carer Forums', type: 'national_parent_group', description: 'Brings together the parent carer forums in every local area of England.' },
    { name: 'National Association for Special Educational Needs (nasen)', type: 'professional_body', description: 'Membership body for SEND professionals in education.' },
    { name: 'The Difference', type: 'charity', description: 'Works with school leaders on inclusion and reducing exclusions.' },
    { name: "Dingley's Promise", type: 'charity', description: 'Early years charity supporting inclusion of young disabled children.' },
    { name: 'The Athelstan Trust', type: 'education_provider', description: 'Multi-academy trust of mainstream schools.' },
    { name: 'Let Us Learn Too', type: 'national_parent_group', description: 'Parent-led campaign for children with SEND.' },
    { name: 'The SEND Sanctuary', type: 'national_parent_group', description: 'Parent-led support and information community.' },
  ] satisfies OrganisationFact[],
} as const;

export const EXPERT_ADVISORY_GROUP = {
  name: 'Expert advisory group for inclusion',
  description: 'Chaired by an adviser on inclusive practice; advises ministers.',
};

/** Roundtable partners named publicly (the Council for Disabled Children is also a development group member). */
export const ROUNDTABLE_PARTNERS: readonly OrganisationFact[] = [
  { name: 'KIDS', type: 'charity', description: 'Charity supporting disabled children, young people and their families.' },
  { name: 'Speech and Language UK', type: 'charity', description: 'Charity for children with speech and language challenges.' },
];

export interface RegionalEventFact {
  date: string;
  region: Region;
  place: string;
  /** Local start and end, Europe/London; the reference file omits it for Bristol. */
  time: [string, string];
}

export const REGIONAL_EVENTS: readonly RegionalEventFact[] = [
  { date: '2025-12-02', region: 'south_west', place: 'Bristol', time: ['10:00', '12:00'] },
  { date: '2025-12-04', region: 'east_midlands', place: 'Skegness', time: ['10:00', '12:00'] },
  { date: '2025-12-09', region: 'north_west', place: 'Manchester', time: ['10:00', '12:00'] },
  { date: '2025-12-18', region: 'london', place: 'Shoreditch', time: ['10:00', '12:00'] },
  { date: '2026-01-07', region: 'yorkshire_and_the_humber', place: 'Leeds', time: ['10:00', '12:00'] },
  { date: '2026-01-08', region: 'north_east', place: 'Darlington', time: ['12:30', '14:30'] },
  { date: '2026-01-12', region: 'west_midlands', place: 'Birmingham', time: ['10:00', '12:00'] },
];

/** Seeded by the migration; named here so the demo can attach them to meetings. */
export const MINISTERS = ['Secretary of State for Education', 'Minister for School Standards'] as const;

export const MILESTONES = {
  conversationLaunched: '2025-12-02',
  developmentGroupEnds: '2026-01-31',
  whitePaperPublished: '2026-02-23',
  whitePaperTitle: 'Every child achieving and thriving',
  consultationCloses: '2026-05-18',
  consultationTitle: 'SEND reform: putting children and young people first',
} as const;

/** The parliamentary inputs in the reference file: two committee reports and a petition with its response. */
export const PARLIAMENTARY_INPUTS = {
  publicAccounts: { source: 'Public Accounts Committee', title: 'Support for children and young people with special educational needs', published: '2025-01-15' },
  education: { source: 'Education Committee', title: 'Solving the SEND crisis', recommendations: 95 },
  petition: {
    number: 738484,
    subject: 'Calls for an independent investigation into systemic failings in SEND provision (paraphrased)',
    response: 'Government will not commission a further independent inquiry; reforms set out in the Schools White Paper.',
  },
} as const;
