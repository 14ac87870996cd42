import type { Role } from '@send/contracts';

export interface AuthUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  mustChangePassword: boolean;
  csrfToken: string;
}

/** Whether this user may see OFFICIAL_SENSITIVE records: every role but viewer. */
export function seesSensitive(user: Pick<AuthUser, 'role'>): boolean {
  return user.role !== 'viewer';
}
