import { changedFields } from '../audit/audit.service';
import { CONTACT_PERSONAL_FIELDS, PERSONAL_DATA, redactPersonalData } from './personal-data';

const contact = { id: 'c1', organisationId: 'o1', name: 'Jane Smith', role: 'Chair', email: 'jane@example.org', phone: null, notes: '' };

describe('redactPersonalData', () => {
  it('shows a new contact’s personal fields as "[personal data]" and keeps the rest', () => {
    const { before, after, details } = redactPersonalData(null, contact, CONTACT_PERSONAL_FIELDS);
    expect(before).toBeNull();
    expect(after).toEqual({ ...contact, name: PERSONAL_DATA, role: PERSONAL_DATA, email: PERSONAL_DATA });
    expect(details).toBeUndefined();
    expect(JSON.stringify(changedFields(before, after))).not.toMatch(/Jane|jane@|Chair/);
  });

  it('names a changed field whose markers would be equal, so the change is not lost', () => {
    const redacted = redactPersonalData(contact, { ...contact, name: 'Jane Smyth', email: null, phone: '0113 496 0000' }, CONTACT_PERSONAL_FIELDS);
    expect(changedFields(redacted.before, redacted.after)).toEqual({ email: { from: PERSONAL_DATA, to: null }, phone: { from: null, to: PERSONAL_DATA } });
    expect(redacted.details).toEqual({ personalDataChanged: ['name'] });
    expect(JSON.stringify(redacted)).not.toMatch(/Jane|Smyth|jane@|0113/);
  });

  it('records nothing for unchanged personal fields', () => {
    const redacted = redactPersonalData(contact, { ...contact, organisationId: 'o2' }, CONTACT_PERSONAL_FIELDS);
    expect(changedFields(redacted.before, redacted.after)).toEqual({ organisationId: { from: 'o1', to: 'o2' } });
    expect(redacted.details).toBeUndefined();
  });
});
