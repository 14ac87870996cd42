import type { OrganisationType, Region, TimelineKind } from '@send/contracts';
import { ORGANISATION_TYPES, REGIONS } from '@send/contracts';
import type { GovukOption } from '@send/web-ui';

// One vocabulary for the whole service: the words from @send/contracts, the tags from core/tags.
import { ORGANISATION_TYPE_LABELS, REGION_LABELS } from '@send/contracts';
export { ORGANISATION_TYPE_LABELS, REGION_LABELS };
export { ACTION_STATUS_TAGS, ATTENDANCE_TAGS, STANCE_TAGS } from '../core/tags';

export const TYPE_OPTIONS: readonly GovukOption[] = ORGANISATION_TYPES.map((value) => ({ value, text: ORGANISATION_TYPE_LABELS[value] }));
export const REGION_OPTIONS: readonly GovukOption[] = REGIONS.map((value) => ({ value, text: REGION_LABELS[value] }));

import type { TagLabel as TagStyle } from '../core/tags';
export type { TagStyle };

// Colour only reinforces the words: every tag says what it means.
export const TIMELINE_KIND_LABELS: Record<TimelineKind, string> = {
  meeting: 'Meeting',
  position: 'Position',
  action_raised: 'Action raised',
  action_owned: 'Action owned',
};

/** A label for a code from a known list, or the code itself if the list has grown since this build. */
export function labelOf<K extends string>(labels: Record<K, string>, value: string): string {
  return (labels as Record<string, string | undefined>)[value] ?? value;
}

export function tagOf<K extends string>(tags: Record<K, TagStyle>, value: string): TagStyle {
  return (tags as Record<string, TagStyle | undefined>)[value] ?? { text: value, colour: 'grey' };
}

export function isOrganisationType(value: string | null): value is OrganisationType {
  return value !== null && (ORGANISATION_TYPES as readonly string[]).includes(value);
}

export function isRegion(value: string | null): value is Region {
  return value !== null && (REGIONS as readonly string[]).includes(value);
}

/** "early years, post-16 ,, Early years" → ["early years", "post-16"]: trimmed, blanks and repeats dropped. */
export function parseTags(text: string): string[] {
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const raw of text.split(',')) {
    const tag = raw.trim().replace(/\s+/g, ' ');
    if (tag && !seen.has(tag.toLowerCase())) {
      seen.add(tag.toLowerCase());
      tags.push(tag);
    }
  }
  return tags;
}
