/** The API's bounds (TITLE_MAX, TEXT_MAX), checked here first so the message can name the field plainly. */
export const NAME_MAX = 200;
export const TEXT_MAX = 20_000;

export function tooLong(value: string, max: number): boolean {
  return value.length > max;
}
