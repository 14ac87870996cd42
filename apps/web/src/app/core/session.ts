import { HttpClient } from '@angular/common/http';
import { Injectable, computed, inject, signal } from '@angular/core';
import type { ChangePasswordRequest, LoginRequest, Role, SessionProbeResponse, SessionResponse, SignInProvidersResponse } from '@send/contracts';
import { firstValueFrom } from 'rxjs';

/**
 * Who is signed in, as a signal. The session itself is an HttpOnly cookie the browser holds; nothing here (or in
 * any browser storage) keeps a token.
 */
@Injectable({ providedIn: 'root' })
export class SessionStore {
  private readonly http = inject(HttpClient);
  private readonly current = signal<SessionResponse | null | undefined>(undefined);
  private loading?: Promise<SessionResponse | null>;

  readonly session = this.current.asReadonly();
  readonly user = computed(() => this.current()?.user ?? null);
  readonly role = computed<Role | null>(() => this.current()?.user.role ?? null);

  /** The session, asking the server once if it is not known yet. */
  ensureLoaded(): Promise<SessionResponse | null> {
    const known = this.current();
    if (known !== undefined) return Promise.resolve(known);
    this.loading ??= firstValueFrom(this.http.get<SessionProbeResponse>('/api/auth/session')).then(
      (probe) => this.settle(probe.signedIn ? { user: probe.user, roles: probe.roles, mustChangePassword: probe.mustChangePassword } : null),
      (error: unknown) => {
        this.loading = undefined;
        throw error;
      },
    );
    return this.loading;
  }

  async signIn(request: LoginRequest): Promise<SessionResponse> {
    return this.settle(await firstValueFrom(this.http.post<SessionResponse>('/api/auth/login', request))) as SessionResponse;
  }

  async signOut(): Promise<void> {
    try {
      await firstValueFrom(this.http.post('/api/auth/logout', {}));
    } finally {
      this.settle(null);
    }
  }

  async changePassword(request: ChangePasswordRequest): Promise<void> {
    await firstValueFrom(this.http.post('/api/auth/password', request));
    const session = this.current();
    if (session) this.current.set({ ...session, mustChangePassword: false });
  }

  providers(): Promise<SignInProvidersResponse> {
    return firstValueFrom(this.http.get<SignInProvidersResponse>('/api/auth/providers'));
  }

  /** The server said the session has ended (401 on any call). */
  expired(): void {
    this.settle(null);
  }

  hasRole(...roles: Role[]): boolean {
    const role = this.role();
    return role !== null && roles.includes(role);
  }

  private settle(session: SessionResponse | null): SessionResponse | null {
    this.loading = Promise.resolve(session);
    this.current.set(session);
    return session;
  }
}
