import { anAction } from '../testing/action-fixtures';
import { changedFields, conflictsWith, fieldsOf } from './action-fields';

const names = {
  user: (id: string) => ({ 'u-amy': 'Amy Official', 'u-raj': 'Raj Reviewer' })[id] ?? null,
  organisation: () => null,
  theme: () => 'Early intervention',
  proposal: (id: string) => (id === 'p-1' ? 'Inclusion in mainstream' : 'Funding reform'),
};

describe('action fields', () => {
  it('finds only what differs, comparing lists as sets', () => {
    const base = fieldsOf(anAction({ proposalIds: ['p-1', 'p-2'] }));
    expect(changedFields({ title: base.title, proposalIds: ['p-2', 'p-1'], dueOn: '2026-05-01', completionNote: null }, base)).toEqual({ dueOn: '2026-05-01' });
  });

  it('describes conflicts with names and GOV.UK dates rather than ids', () => {
    const saved = fieldsOf(anAction({ dueOn: '2026-04-30', ownerUserId: 'u-raj', title: 'Changed elsewhere' }));
    expect(conflictsWith({ dueOn: '2026-05-01', ownerUserId: 'u-amy', proposalIds: ['p-1'] }, saved, names)).toEqual([
      { label: 'Owner (person)', mine: 'Amy Official', theirs: 'Raj Reviewer' },
      { label: 'Due date', mine: '1 May 2026', theirs: '30 April 2026' },
    ]);
  });
});
