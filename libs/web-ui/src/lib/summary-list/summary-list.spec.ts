import { provideRouter, Router } from '@angular/router';
import { TestBed } from '@angular/core/testing';
import { govukFixture, option } from '../../testing/fixtures';
import { expectMarkupToMatchFixture, normaliseMarkup, parseHtml } from '../../testing/markup';
import { render } from '../../testing/render';
import { GovukSummaryList, type SummaryListRow } from './summary-list';

interface FixtureRow {
  key: { text: string };
  value: { text?: string; html?: string };
  actions?: { items: { href: string; text: string; visuallyHiddenText?: string }[] };
}

// The fixtures' contact-information value is HTML (two <p class="govuk-body">, the second with <br>s); this
// component takes free text, and the same text with a blank line and line breaks renders that markup.
const CONTACT = 'email@email.com\n\nAddress line 1\nAddress line 2\nAddress line 3\nAddress line 4\nAddress line 5';

function rowsFor(name: string): SummaryListRow[] {
  return option<FixtureRow[]>(govukFixture('summary-list', name), 'rows').map((row) => {
    const action = row.actions?.items[0];
    return {
      key: row.key.text,
      value: row.value.text ?? CONTACT,
      ...(action ? { href: action.href, actionText: action.text, actionLabel: action.visuallyHiddenText ?? '' } : {}),
    };
  });
}

const rowsOf = (host: Element | Document) => Array.from(host.querySelectorAll('.govuk-summary-list__row'));

describe('GovukSummaryList', () => {
  it.each([
    ['default', false],
    ['no-border', true],
    ['actions href', false],
    ['single action with anchor', false],
  ])('matches the govuk-frontend "%s" fixture', async (name, noBorder) => {
    const fixture = await render(GovukSummaryList, { rows: rowsFor(name), noBorder });
    expectMarkupToMatchFixture(govukFixture('summary-list', name), fixture.nativeElement);
  });

  // These fixtures give some rows two actions; this component has one per row, so only the other rows compare.
  it.each([
    ['with actions', [1]],
    ['with some actions', [1, 2]],
  ])('matches the single-action and no-action rows of "%s"', async (name, indexes) => {
    const fixture = await render(GovukSummaryList, { rows: rowsFor(name), noBorder: false }, [provideRouter([])]);
    const expected = rowsOf(parseHtml(govukFixture('summary-list', name).html)[0] as Element);
    const actual = rowsOf(fixture.nativeElement);
    for (const index of indexes) expect(normaliseMarkup([actual[index]])).toBe(normaliseMarkup([expected[index]]));
  });

  it('writes a one-paragraph value with line breaks and no <p>', async () => {
    const fixture = await render(GovukSummaryList, { rows: [{ key: 'Address', value: 'Sanctuary Buildings\r\n20 Great Smith Street\nLondon' }] });
    const value: HTMLElement = fixture.nativeElement.querySelector('.govuk-summary-list__value');
    expect(normaliseMarkup([value])).toBe(
      normaliseMarkup(parseHtml('<dd class="govuk-summary-list__value">Sanctuary Buildings<br>20 Great Smith Street<br>London</dd>')),
    );
  });

  it('defaults the action to "Change" plus the key, and routes in-app paths', async () => {
    const fixture = await render(GovukSummaryList, { rows: [{ key: 'Lead official', value: 'Sam Patel', href: '/meetings/12/edit?step=official' }] }, [
      provideRouter([{ path: '**', children: [] }]),
    ]);
    const router = TestBed.inject(Router);
    const navigate = jest.spyOn(router, 'navigateByUrl');
    const link: HTMLAnchorElement = fixture.nativeElement.querySelector('.govuk-summary-list__actions a');
    expect(link.textContent).toBe('Change Lead official');
    expect(link.getAttribute('href')).toBe('/meetings/12/edit?step=official');
    link.click();
    expect(navigate).toHaveBeenCalledTimes(1);
  });
});
