import 'reflect-metadata';
import { referenceFrom } from './action-list';
import { isOverdue } from './action.mapper';
import { closedAtFor, stricter } from './action.rules';

describe('action rules', () => {
  it('reads a reference however it is typed', () => {
    expect(['42', 'act42', 'ACT-0042', ' act-00042 '].map(referenceFrom)).toEqual(Array(4).fill('ACT-0042'));
    expect(referenceFrom('12345')).toBe('ACT-12345');
    expect(referenceFrom('tribunal 42')).toBeNull();
  });

  it('is overdue only when due before today and still open', () => {
    expect(isOverdue('2026-05-17', 'open', '2026-05-18')).toBe(true);
    expect(isOverdue('2026-05-18', 'blocked', '2026-05-18')).toBe(false);
    expect(isOverdue('2026-05-17', 'done', '2026-05-18')).toBe(false);
    expect(isOverdue(null, 'in_progress', '2026-05-18')).toBe(false);
  });

  it('stamps closedAt on closing, clears it on reopening, and leaves it otherwise', () => {
    expect(closedAtFor('open', 'done')).toBeInstanceOf(Date);
    expect(closedAtFor('done', 'cancelled')).toBeInstanceOf(Date);
    expect(closedAtFor('done', 'open')).toBeNull();
    expect(closedAtFor('open', 'blocked')).toBeNull();
    expect(closedAtFor('done', 'done')).toBeUndefined();
    expect(closedAtFor('done', undefined)).toBeUndefined();
  });

  it('audits a change across classifications at the stricter one', () => {
    expect(stricter('OFFICIAL', 'OFFICIAL')).toBe('OFFICIAL');
    expect(stricter('OFFICIAL_SENSITIVE', 'OFFICIAL')).toBe('OFFICIAL_SENSITIVE');
  });
});
