import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { GovukBackLink } from '@send/web-ui';
import { AdminFlash } from '../shared/flash';
import { FlashBanner } from '../shared/flash-banner';
import { LOADING, loadable } from '../../core/loadable';
import { LoadStatus } from '../../core/load-status';
import { ThemesApi } from './themes-api';

@Component({
  selector: 'app-themes-page',
  imports: [RouterLink, GovukBackLink, FlashBanner, LoadStatus],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <govuk-back-link href="/admin" text="Back to admin" />
    @if (flash) {
      <app-flash-banner [message]="flash" />
    }
    <h1 class="govuk-heading-l" tabindex="-1">Themes</h1>
    <p class="govuk-body">The five principles of the reform. Meetings, proposals and actions are tagged with them. You can reword a theme; themes cannot be added or removed.</p>
    <app-load-status [state]="themes()" what="the themes" />
    @if (themes(); as themes) {
      @if (themes.state === 'ready') {
        @if (themes.value.items.length) {
          <table class="govuk-table" data-testid="themes-table">
            <caption class="govuk-table__caption govuk-table__caption--m govuk-visually-hidden">Themes, in order</caption>
            <thead class="govuk-table__head">
              <tr class="govuk-table__row">
                <th scope="col" class="govuk-table__header">Theme</th>
                <th scope="col" class="govuk-table__header">Summary</th>
                <th scope="col" class="govuk-table__header"><span class="govuk-visually-hidden">Actions</span></th>
              </tr>
            </thead>
            <tbody class="govuk-table__body">
              @for (theme of themes.value.items; track theme.id) {
                <tr class="govuk-table__row">
                  <th scope="row" class="govuk-table__header">{{ theme.position }}. {{ theme.name }}</th>
                  <td class="govuk-table__cell">{{ theme.summary || 'No summary' }}</td>
                  <td class="govuk-table__cell">
                    <a class="govuk-link" [routerLink]="['/admin/themes', theme.id]">Change<span class="govuk-visually-hidden"> {{ theme.name }}</span></a>
                  </td>
                </tr>
              }
            </tbody>
          </table>
        } @else {
          <p class="govuk-body" data-testid="empty">There are no themes. They are created when the service is installed: ask the service team.</p>
        }
      }
    }
  `,
})
export class ThemesPage {
  protected readonly flash = inject(AdminFlash).take();
  protected readonly themes = toSignal(loadable(inject(ThemesApi).list()), { initialValue: LOADING });
}
