import type { Role, UserResponse } from '@send/contracts';

export interface UserRow {
  id: string;
  email: string;
  name: string;
  role: Role;
  password_hash: string | null;
  must_change_password: boolean;
  deactivated_at: Date | null;
  version: number;
  created_at: Date;
  updated_at: Date;
}

export const USER_COLUMNS = 'u.id, u.email, u.name, u.role, u.must_change_password, u.deactivated_at, u.version, u.created_at, u.updated_at';

/** The password hash never leaves this module. */
export function toUserResponse(row: Omit<UserRow, 'password_hash'>): UserResponse {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    active: row.deactivated_at === null,
    mustChangePassword: row.must_change_password,
    version: row.version,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}
