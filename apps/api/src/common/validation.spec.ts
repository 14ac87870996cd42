import type { ValidationError } from '@nestjs/common';
import { fieldsWithNul, flattenValidationErrors } from './validation';

describe('flattenValidationErrors', () => {
  it('names nested and array fields by path, and unknown fields plainly', () => {
    const errors: ValidationError[] = [
      { property: 'title', constraints: { maxLength: 'title must be shorter than or equal to 200 characters' }, children: [] },
      { property: 'colour', constraints: { whitelistValidation: 'property colour should not exist' }, children: [] },
      {
        property: 'agenda',
        children: [{ property: '2', children: [{ property: 'title', constraints: { isNotEmpty: 'title should not be empty' }, children: [] }] }],
      },
    ];
    expect(flattenValidationErrors(errors)).toEqual([
      { field: 'title', message: 'title must be shorter than or equal to 200 characters' },
      { field: 'colour', message: 'colour is not an allowed field' },
      { field: 'agenda[2].title', message: 'title should not be empty' },
    ]);
  });
});

describe('fieldsWithNul', () => {
  it('names every field, nested or in a list, whose text or key holds U+0000', () => {
    expect(fieldsWithNul({ title: 'a\u0000', agenda: [{ title: 'ok' }, { notes: '\u0000' }], ok: 'fine', n: 1, none: null, ['k\u0000']: 'v' })).toEqual(['title', 'agenda[1].notes', 'k\u0000']);
    expect(fieldsWithNul('\u0000')).toEqual(['body']);
    expect(fieldsWithNul({ title: 'no nul here', list: ['a', 'b'] })).toEqual([]);
  });
});
