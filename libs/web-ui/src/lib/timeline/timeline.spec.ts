import { readFileSync } from 'node:fs';
import { expectMarkupToMatchFixture } from '../../testing/markup';
import { render } from '../../testing/render';
import { MojTimeline, type TimelineItem } from './timeline';

const items: TimelineItem[] = [
  { title: 'Minister met the National Autistic Society', byline: 'Private office', date: '2026-11-24T14:15:00Z', description: 'Agreed to share the draft guidance.' },
  {
    title: 'Roundtable on EHCP timescales',
    date: '2026-06-30T23:30:00Z',
    description: 'Three councils attended.\n\nActions:\nDraft a response\nBook a follow-up',
  },
];

/**
 * MOJ Frontend ships no fixtures, so this is moj/components/timeline/template.njk rendered by hand for the
 * items above, with the "datetime" date type. MOJ's filter formats in the server's zone; this component
 * formats in Europe/London, so 23:30 UTC on 30 June is 12:30am on 1 July.
 */
const reference = `
<div class="moj-timeline">
  <div class="moj-timeline__item">
    <div class="moj-timeline__header">
      <h2 class="moj-timeline__title">Minister met the National Autistic Society</h2>
      <p class="moj-timeline__byline">by Private office</p>
    </div>
    <p class="moj-timeline__date">
      <time datetime="2026-11-24T14:15:00Z">24 November 2026 at 2:15pm</time>
    </p>
    <div class="moj-timeline__description">Agreed to share the draft guidance.</div>
  </div>
  <div class="moj-timeline__item">
    <div class="moj-timeline__header">
      <h2 class="moj-timeline__title">Roundtable on EHCP timescales</h2>
    </div>
    <p class="moj-timeline__date">
      <time datetime="2026-06-30T23:30:00Z">1 July 2026 at 12:30am</time>
    </p>
    <div class="moj-timeline__description">
      <p class="govuk-body">Three councils attended.</p>
      <p class="govuk-body">Actions:<br>Draft a response<br>Book a follow-up</p>
    </div>
  </div>
</div>`;

describe('MojTimeline', () => {
  it('matches MOJ Frontend’s timeline template', async () => {
    const fixture = await render(MojTimeline, { items });
    expectMarkupToMatchFixture(reference, fixture.nativeElement);
  });

  it('uses only classes that the installed MOJ Frontend template has', async () => {
    const template = readFileSync(require.resolve('@ministryofjustice/frontend/moj/components/timeline/template.njk'), 'utf8');
    const fixture = await render(MojTimeline, { items });
    const classes = new Set(Array.from<Element>(fixture.nativeElement.querySelectorAll('[class^="moj-"]')).flatMap((element) => Array.from(element.classList)));
    for (const className of classes) expect(template).toContain(className);
  });

  it('takes h3 titles when it sits under the page’s own h2', async () => {
    const fixture = await render(MojTimeline, { items, headingLevel: 3 });
    expect(fixture.nativeElement.querySelectorAll('h3.moj-timeline__title')).toHaveLength(2);
  });

  it('gives a date without a time as the date alone', async () => {
    const fixture = await render(MojTimeline, { items: [{ title: 'Consultation closed', date: '2026-03-29', description: '' }] });
    expect(fixture.nativeElement.querySelector('time').textContent).toBe('29 March 2026');
  });
});
