import { TestBed } from '@angular/core/testing';
import { FormDrafts, draftKey } from './form-drafts';

describe('FormDrafts: unsaved typing kept in sessionStorage', () => {
  beforeEach(() => sessionStorage.clear());

  it('keeps each step’s form value under its meeting (or "new") until cleared', () => {
    const drafts = TestBed.inject(FormDrafts);
    drafts.save(null, 'details', { title: 'Typed' });
    drafts.save('m1', 'agenda', { agenda: [{ title: 'Item' }], summary: '' });
    drafts.save('m1', 'attendees', []);
    drafts.save('m2', 'agenda', { summary: 'other meeting' });
    expect(sessionStorage.getItem(draftKey(null, 'details'))).toBe('{"title":"Typed"}');
    expect(drafts.restore(null, 'details')).toEqual({ title: 'Typed' });
    expect(drafts.restore('m1', 'agenda')).toEqual({ agenda: [{ title: 'Item' }], summary: '' });
    drafts.clear(null, 'details');
    expect(drafts.restore(null, 'details')).toBeNull();
    drafts.clearMeeting('m1');
    expect(drafts.restore('m1', 'agenda')).toBeNull();
    expect(drafts.restore('m1', 'attendees')).toBeNull();
    expect(drafts.restore('m2', 'agenda')).toEqual({ summary: 'other meeting' });
  });

  it('treats unreadable JSON as nothing kept, and a full or refused storage as nothing to keep', () => {
    const drafts = TestBed.inject(FormDrafts);
    sessionStorage.setItem(draftKey('m1', 'details'), '{not json');
    expect(drafts.restore('m1', 'details')).toBeNull();
    const setItem = jest.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    expect(() => drafts.save('m1', 'details', { title: 'x' })).not.toThrow();
    setItem.mockRestore();
  });
});
