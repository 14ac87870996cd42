import { randomUUID } from 'node:crypto';
import type { OrganisationType, Region } from '@send/contracts';
import { ORGANISATION_KINDS } from '../generate/organisations';
import { CONTACT_ROLES, FIRST_NAMES, TOPICS } from '../generate/vocabulary';
import { DEVELOPMENT_GROUP, EXPERT_ADVISORY_GROUP, REGIONAL_EVENTS, ROUNDTABLE_PARTNERS, type OrganisationFact } from './reform-facts';

export interface DemoOrganisation {
  id: string;
  name: string;
  type: OrganisationType;
  regions: Region[];
  website: string | null;
  description: string;
  tags: string[];
}

export interface DemoContact {
  id: string;
  organisationId: string;
  name: string;
  role: string;
  email: string;
  phone: string | null;
}

export interface DemoMembership {
  organisationId: string;
  joinedOn: string;
  leftOn: string | null;
  reason: string;
}

export interface DemoGroup {
  id: string;
  name: string;
  description: string;
  members: DemoMembership[];
}

/** The local bodies met at each regional event, named the way the generator names them (place + kind). */
export interface RegionalCast {
  region: Region;
  place: string;
  forum: DemoOrganisation;
  council: DemoOrganisation;
  health: DemoOrganisation;
  school: DemoOrganisation;
  charity: DemoOrganisation;
}

export interface DemoDirectory {
  organisations: DemoOrganisation[];
  contacts: DemoContact[];
  groups: DemoGroup[];
  byName(name: string): DemoOrganisation;
  national: DemoOrganisation[];
  regions: RegionalCast[];
}

/** Where each regional event's local bodies are based (Shoreditch is in Hackney; Skegness in Lincolnshire). */
const LOCAL_AREA: Record<string, { area: string; council: string }> = {
  Bristol: { area: 'Bristol', council: 'Bristol City Council' },
  Skegness: { area: 'Lincolnshire', council: 'Lincolnshire County Council' },
  Manchester: { area: 'Manchester', council: 'Manchester City Council' },
  Shoreditch: { area: 'Hackney', council: 'Hackney Council' },
  Leeds: { area: 'Leeds', council: 'Leeds City Council' },
  Darlington: { area: 'Darlington', council: 'Darlington Borough Council' },
  Birmingham: { area: 'Birmingham', council: 'Birmingham City Council' },
};

/** Obviously fictional surnames, so no demo contact can be mistaken for a real person. */
const FICTIONAL_SURNAMES = ['Example', 'Sample', 'Specimen', 'Placeholder', 'Testcase', 'Demo'];

function slug(name: string): string {
  return name.toLowerCase().replace(/[’']/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

function organisation(fact: OrganisationFact, regions: Region[], tags: string[]): DemoOrganisation {
  return { id: randomUUID(), name: fact.name, type: fact.type, regions, website: fact.website ?? `https://${slug(fact.name)}.example.org`, description: fact.description, tags: ['demo', ...tags] };
}

/** A national body of each remaining kind, named by the generator's pattern ("National" + the kind's first noun). */
function nationalBodies(): OrganisationFact[] {
  const wanted: OrganisationType[] = ['union', 'professional_body', 'research_body', 'government_body'];
  return wanted.flatMap((type) => {
    const kind = ORGANISATION_KINDS.find((k) => k.type === type);
    return kind ? kind.nouns.slice(0, type === 'union' ? 2 : 1).map((noun) => ({ name: `National ${noun}`, type, description: `${kind.about}. Interested in ${TOPICS[noun.length % TOPICS.length]}.` })) : [];
  });
}

function localBody(place: string, region: Region, name: string, type: OrganisationType): DemoOrganisation {
  const kind = ORGANISATION_KINDS.find((k) => k.type === type);
  return organisation({ name, type, description: `${kind?.about ?? 'Local body'} in ${place}.` }, [region], ['local']);
}

/** Two or three contacts per organisation, with fictional names and example.org addresses. */
function contactsFor(organisations: readonly DemoOrganisation[]): DemoContact[] {
  return organisations.flatMap((org, o) =>
    Array.from({ length: 2 + (o % 2) }, (_, c) => {
      const first = FIRST_NAMES[(o * 3 + c * 7) % FIRST_NAMES.length];
      const last = FICTIONAL_SURNAMES[(o + c) % FICTIONAL_SURNAMES.length];
      return {
        id: randomUUID(),
        organisationId: org.id,
        name: `${first} ${last}`,
        role: c === 0 ? (org.type === 'parent_carer_forum' ? 'Chair' : 'Chief executive') : CONTACT_ROLES[(o + c * 5) % CONTACT_ROLES.length],
        email: `${first}.${last}.${o + 1}@example.org`.toLowerCase(),
        phone: c === 0 ? `020 7946 0${String(100 + o).padStart(3, '0')}` : null,
      };
    }),
  );
}

export function buildDirectory(): DemoDirectory {
  const members = DEVELOPMENT_GROUP.members.map((m) => organisation(m, ['national'], ['development group']));
  const partners = ROUNDTABLE_PARTNERS.map((p) => organisation(p, ['national'], ['roundtable partner']));
  const others = nationalBodies().map((b) => organisation(b, ['national'], []));
  const regions = REGIONAL_EVENTS.map(({ place, region }): RegionalCast => {
    const local = LOCAL_AREA[place] ?? { area: place, council: `${place} Council` };
    return {
      region,
      place,
      forum: localBody(local.area, region, `${local.area} Parent Carer Forum`, 'parent_carer_forum'),
      council: localBody(local.area, region, local.council, 'local_authority'),
      health: localBody(local.area, region, `${local.area} Integrated Care Board`, 'health_body'),
      school: localBody(local.area, region, `${local.area} Learning Trust`, 'education_provider'),
      charity: localBody(local.area, region, `${local.area} Autism Support`, 'charity'),
    };
  });
  const local = regions.flatMap((r) => [r.forum, r.council, r.health, r.school, r.charity]);
  const organisations = [...members, ...partners, ...others, ...local];
  const byName = (name: string): DemoOrganisation => {
    const found = organisations.find((o) => o.name === name);
    if (!found) throw new Error(`demo organisation "${name}" is not in the directory`);
    return found;
  };

  const member = (name: string, joinedOn: string, leftOn: string | null, reason: string): DemoMembership => ({ organisationId: byName(name).id, joinedOn, leftOn, reason });
  const developmentGroup: DemoGroup = {
    id: randomUUID(),
    name: DEVELOPMENT_GROUP.name,
    description: DEVELOPMENT_GROUP.description,
    members: [
      ...members.map((m) => member(m.name, '2025-11-25', null, 'Founding member')),
      // Further organisations are invited on a rolling basis by topic.
      member('Speech and Language UK', '2026-01-05', '2026-01-31', 'Invited for the sessions on early language'),
      member('KIDS', '2025-12-15', '2026-01-31', 'Invited for the sessions on short breaks and advocacy'),
    ],
  };
  const advisory: DemoGroup = {
    id: randomUUID(),
    name: EXPERT_ADVISORY_GROUP.name,
    description: EXPERT_ADVISORY_GROUP.description,
    members: [
      member('National Association for Special Educational Needs (nasen)', '2025-10-06', null, 'Practice expertise'),
      member('The Difference', '2025-10-06', null, 'School leadership and inclusion'),
      member('The Athelstan Trust', '2025-10-06', null, 'Trust leadership'),
      member(others.find((o) => o.type === 'research_body')?.name ?? members[0].name, '2025-10-06', '2026-06-30', 'Evidence review; term ended'),
      member(regions[0].school.name, '2026-03-02', null, 'Special school practice'),
    ],
  };
  return { organisations, contacts: contactsFor(organisations), groups: [developmentGroup, advisory], byName, national: [...members, ...partners, ...others], regions };
}
