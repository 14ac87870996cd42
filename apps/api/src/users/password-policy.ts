import type { FieldError } from '@send/contracts';

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 256;

/**
 * Common passwords long enough to pass the length rule (shorter ones fail it anyway), after lower-casing and
 * removing spaces. NCSC advice: length and a deny-list, no composition rules.
 */
const COMMON = new Set([
  'password1234', 'password12345', 'password123456', 'passwordpassword', 'password1234567', 'password12345678',
  '123456789012', '1234567890123', '12345678901234', '123456789123', '111111111111', '000000000000', '123123123123',
  'qwertyuiop12', 'qwertyuiop123', 'qwertyuiopasdf', 'qwertyuiopasdfghjkl', 'qwerty123456', 'qwerty1234567', 'qwertyqwerty',
  '1q2w3e4r5t6y', '1qaz2wsx3edc', 'zaq12wsxcde3', 'asdfghjkl123', 'asdfasdfasdf', 'abcdefghijkl', 'abcd1234abcd',
  'iloveyou1234', 'iloveyouiloveyou', 'letmein12345', 'welcome12345', 'welcome123456', 'changeme1234', 'changemenow1',
  'administrator', 'administrator1', 'admin1234567', 'adminadminadmin', 'trustno11234', 'monkey123456', 'football1234',
  'baseball1234', 'sunshine1234', 'princess1234', 'starwars1234', 'superman1234', 'liverpool123', 'chelsea12345',
  'arsenal12345', 'manchester123', 'manchesterunited', 'correcthorsebatterystaple', 'thisismypassword', 'mypassword123',
  'passw0rd1234', 'p@ssw0rd1234', 'p@ssword1234', 'education1234', 'department123', 'departmentforeducation',
  'summer2025!!', 'winter2025!!', 'spring2026!!', 'autumn2026!!', 'january2026!', 'november2026', 'december2025',
]);

/** Problems with a new password, if any; `field` names the request field. */
export function passwordProblems(password: string, field: string, email?: string): FieldError[] {
  if (password.length < MIN_PASSWORD_LENGTH) return [{ field, message: `${field} must be at least ${MIN_PASSWORD_LENGTH} characters` }];
  if (password.length > MAX_PASSWORD_LENGTH) return [{ field, message: `${field} must be at most ${MAX_PASSWORD_LENGTH} characters` }];
  const folded = password.toLowerCase().replace(/\s+/g, '');
  if (COMMON.has(folded) || /^(.)\1+$/.test(folded) || (email && folded.includes(email.split('@')[0].toLowerCase()) && folded.length - email.split('@')[0].length < 6)) {
    return [{ field, message: `${field} is too common or too easy to guess: try three or more random words` }];
  }
  return [];
}
