import { conflictingFields } from './conflict-notice';

describe('conflictingFields', () => {
  it('lists only the fields the user is saving whose saved value differs', () => {
    const theirs = { title: 'Send the note', dueOn: '2026-12-01', tags: ['a', 'b'], status: 'open' };
    const mine = { title: 'Send the revised note', dueOn: '2026-12-01', tags: ['a'] };
    expect(conflictingFields(mine, theirs, { title: 'Title', dueOn: 'Due date', tags: 'Tags', status: 'Status' })).toEqual([
      { label: 'Title', mine: 'Send the revised note', theirs: 'Send the note' },
      { label: 'Tags', mine: 'a', theirs: 'a, b' },
    ]);
  });
});
