import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { appUrlTree } from '../core/links';

/** GOV.UK back link. An in-app path ("/meetings") navigates with the router; anything else is a plain href. */
@Component({
  selector: 'govuk-back-link',
  imports: [RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (appUrl(); as url) {
      <a [routerLink]="url" class="govuk-back-link" [class.govuk-back-link--inverse]="inverse()">{{ text() }}</a>
    } @else {
      <a [href]="href()" class="govuk-back-link" [class.govuk-back-link--inverse]="inverse()">{{ text() }}</a>
    }
  `,
})
export class GovukBackLink {
  private readonly router = inject(Router);

  readonly href = input.required<string>();
  readonly text = input('Back');
  /** For dark backgrounds. */
  readonly inverse = input(false);

  protected readonly appUrl = computed(() => appUrlTree(this.href(), this.router));
}
