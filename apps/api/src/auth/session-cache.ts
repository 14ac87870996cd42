import type { AuthUser } from './auth-user';

interface Entry {
  user: AuthUser;
  /** Clock time (ms) after which the database is asked again. */
  until: number;
}

/**
 * Sessions this instance has just checked, so a burst of requests costs one database round trip rather than one
 * each. Entries live for a few seconds at most and never past the session's own idle or absolute expiry. Anything
 * that ends a session or changes its user on this instance forgets it at once; a generation count stops a check that
 * read the old row before the change from putting it back. Changes made elsewhere arrive through `forgetUser` too
 * (SessionListener); while the instance cannot hear them the cache is suspended and every request asks the database.
 */
export class SessionCache {
  private readonly entries = new Map<string, Entry>();
  private changes = 0;
  private active = false;

  constructor(private readonly ttlMs: number) {}

  /** Starts keeping sessions: call once changes made elsewhere will be heard. */
  resume(): void {
    this.active = true;
  }

  /** Forgets everything and keeps nothing until resumed: changes made elsewhere may be missed meanwhile. */
  suspend(): void {
    this.active = false;
    this.changes += 1;
    this.entries.clear();
  }

  get(tokenHash: string, now: number): AuthUser | undefined {
    const entry = this.entries.get(tokenHash);
    if (!entry) return undefined;
    if (now < entry.until) return entry.user;
    this.entries.delete(tokenHash);
    return undefined;
  }

  /** Taken before reading the database; `put` keeps what was read only if nothing was forgotten meanwhile. */
  generation(): number {
    return this.changes;
  }

  put(tokenHash: string, user: AuthUser, generation: number, now: number, expiresAt: number): void {
    if (!this.active || this.ttlMs === 0 || generation !== this.changes) return;
    this.sweep(now);
    this.entries.set(tokenHash, { user, until: Math.min(now + this.ttlMs, expiresAt) });
  }

  forgetToken(tokenHash: string): void {
    this.changes += 1;
    this.entries.delete(tokenHash);
  }

  forgetUser(userId: string): void {
    this.changes += 1;
    for (const [key, entry] of this.entries) if (entry.user.id === userId) this.entries.delete(key);
  }

  get size(): number {
    return this.entries.size;
  }

  /** Expired entries go when the map grows, so an idle instance keeps nothing it no longer trusts for long. */
  private sweep(now: number): void {
    if (this.entries.size < 1000) return;
    for (const [key, entry] of this.entries) if (now >= entry.until) this.entries.delete(key);
  }
}
