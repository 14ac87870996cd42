/**
 * The Ministerial Code's rule for a minister's meeting with no official present: a note of it must be recorded. The
 * note is the meeting's summary, the only free-text account of what was discussed that the record holds. One rule for
 * the transparency return's check and the meetings list (`needsOfficialNote`), given a meetings table alias.
 */
export function isMinisterial(m: string): string {
  return `EXISTS (SELECT 1 FROM meeting_ministers mm WHERE mm.meeting_id = ${m}.id)`;
}

export function lacksOfficialNote(m: string): string {
  return `(${m}.no_official_present AND btrim(${m}.summary) = '')`;
}

export function needsOfficialNote(m: string): string {
  return `(${isMinisterial(m)} AND ${lacksOfficialNote(m)})`;
}
