import type { HttpTestingController } from '@angular/common/http/testing';
import type { ActionDetailResponse, Page, Role, SessionResponse } from '@send/contracts';
import type { SessionStore } from '../../core/session';
import { answerSessionProbe } from '../../core/session.testing';

/** Test data and set-up shared by the actions specs (not part of the app). */

export const USERS = [
  { id: 'u-amy', email: 'amy@example.test', name: 'Amy Official', role: 'recorder' as Role },
  { id: 'u-raj', email: 'raj@example.test', name: 'Raj Reviewer', role: 'reviewer' as Role },
];
export const THEMES = [{ id: 't-1', key: 'early_intervention', name: 'Early intervention', summary: '', position: 1, version: 1, createdAt: '', updatedAt: '', createdBy: null, updatedBy: null }];
export const PROPOSALS = [{ id: 'p-1', title: 'Inclusion in mainstream', summary: '', themeIds: [], themes: [], status: 'under_discussion', version: 1, createdAt: '', updatedAt: '', createdBy: 'u-amy', updatedBy: 'u-amy' }];

export function anAction(overrides: Partial<ActionDetailResponse> = {}): ActionDetailResponse {
  return {
    id: 'a-1',
    reference: 'ACT-0001',
    title: 'Send the revised guidance',
    description: 'Share the draft with the forum.',
    meetingId: 'm-1',
    meetingReference: 'MTG-0001',
    ownerUserId: 'u-amy',
    ownerOrganisationId: null,
    ownerName: 'Amy Official',
    dueOn: '2026-03-01',
    priority: 'medium',
    status: 'open',
    kind: 'action',
    raisedByOrganisationId: 'o-1',
    raisedByName: 'Parent Carer Forum',
    proposalIds: ['p-1'],
    themeIds: ['t-1'],
    completionNote: null,
    classification: 'OFFICIAL',
    overdue: true,
    closedAt: null,
    version: 3,
    createdAt: '2026-01-10T09:30:00Z',
    updatedAt: '2026-07-01T13:05:00Z',
    createdBy: 'u-amy',
    updatedBy: 'u-raj',
    updates: [],
    ...overrides,
  };
}

export function aPage<T>(items: T[], overrides: Partial<Page<T>> = {}): Page<T> {
  return { items, page: 1, pageSize: 25, total: items.length, totalIsLowerBound: false, ...overrides };
}

export async function signInAs(store: SessionStore, http: HttpTestingController, role: Role): Promise<void> {
  const session: SessionResponse = { user: { id: 'u-me', email: 'me@example.test', name: 'Me', role }, roles: [role], mustChangePassword: false };
  const loaded = store.ensureLoaded();
  answerSessionProbe(http, session);
  await loaded;
}

/** Answers the people, themes and proposals look-ups an actions page makes. */
export function flushLookups(http: HttpTestingController): void {
  http.expectOne((r) => r.url === '/api/users').flush(aPage(USERS.map((u) => ({ ...u, active: true, mustChangePassword: false, version: 1, createdAt: '', updatedAt: '' }))));
  http.expectOne('/api/themes').flush({ items: THEMES });
  http.expectOne((r) => r.url === '/api/proposals').flush(aPage(PROPOSALS));
}
