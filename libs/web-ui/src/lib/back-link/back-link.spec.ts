import { provideRouter, Router } from '@angular/router';
import { TestBed } from '@angular/core/testing';
import { govukFixture, option } from '../../testing/fixtures';
import { expectMarkupToMatchFixture } from '../../testing/markup';
import { render } from '../../testing/render';
import { GovukBackLink } from './back-link';

describe('GovukBackLink', () => {
  it.each(['default', 'inverse', 'with custom text and link'])('matches the govuk-frontend "%s" fixture', async (name) => {
    const reference = govukFixture('back-link', name);
    const fixture = await render(
      GovukBackLink,
      {
        href: option<string | undefined>(reference, 'href') ?? '#',
        text: option<string | undefined>(reference, 'text') ?? 'Back',
        inverse: option<string | undefined>(reference, 'classes') === 'govuk-back-link--inverse',
      },
      [provideRouter([])],
    );
    expectMarkupToMatchFixture(reference, fixture.nativeElement);
  });

  it('navigates to an in-app path with the router rather than reloading the app', async () => {
    const fixture = await render(GovukBackLink, { href: '/meetings?page=2' }, [provideRouter([{ path: '**', children: [] }])]);
    const router = TestBed.inject(Router);
    const navigate = jest.spyOn(router, 'navigateByUrl');
    const link: HTMLAnchorElement = fixture.nativeElement.querySelector('a');
    expect(link.getAttribute('href')).toBe('/meetings?page=2');
    link.click();
    const [target] = navigate.mock.calls[0];
    expect(typeof target === 'string' ? target : router.serializeUrl(target)).toBe('/meetings?page=2');
  });
});
