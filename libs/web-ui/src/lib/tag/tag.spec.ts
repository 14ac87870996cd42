import { govukFixture, option } from '../../testing/fixtures';
import { expectMarkupToMatchFixture } from '../../testing/markup';
import { render } from '../../testing/render';
import { GovukTag, type GovukTagColour } from './tag';

describe('GovukTag', () => {
  // Each fixture is named after the colour the dashboard asks for; "turquoise" and "pink" render teal and magenta.
  it.each<[string, GovukTagColour]>([
    ['default', 'blue'],
    ['grey', 'grey'],
    ['turquoise', 'turquoise'],
    ['green', 'green'],
    ['purple', 'purple'],
    ['pink', 'pink'],
    ['red', 'red'],
    ['orange', 'orange'],
    ['yellow', 'yellow'],
  ])('matches the govuk-frontend "%s" fixture', async (name, colour) => {
    const reference = govukFixture('tag', name);
    const fixture = await render(GovukTag, { text: option<string>(reference, 'text'), colour });
    expectMarkupToMatchFixture(reference, fixture.nativeElement);
  });

  it.each<[GovukTagColour, string]>([
    ['teal', 'govuk-tag govuk-tag--teal'],
    ['magenta', 'govuk-tag govuk-tag--magenta'],
  ])('renders %s with its v6 modifier', async (colour, className) => {
    const fixture = await render(GovukTag, { text: 'Agreed', colour });
    expect(fixture.nativeElement.querySelector('strong').className).toBe(className);
  });
});
