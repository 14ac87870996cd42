// en-CA writes dates as YYYY-MM-DD, the API's date format.
const LONDON_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The London calendar date (YYYY-MM-DD) of an instant: "today" and "the day of a meeting" as the API counts them. */
export function londonDay(instant: Date | string = new Date()): string {
  return LONDON_DAY.format(typeof instant === 'string' ? new Date(instant) : instant);
}
