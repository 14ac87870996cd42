import { INVALID_DATE } from '@send/web-ui';
import { fieldsOf } from '../shared/action-fields';
import { anAction } from '../testing/action-fixtures';
import { NEW_ACTION, createRequest, fieldsFor, fieldsFromForm, formValueOf, validateForm } from './action-form-model';

describe('the action form', () => {
  it('names every problem the GOV.UK way', () => {
    const value = { ...formValueOf(NEW_ACTION), title: '  ', ownerType: 'organisation', dueOn: INVALID_DATE };
    expect(validateForm(value, 'create')).toEqual([
      { field: 'title', message: 'Enter a title' },
      { field: 'ownerOrganisationId', message: 'Find and choose the organisation that owns this action' },
      { field: 'dueOn', message: 'Due date must be a real date, like 27 3 2026' },
    ]);
  });

  it('needs a completion note to mark an action done', () => {
    const value = { ...formValueOf(fieldsOf(anAction())), status: 'done', completionNote: ' ' };
    expect(validateForm(value, 'review')).toEqual([{ field: 'completionNote', message: 'Enter a completion note to mark this action as done' }]);
    expect(validateForm({ ...value, completionNote: 'Sent on 3 May' }, 'review')).toEqual([]);
  });

  it('keeps one owner, trims text and turns a blank note into null', () => {
    const value = { ...formValueOf(fieldsOf(anAction())), ownerType: 'organisation', ownerOrganisationId: 'o-2', title: ' Call the forum ', completionNote: '  ' };
    expect(fieldsFromForm(value)).toMatchObject({ title: 'Call the forum', ownerUserId: null, ownerOrganisationId: 'o-2', completionNote: null });
  });

  it('lets private office change only the reviewer fields', () => {
    expect(fieldsFor('review')).toEqual(['status', 'completionNote', 'dueOn', 'priority']);
    expect(fieldsFor('create')).not.toContain('status');
  });

  it('leaves empty optional fields out of a new action and links its meeting', () => {
    expect(createRequest({ ...NEW_ACTION, title: 'Write back' }, 'm-1')).toEqual({
      title: 'Write back',
      description: '',
      priority: 'medium',
      kind: 'action',
      proposalIds: [],
      themeIds: [],
      classification: 'OFFICIAL',
      meetingId: 'm-1',
    });
  });
});
