import type { Region } from '@send/contracts';

/**
 * Words and phrases for synthetic records, shared by the data generator (as SQL arrays) and the demonstration data
 * (picked in TypeScript), so full-text search meets the vocabulary officials really use.
 */

/** Local areas by region, roughly in proportion to where children with SEN live, so regional lists look plausible. */
export const PLACES: Readonly<Record<Exclude<Region, 'national'>, readonly string[]>> = {
  north_east: ['Darlington', 'Durham', 'Gateshead', 'Hartlepool', 'Middlesbrough', 'Newcastle', 'North Tyneside', 'Northumberland', 'Redcar and Cleveland', 'South Tyneside', 'Stockton-on-Tees', 'Sunderland'],
  north_west: ['Blackburn with Darwen', 'Blackpool', 'Bolton', 'Bury', 'Cheshire East', 'Cheshire West', 'Cumberland', 'Halton', 'Knowsley', 'Lancashire', 'Liverpool', 'Manchester', 'Oldham', 'Rochdale', 'Salford', 'Sefton', 'St Helens', 'Stockport', 'Tameside', 'Trafford', 'Warrington', 'Westmorland and Furness', 'Wigan', 'Wirral'],
  yorkshire_and_the_humber: ['Barnsley', 'Bradford', 'Calderdale', 'Doncaster', 'East Riding', 'Hull', 'Kirklees', 'Leeds', 'North East Lincolnshire', 'North Lincolnshire', 'North Yorkshire', 'Rotherham', 'Sheffield', 'Wakefield', 'York'],
  east_midlands: ['Derby', 'Derbyshire', 'Leicester', 'Leicestershire', 'Lincolnshire', 'North Northamptonshire', 'Nottingham', 'Nottinghamshire', 'Rutland', 'West Northamptonshire', 'Skegness'],
  west_midlands: ['Birmingham', 'Coventry', 'Dudley', 'Herefordshire', 'Sandwell', 'Shropshire', 'Solihull', 'Staffordshire', 'Stoke-on-Trent', 'Telford and Wrekin', 'Walsall', 'Warwickshire', 'Wolverhampton', 'Worcestershire'],
  east_of_england: ['Bedford', 'Cambridgeshire', 'Central Bedfordshire', 'Essex', 'Hertfordshire', 'Luton', 'Norfolk', 'Peterborough', 'Southend-on-Sea', 'Suffolk', 'Thurrock'],
  london: ['Barking and Dagenham', 'Barnet', 'Bexley', 'Brent', 'Bromley', 'Camden', 'Croydon', 'Ealing', 'Enfield', 'Greenwich', 'Hackney', 'Hammersmith and Fulham', 'Haringey', 'Harrow', 'Havering', 'Hillingdon', 'Hounslow', 'Islington', 'Kensington and Chelsea', 'Kingston', 'Lambeth', 'Lewisham', 'Merton', 'Newham', 'Redbridge', 'Richmond', 'Shoreditch', 'Southwark', 'Sutton', 'Tower Hamlets', 'Waltham Forest', 'Wandsworth', 'Westminster'],
  south_east: ['Bracknell Forest', 'Brighton and Hove', 'Buckinghamshire', 'East Sussex', 'Hampshire', 'Isle of Wight', 'Kent', 'Medway', 'Milton Keynes', 'Oxfordshire', 'Portsmouth', 'Reading', 'Slough', 'Southampton', 'Surrey', 'West Berkshire', 'West Sussex', 'Windsor and Maidenhead', 'Wokingham'],
  south_west: ['Bath and North East Somerset', 'Bournemouth', 'Bristol', 'Cornwall', 'Devon', 'Dorset', 'Gloucestershire', 'North Somerset', 'Plymouth', 'Somerset', 'South Gloucestershire', 'Swindon', 'Torbay', 'Wiltshire'],
};

export const PLACE_LIST: readonly { place: string; region: Region }[] = Object.entries(PLACES).flatMap(([region, places]) =>
  places.map((place) => ({ place, region: region as Region })),
);

/** Area qualifiers that keep local names unique once every place has one body of a kind. */
// No qualifier may begin a noun: 'City' + 'Council' would name 'Bristol City Council' twice (with '' + 'City Council').
export const AREA_QUALIFIERS = ['', 'North', 'South', 'East', 'West', 'Central', 'Metropolitan', 'Rural', 'Coastal', 'Valleys'] as const;

export const FIRST_NAMES = ['Alex', 'Amira', 'Ben', 'Chloe', 'Daniel', 'Deepa', 'Eleanor', 'Farah', 'George', 'Grace', 'Hannah', 'Imran', 'Isla', 'Jack', 'Jasmine', 'Kwame', 'Laura', 'Liam', 'Maya', 'Mohammed', 'Niamh', 'Oliver', 'Priya', 'Rachel', 'Rhys', 'Sam', 'Sarah', 'Tom', 'Yasmin', 'Zoe'] as const;
export const SURNAMES = ['Ahmed', 'Baker', 'Brown', 'Campbell', 'Clarke', 'Davies', 'Evans', 'Green', 'Hall', 'Hughes', 'Jones', 'Khan', 'Lewis', 'Martin', 'Morgan', 'Nowak', 'Okafor', 'Patel', 'Roberts', 'Robinson', 'Shah', 'Singh', 'Smith', 'Taylor', 'Thomas', 'Turner', 'Walker', 'White', 'Williams', 'Wilson', 'Wood', 'Wright'] as const;
export const CONTACT_ROLES = ['Chair', 'Co-chair', 'Chief executive', 'Director of policy', 'Policy officer', 'Participation lead', 'SEND lead', 'Head of SEND services', 'Designated clinical officer', 'Headteacher', 'SENCo', 'Trustee', 'Parent representative', 'Communications lead', 'Regional organiser'] as const;

export type StanceKey = 'support' | 'support_with_conditions' | 'neutral' | 'concerns' | 'oppose' | 'unclear';
export const STANCES: readonly StanceKey[] = ['support', 'support_with_conditions', 'neutral', 'concerns', 'oppose', 'unclear'];

/** How a summary of each stance opens. */
export const STANCE_OPENERS: Readonly<Record<StanceKey, readonly string[]>> = {
  support: ['Strongly supports', 'Welcomes', 'Supports', 'Is in favour of', 'Backs'],
  support_with_conditions: ['Supports, with conditions,', 'Would support', 'Broadly welcomes', 'Supports in principle', 'Could support'],
  neutral: ['Has no settled view on', 'Is neutral on', 'Neither supports nor opposes', 'Wants more detail on', 'Is still consulting members on'],
  concerns: ['Has serious concerns about', 'Is worried about', 'Raises concerns about', 'Questions', 'Is uneasy about'],
  oppose: ['Opposes', 'Strongly opposes', 'Rejects', 'Cannot support', 'Objects to'],
  unclear: ['Gave no clear view on', 'Sent mixed messages on', 'Did not comment directly on', 'Asked questions about', 'Reserved its position on'],
};

/** What a statement or action is about, phrased to follow a verb. */
export const TOPICS = [
  'the changes to education, health and care plans', 'written records of support', 'independent advocacy for families',
  'the national framework for ordinarily available support', 'resourced provision in mainstream schools', 'SEN units',
  'inclusion in the inspection framework', 'neurodiversity support in primary schools', 'early language support',
  'tribunal rights', 'home to school transport', 'funding for high needs', 'local authority deficits',
  'waiting times for autism assessments', 'speech and language therapy', 'occupational therapy', 'teacher training on SEND',
  'the role of the SENCo', 'alternative provision', 'exclusions of children with SEND', 'co-production with parent carer forums',
  'post-16 transitions', 'preparing for adulthood', 'mental health support in schools', 'short breaks for families',
  'personal budgets', 'annual reviews', 'school admissions', 'special school places', 'early years inclusion',
] as const;

/** Why: conditions, reasons and evidence that follow a stance. */
export const REASONS = [
  'because families fear losing legal protections', 'if funding follows the child', 'provided tribunal rights are kept',
  'given long waits for assessments', 'as long as specialist teachers are trained', 'unless transport to school is guaranteed',
  'because local authorities face growing deficits', 'when therapy services have capacity', 'as parents report long delays',
  'provided parent carer forums are involved in co-production', 'if health partners are held to account',
  'given the shortage of educational psychologists', 'because mainstream schools lack the staff', 'if the timetable is realistic',
  'as long as children already on plans keep their support', 'because trust between families and councils is low',
  'provided inspection rewards inclusion', 'if there is money for capital works', 'given rising demand for special school places',
  'because early identification saves money later', 'if the framework is statutory', 'provided advocacy is truly independent',
  'because rural areas have few specialist settings', 'if workforce plans are published', 'as teachers need protected time',
] as const;

/** A second sentence of evidence, added to some summaries and notes. */
export const EVIDENCE = [
  'Members reported waits of over a year for speech and language therapy.', 'Several parents described going to tribunal to keep support.',
  'Headteachers said funding for inclusion is already stretched.', 'Forum surveys show families want a single point of contact.',
  'The council described a high needs deficit that keeps rising.', 'Young people asked to be heard directly, not only through parents.',
  'Clinicians said neurodiversity support works best alongside diagnosis, not instead of it.', 'Trust leaders shared examples of successful resourced provision.',
  'Early years providers said identification often starts too late.', 'Parents in rural areas described journeys of over an hour to school.',
  'Unions warned about workload for SENCos and teaching assistants.', 'Charities asked for the evidence behind the national framework.',
] as const;

export const MEETING_PURPOSES = [
  'To hear views on', 'To discuss', 'To update partners on', 'To test emerging thinking on', 'To gather evidence on',
  'To agree next steps on', 'To listen to families about', 'To follow up concerns about',
] as const;

export const ACTION_VERBS = [
  'Write to the organisation about', 'Share the latest analysis on', 'Arrange a follow-up meeting on', 'Provide data on',
  'Confirm the department’s position on', 'Send the minister a note on', 'Publish a summary of feedback on', 'Invite practitioners to a workshop on',
  'Check with health colleagues about', 'Set up a task and finish group on', 'Respond to the letter about', 'Circulate case studies on',
] as const;

export const COMPLETION_NOTES = [
  'Letter sent and acknowledged.', 'Meeting held; notes circulated to attendees.', 'Data shared with the organisation.',
  'Note submitted to the private office.', 'Summary published on the consultation page.', 'Workshop held with practitioners.',
] as const;

export const UPDATE_NOTES = [
  'Draft with policy team for clearance.', 'Chased the organisation for their evidence.', 'Waiting for analysts to finish the figures.',
  'Discussed at the weekly development group.', 'Private office asked for a fuller note.', 'Delayed by the consultation timetable.',
] as const;

/** First-person words recorded as quotes on some positions. */
export const QUOTES = [
  'Families should not have to fight for support that their child is entitled to.',
  'We cannot support this until we see how the money will reach schools.',
  'Our members want this to work, but the workforce is not there yet.',
  'Parents tell us the tribunal is the only thing that works for them.',
  'This is the right direction if it is properly funded.',
  'Early help is where the difference is made, and it is where the cuts have fallen.',
  'Inclusion has to be designed in, not bolted on.',
  'We need to see the detail before we can say more.',
] as const;

/** National names: an adjective and a body of each type, so the few national organisations read like real ones. */
export const NATIONAL_ADJECTIVES = ['National', 'British', 'English', 'Independent', 'Joint', 'United', 'Allied', 'Open', 'Royal', 'Federated'] as const;
export const REGION_NAMES = ['North East', 'North West', 'Yorkshire', 'East Midlands', 'West Midlands', 'East of England', 'London', 'South East', 'South West'] as const;
