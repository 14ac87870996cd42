import { hashFeedSecret, isWellFormedSecret, newFeedSecret, redactFeedSecret } from './feed-secret';

describe('calendar feed secrets', () => {
  it('are 43 base64url characters, different every time', () => {
    const a = newFeedSecret();
    const b = newFeedSecret();
    expect(a).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(isWellFormedSecret(a)).toBe(true);
    expect(a).not.toBe(b);
  });

  it('refuse anything else before a lookup is made', () => {
    expect(isWellFormedSecret('short')).toBe(false);
    expect(isWellFormedSecret(`${newFeedSecret()}x`)).toBe(false);
    expect(isWellFormedSecret('a'.repeat(42) + '/')).toBe(false);
  });

  it('are stored as a SHA-256 hex hash', () => {
    expect(hashFeedSecret('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('are masked in logged paths, and other paths are left alone', () => {
    expect(redactFeedSecret(`/api/calendar/${newFeedSecret()}.ics`)).toBe('/api/calendar/[redacted].ics');
    expect(redactFeedSecret('/api/calendar/feed')).toBe('/api/calendar/feed');
    expect(redactFeedSecret('/api/meetings/1')).toBe('/api/meetings/1');
  });
});
