import { responseDueOf } from './response-due';

describe('when the department owes a response', () => {
  const base = { closesOn: null, petitionResponseDue: null };

  it('gives a committee two calendar months from publication, to the month’s last day when it is shorter', () => {
    expect(responseDueOf({ ...base, kind: 'committee_report', publishedOn: '2025-01-15' })).toBe('2025-03-15');
    expect(responseDueOf({ ...base, kind: 'committee_report', publishedOn: '2025-12-31' })).toBe('2026-02-28');
  });

  it('gives a consultation twelve weeks from closing, and nothing while it has no closing date', () => {
    expect(responseDueOf({ ...base, kind: 'consultation', publishedOn: '2026-02-23', closesOn: '2026-05-18' })).toBe('2026-08-10');
    expect(responseDueOf({ ...base, kind: 'consultation', publishedOn: '2026-02-23' })).toBeNull();
  });

  it('takes a petition’s date as set, and owes nothing for a White Paper', () => {
    expect(responseDueOf({ ...base, kind: 'petition', publishedOn: '2025-10-01', petitionResponseDue: '2025-11-20' })).toBe('2025-11-20');
    expect(responseDueOf({ ...base, kind: 'petition', publishedOn: '2025-10-01' })).toBeNull();
    expect(responseDueOf({ ...base, kind: 'white_paper', publishedOn: '2026-02-23' })).toBeNull();
  });
});
