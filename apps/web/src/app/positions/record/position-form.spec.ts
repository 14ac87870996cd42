import { INVALID_DATE } from '@send/web-ui';
import { ORG_ID, PROPOSAL_ID, position } from '../testing';
import { anchorFor, changedFields, toCreateRequest, toFormValue, validatePosition, type PositionFormValue } from './position-form';

const complete: PositionFormValue = {
  organisationId: ORG_ID,
  proposalId: PROPOSAL_ID,
  stance: 'concerns',
  summary: '  Worried about funding.  ',
  quote: '   ',
  statedOn: '2026-03-10',
  meetingId: '',
  phase: '',
  classification: 'default',
};

describe('position form', () => {
  it('names every missing answer, in page order', () => {
    const empty: PositionFormValue = { ...complete, organisationId: null, proposalId: '', stance: null, summary: ' ', statedOn: null };
    expect(validatePosition(empty, '2026-11-24').map((e) => [e.field, e.message])).toEqual([
      ['organisationId', 'Choose the organisation'],
      ['proposalId', 'Choose the proposal'],
      ['stance', 'Choose the organisation’s stance'],
      ['summary', 'Enter a summary of what they said'],
      ['statedOn', 'Enter the date it was said'],
    ]);
  });

  it.each([
    [INVALID_DATE, 'Date it was said must be a real date'],
    ['2026-11-25', 'Date it was said must be today or in the past'],
  ])('refuses the date %p', (statedOn, message) => {
    expect(validatePosition({ ...complete, statedOn }, '2026-11-24')).toEqual([{ field: 'statedOn', message }]);
  });

  it('links the date error to its first box', () => {
    expect(anchorFor('statedOn')).toBe('#statedOn-day');
    expect(anchorFor('summary')).toBe('#summary');
    expect(anchorFor('Idempotency-Key')).toBeNull();
  });

  it('sends a new statement trimmed, leaving phase and classification to the API unless chosen', () => {
    expect(toCreateRequest(complete)).toEqual({
      organisationId: ORG_ID,
      proposalId: PROPOSAL_ID,
      stance: 'concerns',
      summary: 'Worried about funding.',
      quote: null,
      meetingId: null,
      statedOn: '2026-03-10',
    });
    expect(toCreateRequest({ ...complete, phase: 'white_paper', classification: 'OFFICIAL_SENSITIVE' })).toMatchObject({ phase: 'white_paper', classification: 'OFFICIAL_SENSITIVE' });
  });

  it('sends a correction with only the fields changed', () => {
    const saved = position({ quote: 'We need the money.', meetingId: null });
    const value = { ...toFormValue(saved), stance: 'oppose', quote: '' };
    expect(changedFields(value, saved)).toEqual({ stance: 'oppose', quote: null });
    expect(changedFields(toFormValue(saved), saved)).toEqual({});
  });
});
