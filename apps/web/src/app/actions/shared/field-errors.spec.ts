import { readableErrors, summaryItems } from './field-errors';

describe('field errors', () => {
  it('names fields by their labels and links the summary to each field', () => {
    const errors = readableErrors([{ field: 'completionNote', message: 'completionNote is required when status is done' }, { field: 'x', message: 'something odd' }], { completionNote: 'Completion note' });
    expect(errors).toEqual([
      { field: 'completionNote', message: 'Completion note is required when status is done' },
      { field: 'x', message: 'Something odd' },
    ]);
    expect(summaryItems([{ field: 'dueOn', message: 'Bad' }], { dueOn: 'dueOn-day' })).toEqual([{ text: 'Bad', href: '#dueOn-day' }]);
  });
});
