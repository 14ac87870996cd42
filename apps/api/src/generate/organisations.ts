import type { OrganisationType } from '@send/contracts';
import type { GenerateContext } from './generate-context';
import { uuidArray } from './generate-context';
import { genId, pick, quoteLiteral, rint, rnd, skewed, textArray } from './sql-random';
import { AREA_QUALIFIERS, CONTACT_ROLES, FIRST_NAMES, NATIONAL_ADJECTIVES, PLACE_LIST, REGION_NAMES, SURNAMES, TOPICS } from './vocabulary';

interface Kind {
  type: OrganisationType;
  share: number;
  /** National bodies get adjective + noun names and the national region; local ones a place and its region. */
  national: boolean;
  nouns: readonly string[];
  about: string;
}

/**
 * The mix of organisations, national bodies first: they get the low row numbers, which `skewed()` favours, so they
 * attend (and say) far more than the long tail of local forums, councils and schools.
 */
export const ORGANISATION_KINDS: readonly Kind[] = [
  { type: 'sector_body', share: 0.015, national: true, nouns: ['Council for Inclusive Education', 'Alliance for SEND', 'Disabled Children’s Forum', 'Network for Inclusion', 'Children’s Services Partnership'], about: 'Umbrella body for organisations working with disabled children' },
  { type: 'national_parent_group', share: 0.015, national: true, nouns: ['Parents’ SEND Network', 'Families for Inclusion', 'Parent Carers Alliance', 'SEND Parents Voice', 'Campaign for SEND Families'], about: 'Parent-led national group' },
  { type: 'professional_body', share: 0.02, national: true, nouns: ['Association of SENCos', 'Society of Educational Psychologists', 'Association of Special School Leaders', 'College of Speech Therapists', 'Institute of Inclusion Practitioners'], about: 'Membership body for professionals' },
  { type: 'union', share: 0.01, national: true, nouns: ['Union of Teaching Assistants', 'Teachers’ Union', 'Support Staff Union', 'Headteachers’ Association', 'School Leaders’ Union'], about: 'Trade union for the school workforce' },
  { type: 'research_body', share: 0.01, national: true, nouns: ['Institute for Education Research', 'Centre for Inclusion Research', 'SEND Evidence Trust', 'Foundation for Child Development', 'Policy Research Unit'], about: 'Research organisation' },
  { type: 'advisory_group', share: 0.005, national: true, nouns: ['Advisory Panel on Inclusion', 'Expert Reference Group', 'Young People’s Advisory Board', 'Clinical Advisory Group', 'Parent Advisory Council'], about: 'Advisory group' },
  { type: 'government_body', share: 0.01, national: true, nouns: ['Schools Agency', 'Standards Office', 'Children’s Commissioner’s Office', 'Health Improvement Agency', 'Inspectorate Liaison Office'], about: 'Public body' },
  { type: 'charity', share: 0.15, national: false, nouns: ['Autism Support', 'Down Syndrome Group', 'Disability Action', 'Family Support', 'Young Carers', 'Deaf Children’s Society', 'ADHD Support Group', 'Mencap'], about: 'Local charity' },
  { type: 'parent_carer_forum', share: 0.18, national: false, nouns: ['Parent Carer Forum', 'Parent and Carer Forum', 'Parent Carer Voice'], about: 'Parent carer forum' },
  { type: 'local_authority', share: 0.1, national: false, nouns: ['Council', 'County Council', 'Borough Council', 'City Council'], about: 'Local authority' },
  { type: 'health_body', share: 0.08, national: false, nouns: ['Integrated Care Board', 'Community Health NHS Trust', 'Children’s Hospital Trust', 'CAMHS Partnership', 'Speech and Language Therapy Service'], about: 'NHS body' },
  { type: 'education_provider', share: 0.3, national: false, nouns: ['Primary School', 'Academy', 'Learning Trust', 'Special School', 'College', 'Nursery', 'High School', 'Alternative Provision Academy'], about: 'School or college' },
  { type: 'other', share: 0.05, national: false, nouns: ['SEND Support Group', 'Inclusion Network', 'Parents’ Group', 'Advice Centre', 'SENDIASS'], about: 'Local group' },
];

/** Row-number ranges per kind, in the order above; the last kind takes the rounding remainder. */
export function organisationRanges(total: number): { kind: Kind; from: number; to: number }[] {
  let next = 1;
  return ORGANISATION_KINDS.map((kind, index) => {
    const count = index === ORGANISATION_KINDS.length - 1 ? total - next + 1 : Math.max(1, Math.round(total * kind.share));
    const range = { kind, from: next, to: next + count - 1 };
    next += count;
    return range;
  }).filter((r) => r.to >= r.from);
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

/** A stride coprime to the place count: j → (j × stride) mod places visits every place, spread across regions. */
const PLACE_STRIDE = ((count: number) => {
  let stride = Math.round(count * 0.618);
  while (gcd(stride, count) !== 1) stride += 1;
  return stride;
})(PLACE_LIST.length);

function placeIndex(j: string): string {
  return `(((${j}) * ${PLACE_STRIDE}) % ${PLACE_LIST.length})`;
}

/** Unique names: place (or adjective) × noun × qualifier, then a number once those run out. */
function nameSql(kind: Kind, j: string): string {
  const places = textArray(PLACE_LIST.map((p) => p.place));
  const nouns = textArray(kind.nouns);
  const [firsts, firstCount] = kind.national ? [textArray(NATIONAL_ADJECTIVES), NATIONAL_ADJECTIVES.length] : [places, PLACE_LIST.length];
  const qualifiers = kind.national ? textArray(['', ...REGION_NAMES.map((r) => `(${r})`)]) : textArray(AREA_QUALIFIERS);
  const qualifierCount = kind.national ? REGION_NAMES.length + 1 : AREA_QUALIFIERS.length;
  const combos = firstCount * kind.nouns.length;
  const qualifier = `${qualifiers}[1 + ((${j}) / ${combos}) % ${qualifierCount}]`;
  const round = `((${j}) / ${combos * qualifierCount})`;
  const head = kind.national ? `${firsts}[1 + (${j}) % ${firstCount}]` : `${firsts}[1 + ${placeIndex(j)}]`;
  const noun = `${nouns}[1 + ((${j}) / ${firstCount}) % ${kind.nouns.length}]`;
  const numbered = `CASE WHEN ${round} > 0 THEN ' ' || (${round} + 1) ELSE '' END`;
  return kind.national
    ? `${head} || ' ' || ${noun} || CASE WHEN ${qualifier} = '' THEN '' ELSE ' ' || ${qualifier} END || ${numbered}`
    : `${head} || CASE WHEN ${qualifier} = '' THEN '' ELSE ' ' || ${qualifier} END || ' ' || ${noun} || ${numbered}`;
}

/** One INSERT per kind of organisation (13 statements, 20k rows at national scale). */
export function organisationInserts(ctx: GenerateContext): string[] {
  const regions = textArray(PLACE_LIST.map((p) => p.region));
  const places = textArray(PLACE_LIST.map((p) => p.place));
  const owners = uuidArray(ctx.users.recorder);
  const tags = textArray(['development group', 'parent voice', 'health', 'schools', 'early years', 'post-16', 'autism', 'rural', 'campaigning', 'evidence']);
  return organisationRanges(ctx.scale.organisations).map(({ kind, from, to }) => {
    const j = `(i - ${from})`;
    const region = kind.national ? `ARRAY['national']::text[]` : `ARRAY[${regions}[1 + ${placeIndex(j)}]]`;
    const where = kind.national ? `'England'` : `${places}[1 + ${placeIndex(j)}]`;
    const created = `(DATE '${ctx.firstDay}' + ${rint('i', 101, 60)})::timestamptz + interval '9 hours'`;
    return `
      INSERT INTO organisations (id, name, type, regions, website, description, tags, relationship_owner_id, created_at, updated_at, created_by, updated_by)
      SELECT ${genId('organisation', 'i')}, ${nameSql(kind, j)}, '${kind.type}', ${region},
             CASE WHEN ${rnd('i', 102)} < 0.7 THEN 'https://org' || i || '.example.org' END,
             ${quoteLiteral(kind.about)} || ' in ' || ${where} || '. Interested in ' || ${pick(TOPICS, 'i', 103)} || ' and ' || ${pick(TOPICS, 'i', 104)} || '.',
             CASE WHEN ${rnd('i', 105)} < 0.4 THEN ARRAY[${tags}[1 + ${rint('i', 106, 10)}]] ELSE '{}'::text[] END,
             CASE WHEN ${rnd('i', 107)} < ${kind.national ? 0.9 : 0.2} THEN ${owners}[1 + ${rint('i', 108, ctx.users.recorder.length)}] END,
             ${created}, ${created}, ${owners}[1 + ${rint('i', 109, ctx.users.recorder.length)}], ${owners}[1 + ${rint('i', 109, ctx.users.recorder.length)}]
        FROM generate_series(${from}, ${to}) AS i`;
  });
}

/** Every organisation gets one contact, the rest go to busier organisations; addresses are example.org. */
export function contactsInsert(ctx: GenerateContext): string {
  const n = ctx.scale.organisations;
  const owners = uuidArray(ctx.users.recorder);
  const first = pick(FIRST_NAMES, 'i', 201);
  const last = pick(SURNAMES, 'i', 202);
  const anonymised = `${rnd('i', 205)} < 0.005`;
  return `
    INSERT INTO contacts (id, organisation_id, name, role, email, phone, notes, anonymised_at, created_at, updated_at, created_by, updated_by)
    SELECT ${genId('contact', 'i')}, ${genId('organisation', `CASE WHEN i <= ${n} THEN i ELSE ${skewed('i', 203, n)} END`)},
           CASE WHEN ${anonymised} THEN 'Anonymised contact' ELSE ${first} || ' ' || ${last} END,
           ${pick(CONTACT_ROLES, 'i', 204)},
           CASE WHEN NOT ${anonymised} THEN lower(${first} || '.' || ${last}) || '.' || i || '@example.org' END,
           CASE WHEN NOT ${anonymised} AND ${rnd('i', 206)} < 0.5 THEN '020 7946 ' || lpad((i % 10000)::text, 4, '0') END,
           '', CASE WHEN ${anonymised} THEN DATE '${ctx.today}' - 30 END,
           (DATE '${ctx.firstDay}' + ${rint('i', 207, 90)})::timestamptz + interval '10 hours',
           (DATE '${ctx.firstDay}' + ${rint('i', 207, 90)})::timestamptz + interval '10 hours',
           ${owners}[1 + ${rint('i', 208, ctx.users.recorder.length)}], ${owners}[1 + ${rint('i', 208, ctx.users.recorder.length)}]
      FROM generate_series(1, ${ctx.scale.contacts}) AS i`;
}

export const GENERATED_GROUPS = [
  { name: 'SEND Reform Development Group', description: 'Meets ministers weekly during the national conversation.' },
  { name: 'Expert advisory group for inclusion', description: 'Advises ministers on inclusive practice.' },
  { name: 'Parent carer forum chairs’ panel', description: 'Chairs of local forums, convened termly.' },
  { name: 'Health and care partners group', description: 'ICBs, NHS trusts and therapy services.' },
  { name: 'Schools and trusts reference group', description: 'Headteachers, SENCos and trust leaders.' },
  { name: 'Local government SEND leads network', description: 'Directors and heads of SEND services.' },
] as const;

/** The generated groups, kept by name when they already exist; returns their ids in GENERATED_GROUPS order. */
export function groupsInsert(actorId: string, firstDay: string): string {
  const groups = GENERATED_GROUPS.map((g, index) => `(${genId('group', String(index + 1))}, ${quoteLiteral(g.name)}, ${quoteLiteral(g.description)})`);
  return `INSERT INTO groups (id, name, description, created_by, updated_by, created_at, updated_at)
     SELECT g.id, g.name, g.description, '${actorId}', '${actorId}', DATE '${firstDay}' + interval '60 days', DATE '${firstDay}' + interval '60 days'
       FROM (VALUES ${groups.join(', ')}) AS g(id, name, description)
     ON CONFLICT (lower(name)) DO NOTHING`;
}

/**
 * Memberships. The development group's members are organisations 1–9 (the national bodies that development group
 * meetings seat first); the other groups draw members from across the table, and some have left.
 */
export function membershipsInsert(ctx: GenerateContext): string {
  const n = ctx.scale.organisations;
  const actor = `'${ctx.users.admin[0]}'::uuid`;
  const groups = uuidArray(ctx.groupIds);
  return `
    INSERT INTO group_memberships (id, group_id, organisation_id, joined_on, left_on, reason, created_by, updated_by)
    SELECT ${genId('membership', 'g * 1000 + k')}, ${groups}[g],
           ${genId('organisation', `CASE WHEN g = 1 THEN k ELSE 1 + ((g * 7919 + k * 104729) % ${n}) END`)},
           DATE '${ctx.firstDay}' + 60 + ${rint('g * 1000 + k', 301, 30)},
           CASE WHEN g > 1 AND ${rnd('g * 1000 + k', 302)} < 0.15 THEN DATE '${ctx.firstDay}' + 200 + ${rint('g * 1000 + k', 303, 100)} END,
           CASE WHEN g = 1 THEN 'Founding member' ELSE 'Invited for expertise' END, ${actor}, ${actor}
      FROM generate_series(1, ${ctx.groupIds.length}) AS g
     CROSS JOIN LATERAL generate_series(1, CASE WHEN g = 1 THEN ${Math.min(9, n)} ELSE ${Math.min(40, n)} END) AS k`;
}
