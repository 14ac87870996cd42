import type { MeetingResponse } from '@send/contracts';

/** A draft meeting as the API returns it, for the journey's unit tests. */
export function draftMeeting(overrides: Partial<MeetingResponse> = {}): MeetingResponse {
  return {
    id: 'm1',
    reference: 'MTG-0042',
    title: 'SEND development group: early years',
    type: 'development_group',
    startsAt: '2026-07-01T09:00:00.000Z',
    endsAt: '2026-07-01T10:30:00.000Z',
    region: 'london',
    online: false,
    location: 'Sanctuary Buildings',
    groupId: null,
    groupName: null,
    ministers: [],
    officials: [],
    attendees: [],
    themeIds: [],
    agenda: [],
    summary: '',
    purpose: 'To hear views on early years support',
    noOfficialPresent: false,
    classification: 'OFFICIAL',
    status: 'draft',
    statusReason: null,
    phase: 'white_paper',
    positions: [],
    actions: [],
    version: 3,
    createdAt: '2026-07-01T12:00:00.000Z',
    updatedAt: '2026-07-01T12:00:00.000Z',
    createdBy: 'u1',
    updatedBy: 'u1',
    ...overrides,
  };
}

/** Waits for the code under test to get round to making a request (guards and pages await other things first). */
export async function settle(times = 10): Promise<void> {
  for (let i = 0; i < times; i++) await new Promise((resolve) => setTimeout(resolve, 0));
}
