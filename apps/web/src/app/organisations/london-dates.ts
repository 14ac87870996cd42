const LONDON_ISO_DATE = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The UK calendar day of an instant as YYYY-MM-DD, whatever zone the reader's machine is in. */
export function londonIsoDate(instant: Date | string = new Date()): string {
  return LONDON_ISO_DATE.format(typeof instant === 'string' ? new Date(instant) : instant);
}
