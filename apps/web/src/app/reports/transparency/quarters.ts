import { QUARTER_PATTERN } from '@send/contracts';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const LONDON_TODAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The first quarter with records: the national conversation opened in September 2025. */
const FIRST = { year: 2025, q: 3 };

interface YearQuarter {
  year: number;
  q: number;
}

const label = ({ year, q }: YearQuarter) => `${year}-Q${q}`;
const previous = ({ year, q }: YearQuarter): YearQuarter => (q === 1 ? { year: year - 1, q: 4 } : { year, q: q - 1 });

function quarterOf(isoDate: string): YearQuarter {
  const [year, month] = isoDate.split('-').map(Number);
  return { year, q: Math.ceil(month / 3) };
}

/** "July to September 2026": how the published returns name a quarter. */
export function quarterName(quarter: string): string {
  const year = quarter.slice(0, 4);
  const q = Number(quarter.slice(6));
  return `${MONTHS[(q - 1) * 3]} to ${MONTHS[(q - 1) * 3 + 2]} ${year}`;
}

/** Calendar quarters from the first with records to the current one (Europe/London), newest first. */
export function quarterChoices(today: Date = new Date()): { value: string; text: string }[] {
  const choices: { value: string; text: string }[] = [];
  for (let at = quarterOf(LONDON_TODAY.format(today)); at.year > FIRST.year || (at.year === FIRST.year && at.q >= FIRST.q); at = previous(at)) {
    choices.push({ value: label(at), text: quarterName(label(at)) });
  }
  return choices;
}

/** The quarter asked for in the URL, else the last complete one: the return is published after a quarter ends. */
export function chosenQuarter(fromUrl: string | null, today: Date = new Date()): string {
  return fromUrl && QUARTER_PATTERN.test(fromUrl) ? fromUrl : label(previous(quarterOf(LONDON_TODAY.format(today))));
}
