import { toTimelineEntry } from './timeline-entries';

describe('toTimelineEntry', () => {
  const proposals = new Map([['p1', 'pr1']]);

  it('links a position to the history of what the organisation said on that proposal, dated by day only', () => {
    const entry = toTimelineEntry({ kind: 'position', id: 'p1', occurredAt: '2026-06-09T23:00:00.000Z', title: 'National standards', reference: null, label: 'oppose', detail: 'No' }, 'o1', proposals);
    expect(entry).toMatchObject({
      title: 'Position on National standards',
      link: { path: ['/positions/history'], query: { organisationId: 'o1', proposalId: 'pr1' } },
      tag: { text: 'Opposes', colour: 'red' },
      when: '10 June 2026',
      context: 'Written statement',
    });
  });

  it('links meetings and actions to their pages, with the UK time', () => {
    const meeting = toTimelineEntry({ kind: 'meeting', id: 'm1', occurredAt: '2026-06-10T09:00:00.000Z', title: 'Roundtable', reference: 'MTG-0007', label: 'apologies', detail: '' }, 'o1', proposals);
    expect(meeting).toMatchObject({ title: 'Meeting: MTG-0007 Roundtable', link: { path: ['/meetings', 'm1'] }, when: '10 June 2026 at 10am', tag: { text: 'Sent apologies' } });
    const action = toTimelineEntry({ kind: 'action_owned', id: 'a1', occurredAt: '2026-06-10T12:00:00.000Z', title: 'Reply', reference: 'ACT-0002', label: 'blocked', detail: '' }, 'o1', proposals);
    expect(action).toMatchObject({ link: { path: ['/actions', 'a1'] }, context: 'Owned by this organisation', tag: { text: 'Blocked' } });
  });
});
