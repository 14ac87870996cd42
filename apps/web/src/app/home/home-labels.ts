import type { Role } from '@send/contracts';

// One vocabulary for the whole service, from core/tags.
export { ACTION_STATUS_TAGS, MEETING_STATUS_TAGS, STANCE_TAGS } from '../core/tags';

import type { TagLabel } from '../core/tags';
export type { TagLabel };

export const OVERDUE_TAG: TagLabel = { text: 'Overdue', colour: 'red' };

/** How the greeting describes each role. */
export const ROLE_DESCRIPTIONS: Record<Role, string> = {
  admin: 'an admin',
  recorder: 'a recorder',
  reviewer: 'a reviewer in the private office',
  viewer: 'a viewer',
};
