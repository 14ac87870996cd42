import { createHash, randomBytes } from 'node:crypto';

/** 256 random bits, base64url: unguessable, and safe in a URL path without escaping. */
export function newFeedSecret(): string {
  return randomBytes(32).toString('base64url');
}

const SECRET = /^[A-Za-z0-9_-]{43}$/;

export function isWellFormedSecret(value: string): boolean {
  return SECRET.test(value);
}

/**
 * Only this hash is stored. Looking a secret up by its hash means the database compares hashes, so how long a
 * comparison takes says nothing about how much of a guessed secret was right.
 */
export function hashFeedSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

const FEED_PATH = /^(\/api\/calendar\/)[^/?]+(\.ics)$/;

/** The request log records paths: a feed path would put the secret in the logs, so it is masked. */
export function redactFeedSecret(path: string): string {
  return path.replace(FEED_PATH, '$1[redacted]$2');
}
