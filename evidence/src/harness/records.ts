import type { Reply, Session } from './sessions';

/** A draft meeting with only the fields the API requires: the record the races and crash checks create most. */
export function createMeeting(s: Session, title: string, headers: Record<string, string> = {}): Promise<Reply> {
  return s.request('POST', '/api/meetings', { body: { title, type: 'roundtable', startsAt: '2026-11-20T10:00:00Z' }, headers });
}
