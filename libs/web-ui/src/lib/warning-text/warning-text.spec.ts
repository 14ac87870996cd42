import { govukFixture, option } from '../../testing/fixtures';
import { expectMarkupToMatchFixture } from '../../testing/markup';
import { render } from '../../testing/render';
import { GovukWarningText } from './warning-text';

describe('GovukWarningText', () => {
  it.each(['default', 'multiple lines'])('matches the govuk-frontend "%s" fixture', async (name) => {
    const reference = govukFixture('warning-text', name);
    const fixture = await render(GovukWarningText, { text: option<string>(reference, 'text'), iconFallbackText: option<string>(reference, 'iconFallbackText') });
    expectMarkupToMatchFixture(reference, fixture.nativeElement);
  });
});
