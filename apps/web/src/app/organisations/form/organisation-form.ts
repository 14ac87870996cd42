import { FormControl, FormGroup } from '@angular/forms';
import type { CreateOrganisationRequest, FieldError, OrganisationResponse, OrganisationType, Region, UpdateOrganisationRequest } from '@send/contracts';
import { REGIONS } from '@send/contracts';
import { ORGANISATION_TYPE_LABELS, REGION_LABELS, isOrganisationType, isRegion, labelOf, parseTags } from '../labels';

/** Every field the form edits, in page order: error summary links and conflict rows follow it. */
export const ORGANISATION_FIELDS = ['name', 'type', 'regions', 'website', 'description', 'tags', 'relationshipOwnerId'] as const;
export type OrganisationField = (typeof ORGANISATION_FIELDS)[number];

export const ORGANISATION_LABELS: Record<OrganisationField, string> = {
  name: 'Name',
  type: 'Type',
  regions: 'Regions',
  website: 'Website',
  description: 'Description',
  tags: 'Tags',
  relationshipOwnerId: 'Relationship owner',
};

const NAME_MAX = 200;
const TAG_MAX = 100;
const TAGS_MAX = 50;
const TEXT_MAX = 20_000;
const WEB_ADDRESS = /^https?:\/\/[^\s/$.?#][^\s]*\.[^\s]+$/i;

export type OrganisationForm = ReturnType<typeof organisationForm>;

export function organisationForm() {
  return new FormGroup({
    name: new FormControl<string | null>(''),
    type: new FormControl<string | null>(null),
    regions: new FormControl<string[] | null>([]),
    website: new FormControl<string | null>(''),
    description: new FormControl<string | null>(''),
    tags: new FormControl<string | null>(''),
    relationshipOwnerId: new FormControl<string | null>(''),
  });
}

/** What the form holds, as the API takes it. `type` is null until chosen (validation says so before sending). */
export type OrganisationDraft = Omit<Required<CreateOrganisationRequest>, 'type'> & { type: OrganisationType | null };

export function draftFrom(form: OrganisationForm): OrganisationDraft {
  const value = form.getRawValue();
  const chosen = new Set(value.regions ?? []);
  return {
    name: (value.name ?? '').trim(),
    type: isOrganisationType(value.type) ? value.type : null,
    // In the API's order, so comparing two sets of regions is comparing two lists.
    regions: REGIONS.filter((region) => chosen.has(region)),
    website: (value.website ?? '').trim() || null,
    description: (value.description ?? '').trim(),
    tags: parseTags(value.tags ?? ''),
    relationshipOwnerId: value.relationshipOwnerId || null,
  };
}

export function draftOf(organisation: OrganisationResponse): OrganisationDraft {
  const regions = new Set<string>(organisation.regions);
  return {
    name: organisation.name,
    type: organisation.type,
    regions: REGIONS.filter((region) => regions.has(region)),
    website: organisation.website,
    description: organisation.description,
    tags: organisation.tags,
    relationshipOwnerId: organisation.relationshipOwnerId,
  };
}

/** Puts some fields of a draft into the form (all of them when none are named). */
export function fillForm(form: OrganisationForm, draft: OrganisationDraft, fields: readonly OrganisationField[] = ORGANISATION_FIELDS): void {
  const value = {
    name: draft.name,
    type: draft.type,
    regions: [...draft.regions],
    website: draft.website ?? '',
    description: draft.description,
    tags: draft.tags.join(', '),
    relationshipOwnerId: draft.relationshipOwnerId ?? '',
  };
  const patch: Partial<typeof value> = {};
  for (const field of fields) Object.assign(patch, { [field]: value[field] });
  form.patchValue(patch);
}

/** The fields whose value differs between two drafts. */
export function changedFields(draft: OrganisationDraft, saved: OrganisationDraft): OrganisationField[] {
  return ORGANISATION_FIELDS.filter((field) => JSON.stringify(draft[field]) !== JSON.stringify(saved[field]));
}

/** The request for an update: only the fields named, so a save never overwrites what the user did not change. */
export function changesOf(draft: OrganisationDraft, fields: readonly OrganisationField[]): UpdateOrganisationRequest {
  const body: Record<string, unknown> = {};
  for (const field of fields) body[field] = draft[field];
  return body as UpdateOrganisationRequest;
}

export function validateDraft(draft: OrganisationDraft): FieldError[] {
  const errors: FieldError[] = [];
  if (!draft.name) errors.push({ field: 'name', message: "Enter the organisation's name" });
  else if (draft.name.length > NAME_MAX) errors.push({ field: 'name', message: `Name must be ${NAME_MAX} characters or fewer` });
  if (!draft.type) errors.push({ field: 'type', message: 'Select the type of organisation' });
  if (draft.website && !WEB_ADDRESS.test(draft.website)) {
    errors.push({ field: 'website', message: 'Enter a web address in the correct format, starting https://, like https://www.example.org.uk' });
  }
  if (draft.description.length > TEXT_MAX) errors.push({ field: 'description', message: `Description must be ${TEXT_MAX.toLocaleString('en-GB')} characters or fewer` });
  if (draft.tags.some((tag) => tag.length > TAG_MAX)) errors.push({ field: 'tags', message: `Each tag must be ${TAG_MAX} characters or fewer` });
  else if (draft.tags.length > TAGS_MAX) errors.push({ field: 'tags', message: `Enter ${TAGS_MAX} tags or fewer` });
  return errors;
}

/** A draft as people read it, for comparing versions in the conflict notice. */
export function displayDraft(draft: OrganisationDraft, ownerName: (id: string) => string): Record<OrganisationField, string> {
  return {
    name: draft.name,
    type: draft.type ? labelOf(ORGANISATION_TYPE_LABELS, draft.type) : 'Not set',
    regions: draft.regions.map((region: Region) => (isRegion(region) ? REGION_LABELS[region] : region)).join(', ') || 'None',
    website: draft.website ?? 'None',
    description: draft.description || 'None',
    tags: draft.tags.join(', ') || 'None',
    relationshipOwnerId: draft.relationshipOwnerId ? ownerName(draft.relationshipOwnerId) : 'None',
  };
}
