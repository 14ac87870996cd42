import { agendaTarget } from '../agenda/agenda-form';
import { actionTarget } from '../actions/actions-form';
import { attendeesTarget } from '../attendees/attendees-form';
import { detailsTarget } from '../details/details-form';
import { positionTarget } from '../positions/positions-form';
import { pathSegments, summaryItems, toPageErrors } from './server-errors';

describe('server errors placed on the fields they are about', () => {
  it.each([
    ['title', ['title']],
    ['attendees[1].contactIds', ['attendees', 1, 'contactIds']],
    ['agenda[0].title', ['agenda', 0, 'title']],
    ['attendees.2.attendance', ['attendees', 2, 'attendance']],
    ['', []],
  ])('reads the path %p', (path, segments) => {
    expect(pathSegments(path)).toEqual(segments);
  });

  it('puts details errors on their fields, with GOV.UK words where the API has none', () => {
    const errors = toPageErrors(
      [
        { field: 'title', message: 'title must be shorter than or equal to 200 characters' },
        { field: 'startsAt', message: 'startsAt must be an ISO 8601 date and time with an offset' },
        { field: 'endsAt', message: 'endsAt must not be before startsAt' },
        { field: 'ministerIds', message: 'Jo Bloggs is no longer an active minister' },
        { field: 'phase', message: 'phase must be one of …' },
      ],
      detailsTarget,
      null,
    );
    expect(errors).toEqual([
      { field: 'title', message: 'Title must be shorter than or equal to 200 characters', anchor: undefined },
      { field: 'startTime', message: 'Enter a real start time', anchor: undefined },
      { field: 'endTime', message: 'The end time must be after the start time', anchor: undefined },
      { field: 'ministerIds', message: 'Jo Bloggs is no longer an active minister', anchor: undefined },
      // Not a field on this page: shown in the summary, without a link, never dropped.
      { field: '', message: 'Phase must be one of …', anchor: undefined },
    ]);
    expect(summaryItems(errors).map((item) => item.href)).toEqual(['#title', '#startTime', '#endTime', '#ministerIds', undefined]);
  });

  it('puts nested attendee errors on that organisation’s contacts, attendance or heading', () => {
    const errors = toPageErrors(
      [
        { field: 'attendees[1].contactIds', message: 'contact 42 does not belong to this organisation' },
        { field: 'attendees[0].attendance', message: 'attendance must be one of the following values: attended, apologies' },
        { field: 'attendees[2].organisationId', message: 'this organisation is already listed at attendees[0]' },
        { field: 'attendees', message: 'record at least one organisation that attended' },
      ],
      attendeesTarget,
      null,
    );
    expect(errors.map((e) => e.field)).toEqual(['attendees-1-contacts', 'attendees-0-attendance', 'attendee-2', 'organisation-search']);
    expect(errors[0].message).toBe('Contact 42 does not belong to this organisation');
  });

  it('maps agenda[n] back to the form row it came from (blank rows are not sent)', () => {
    // Form rows 0 and 2 were sent as agenda[0] and agenda[1]; row 1 was blank.
    const errors = toPageErrors(
      [
        { field: 'agenda[1].title', message: 'title must be longer than or equal to 1 characters' },
        { field: 'agenda[0].notes', message: 'notes must be shorter than or equal to 20000 characters' },
        { field: 'summary', message: 'summary must be a string' },
      ],
      agendaTarget([0, 2]),
      null,
    );
    expect(errors.map((e) => e.field)).toEqual(['agenda-2-title', 'agenda-0-notes', 'summary']);
  });

  it('places a position’s or an action’s errors on that entry, a date on its day box', () => {
    expect(toPageErrors([{ field: 'stance', message: 'stance must be one of …' }], positionTarget(3), null)[0].field).toBe('positions-3-stance');
    const future = toPageErrors([{ field: 'statedOn', message: 'statedOn cannot be after today (2026-01-01)' }], positionTarget(0), null)[0];
    expect(future).toEqual({ field: 'positions-0-organisation', message: 'Position 1 cannot be recorded yet: the meeting date is in the future', anchor: undefined });
    const due = toPageErrors([{ field: 'dueOn', message: 'dueOn must be a calendar date like 2026-05-18' }], actionTarget(1), null);
    expect(summaryItems(due)).toEqual([{ text: 'DueOn must be a calendar date like 2026-05-18', href: '#actions-1-dueOn-day' }]);
    const owners = toPageErrors(
      [
        { field: 'ownerUserId', message: 'an action has one owner' },
        { field: 'ownerOrganisationId', message: 'an action has one owner' },
      ],
      actionTarget(0),
      null,
    );
    expect(owners).toHaveLength(1);
    expect(owners[0].field).toBe('actions-0-owner');
  });

  it('uses the fallback for a problem with no field (a 403 or 409 detail)', () => {
    expect(toPageErrors([{ field: '', message: 'A draft meeting is edited by its recorders.' }], positionTarget(0), { field: 'positions-0-organisation' })).toEqual([
      { field: 'positions-0-organisation', message: 'A draft meeting is edited by its recorders.', anchor: undefined },
    ]);
  });
});
