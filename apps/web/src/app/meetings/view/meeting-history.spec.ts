import type { AuditEventResponse } from '@send/contracts';
import { describeMeetingEvent, meetingTimeline } from './meeting-history';
import { meetingWhen } from './meeting-record';

function event(action: string, changes: Record<string, unknown>, actorName: string | null = 'Priya Shah'): AuditEventResponse {
  return { id: '1', occurredAt: '2026-03-10T14:15:00Z', actorId: 'u1', actorName, entity: 'meeting', entityId: 'm1', action, changes };
}

describe('meeting history', () => {
  it('gives the reason for a return or a reopen', () => {
    const returned = event('returned', { status: { from: 'submitted', to: 'draft' }, details: { reason: 'Add the purpose.' } });
    expect(describeMeetingEvent(returned)).toBe('Reason: Add the purpose.');
  });

  it('says how the status moved on submit and agree, in the words the dashboard uses', () => {
    expect(describeMeetingEvent(event('submitted', { status: { from: 'draft', to: 'submitted' } }))).toBe('Status changed from Draft to Awaiting review.');
  });

  it('quotes short changes and names long or structured ones', () => {
    const text = describeMeetingEvent(
      event('updated', {
        title: { from: 'Roundtable', to: 'Roundtable on EHCPs' },
        online: { from: false, to: true },
        startsAt: { from: '2026-03-10T10:00:00Z', to: '2026-06-10T10:00:00Z' },
        summary: { from: '', to: 'A long summary\nover two lines' },
        ministers: { from: [], to: [{ id: 'x', name: 'Minister for School Standards' }] },
        attendees: { from: [], to: [{ organisationId: 'o1', attendance: 'attended', contactIds: [] }] },
        groupId: { from: null, to: 'g1' },
      }),
    );
    expect(text.split('\n')).toEqual([
      'Title changed from “Roundtable” to “Roundtable on EHCPs”.',
      'Start changed from 10 March 2026, 10am to 10 June 2026, 11am.',
      'Online changed from No to Yes.',
      'Ministers changed from nobody to Minister for School Standards.',
      'Attendees changed.',
      'Summary changed.',
    ]);
  });

  it('makes a timeline item per event, with who did it', () => {
    const [item] = meetingTimeline([event('agreed', { status: { from: 'submitted', to: 'agreed' } }, null)]);
    expect(item).toEqual({ title: 'Agreed', byline: 'the system', date: '2026-03-10T14:15:00Z', description: 'Status changed from Awaiting review to Agreed.' });
  });
});

describe('meetingWhen', () => {
  it('writes a same-day meeting as one date with a time range, in UK time', () => {
    expect(meetingWhen('2026-07-01T09:00:00Z', '2026-07-01T10:30:00Z')).toBe('1 July 2026, 10am to 11:30am');
    expect(meetingWhen('2026-01-05T12:00:00Z', null)).toBe('5 January 2026, midday');
    expect(meetingWhen('2026-01-05T22:00:00Z', '2026-01-06T01:00:00Z')).toBe('5 January 2026, 10pm to 6 January 2026, 1am');
  });
});
