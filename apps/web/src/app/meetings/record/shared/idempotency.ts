/** A fresh Idempotency-Key: random, visible ASCII, as the API requires. */
export function newIdempotencyKey(): string {
  const crypto = globalThis.crypto;
  // randomUUID needs a secure context; getRandomValues does not.
  if (typeof crypto?.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * One key per distinct request body. A double click or a retry of the same body reuses the key, so the server
 * replays its first answer instead of creating a second record; a corrected body gets a new key, since the server
 * refuses a key reused with a different body.
 */
export class KeyPerBody {
  private last: { key: string; body: string } | null = null;

  constructor(key?: string) {
    if (key) this.last = { key, body: '' };
  }

  keyFor(body: unknown): string {
    const text = JSON.stringify(body);
    if (this.last && (this.last.body === text || this.last.body === '')) {
      this.last = { key: this.last.key, body: text };
      return this.last.key;
    }
    this.last = { key: newIdempotencyKey(), body: text };
    return this.last.key;
  }
}
