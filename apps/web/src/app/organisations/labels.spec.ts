import { STANCES } from '@send/contracts';
import { STANCE_TAGS, labelOf, ORGANISATION_TYPE_LABELS, parseTags, tagOf } from './labels';
import { londonIsoDate } from './london-dates';

describe('organisation labels', () => {
  it('turns comma separated tags into a list without blanks or repeats', () => {
    expect(parseTags(' early years, post-16 ,,Early  years, ')).toEqual(['early years', 'post-16']);
    expect(parseTags('')).toEqual([]);
  });

  it('names every stance in words, and falls back to the code for one it does not know', () => {
    expect(STANCES.map((stance) => STANCE_TAGS[stance].text)).toEqual(['Supports', 'Supports with conditions', 'Neutral', 'Has concerns', 'Opposes', 'Unclear']);
    expect(tagOf(STANCE_TAGS, 'new_stance')).toEqual({ text: 'new_stance', colour: 'grey' });
    expect(labelOf(ORGANISATION_TYPE_LABELS, 'health_body')).toBe('NHS or health body');
  });

  it('dates an instant by the UK calendar, whatever the machine zone', () => {
    expect(londonIsoDate('2026-06-09T23:30:00Z')).toBe('2026-06-10');
    expect(londonIsoDate('2026-12-09T23:30:00Z')).toBe('2026-12-09');
  });
});
