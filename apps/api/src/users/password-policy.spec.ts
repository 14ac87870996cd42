import { passwordProblems } from './password-policy';

describe('passwordProblems', () => {
  it('wants at least 12 characters and no composition rules', () => {
    expect(passwordProblems('short', 'newPassword')).toEqual([{ field: 'newPassword', message: 'newPassword must be at least 12 characters' }]);
    expect(passwordProblems('plain lowercase words only', 'newPassword')).toEqual([]);
  });

  it('refuses common passwords whatever their case and spacing', () => {
    expect(passwordProblems('Password1234', 'password')).toHaveLength(1);
    expect(passwordProblems('correct horse battery staple', 'password')).toHaveLength(1);
    expect(passwordProblems('aaaaaaaaaaaaaa', 'password')).toHaveLength(1);
  });

  it('refuses the email name with a few characters added', () => {
    expect(passwordProblems('jane.smith12', 'password', 'jane.smith@education.gov.uk')).toHaveLength(1);
  });
});
