export const ROLES = ['admin', 'recorder', 'reviewer', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export interface UserSummary {
  id: string;
  email: string;
  name: string;
  role: Role;
}

export interface LoginRequest {
  email: string;
  password: string;
}

export interface SessionResponse {
  user: UserSummary;
  roles: Role[];
  mustChangePassword: boolean;
}

/** The answer to "am I signed in?": a signed-out browser is an answer, not an error, so nothing logs a failure. */
export type SessionProbeResponse = { signedIn: false } | ({ signedIn: true } & SessionResponse);

export interface UserResponse {
  id: string;
  email: string;
  name: string;
  role: Role;
  active: boolean;
  mustChangePassword: boolean;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface CreateUserRequest {
  email: string;
  name: string;
  role: Role;
  /** With a password the account can sign in at once; without one a one-time password is returned. */
  password?: string;
}

export interface CreateUserResponse extends UserResponse {
  /** Only when no password was given: show it once; it must be changed at first sign-in. */
  oneTimePassword?: string;
}

export interface UpdateUserRequest {
  name?: string;
  role?: Role;
}

export interface ResetPasswordResponse {
  oneTimePassword: string;
}

export interface ChangePasswordRequest {
  currentPassword: string;
  newPassword: string;
}

export interface SignInProvidersResponse {
  local: boolean;
  oidc: { displayName: string; loginUrl: string } | null;
}
