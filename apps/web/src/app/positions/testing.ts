import { TestBed } from '@angular/core/testing';
import { HttpTestingController } from '@angular/common/http/testing';
import type { PositionResponse, Role } from '@send/contracts';
import { SessionStore } from '../core/session';
import { answerSessionProbe } from '../core/session.testing';

/** Signs the test in as `role` through the session probe, as the app's guard would. */
export async function signedInAs(role: Role): Promise<void> {
  const loaded = TestBed.inject(SessionStore).ensureLoaded();
  answerSessionProbe(TestBed.inject(HttpTestingController), { user: { id: 'u-me', email: 'me@education.gov.uk', name: 'Me', role }, roles: [role], mustChangePassword: false });
  await loaded;
}

export const ORG_ID = '11111111-1111-4111-8111-111111111111';
export const PROPOSAL_ID = '22222222-2222-4222-8222-222222222222';

export function position(overrides: Partial<PositionResponse> = {}): PositionResponse {
  return {
    id: 'p1',
    organisationId: ORG_ID,
    organisationName: 'Autism Alliance',
    proposalId: PROPOSAL_ID,
    proposalTitle: 'Inclusion bases in every school',
    stance: 'support_with_conditions',
    summary: 'Supports it if funding follows the child.',
    quote: null,
    meetingId: null,
    meetingReference: null,
    statedOn: '2026-03-10',
    phase: 'consultation',
    classification: 'OFFICIAL',
    version: 1,
    createdAt: '2026-03-11T09:00:00Z',
    updatedAt: '2026-03-11T09:00:00Z',
    createdBy: 'u-1',
    updatedBy: 'u-1',
    ...overrides,
  };
}

/** Waits for pending HTTP handlers, effects and rendering to settle. */
export async function settle(fixture: { whenStable(): Promise<unknown>; detectChanges(): void }): Promise<void> {
  await fixture.whenStable();
  fixture.detectChanges();
  await fixture.whenStable();
}
