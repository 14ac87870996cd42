import type { AuthUser } from './auth-user';
import { SessionCache } from './session-cache';

const alice: AuthUser = { id: 'u1', email: 'alice@example.test', name: 'Alice', role: 'recorder', mustChangePassword: false, csrfToken: 'c1' };
const bob: AuthUser = { ...alice, id: 'u2', email: 'bob@example.test' };

describe('SessionCache', () => {
  it('keeps a checked session for its time to live, and never past the session’s own expiry', () => {
    const cache = new SessionCache(5000);
    cache.resume();
    cache.put('a', alice, cache.generation(), 1000, 100_000);
    expect(cache.get('a', 5999)).toBe(alice);
    expect(cache.get('a', 6000)).toBeUndefined();
    cache.put('b', bob, cache.generation(), 1000, 3000);
    expect(cache.get('b', 2999)).toBe(bob);
    expect(cache.get('b', 3000)).toBeUndefined();
  });

  it('keeps nothing when its time to live is 0', () => {
    const cache = new SessionCache(0);
    cache.resume();
    cache.put('a', alice, cache.generation(), 1000, 100_000);
    expect(cache.get('a', 1000)).toBeUndefined();
  });

  it('forgets one session, or every session of a user', () => {
    const cache = new SessionCache(5000);
    cache.resume();
    cache.put('a1', alice, cache.generation(), 0, 100_000);
    cache.put('a2', alice, cache.generation(), 0, 100_000);
    cache.put('b', bob, cache.generation(), 0, 100_000);
    cache.forgetToken('a1');
    expect([cache.get('a1', 1), cache.get('a2', 1), cache.get('b', 1)]).toEqual([undefined, alice, bob]);
    cache.forgetUser('u1');
    expect([cache.get('a2', 1), cache.get('b', 1)]).toEqual([undefined, bob]);
  });

  it('does not keep what was read before a change was forgotten', () => {
    const cache = new SessionCache(5000);
    cache.resume();
    const before = cache.generation();
    // A request reads the old row, then the user is deactivated and forgotten, then the request tries to keep it.
    cache.forgetUser('u1');
    cache.put('a', alice, before, 0, 100_000);
    expect(cache.get('a', 1)).toBeUndefined();
    cache.put('a', alice, cache.generation(), 0, 100_000);
    expect(cache.get('a', 1)).toBe(alice);
  });

  it('keeps nothing until resumed, and forgets everything when suspended', () => {
    const cache = new SessionCache(5000);
    cache.put('a', alice, cache.generation(), 0, 100_000);
    expect(cache.get('a', 1)).toBeUndefined();
    cache.resume();
    const before = cache.generation();
    cache.put('a', alice, before, 0, 100_000);
    expect(cache.get('a', 1)).toBe(alice);
    cache.suspend();
    expect(cache.get('a', 1)).toBeUndefined();
    cache.put('a', alice, cache.generation(), 0, 100_000);
    expect(cache.get('a', 1)).toBeUndefined();
  });

  it('drops expired entries once it holds many', () => {
    const cache = new SessionCache(5000);
    cache.resume();
    for (let i = 0; i < 1000; i += 1) cache.put(`old${i}`, alice, cache.generation(), 0, 100_000);
    cache.put('new', bob, cache.generation(), 10_000, 100_000);
    expect(cache.size).toBe(1);
  });
});
