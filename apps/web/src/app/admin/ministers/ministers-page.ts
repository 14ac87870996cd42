import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { GovukBackLink, GovukTag } from '@send/web-ui';
import { AdminFlash } from '../shared/flash';
import { FlashBanner } from '../shared/flash-banner';
import { LOADING, loadable } from '../../core/loadable';
import { LoadStatus } from '../../core/load-status';
import { MinistersApi } from './ministers-api';

@Component({
  selector: 'app-ministers-page',
  imports: [RouterLink, GovukBackLink, GovukTag, FlashBanner, LoadStatus],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <govuk-back-link href="/admin" text="Back to admin" />
    @if (flash) {
      <app-flash-banner [message]="flash" />
    }
    <h1 class="govuk-heading-l" tabindex="-1">Ministers</h1>
    <p class="govuk-body">Ministers officials can name as attending a meeting. Retire a minister who leaves post: past meetings keep their name, and they can be reinstated.</p>
    <a routerLink="/admin/ministers/new" class="govuk-button" role="button" draggable="false" data-module="govuk-button">Add a minister</a>
    <app-load-status [state]="ministers()" what="the ministers" />
    @if (ministers(); as ministers) {
      @if (ministers.state === 'ready') {
        @if (ministers.value.items.length) {
          <table class="govuk-table" data-testid="ministers-table">
            <caption class="govuk-table__caption govuk-table__caption--m govuk-visually-hidden">Ministers, active first</caption>
            <thead class="govuk-table__head">
              <tr class="govuk-table__row">
                <th scope="col" class="govuk-table__header">Name</th>
                <th scope="col" class="govuk-table__header">Status</th>
                <th scope="col" class="govuk-table__header"><span class="govuk-visually-hidden">Actions</span></th>
              </tr>
            </thead>
            <tbody class="govuk-table__body">
              @for (minister of ministers.value.items; track minister.id) {
                <tr class="govuk-table__row">
                  <td class="govuk-table__cell">{{ minister.name }}</td>
                  <td class="govuk-table__cell">
                    @if (minister.active) {
                      <govuk-tag text="Active" colour="green" />
                    } @else {
                      <govuk-tag text="Retired" colour="grey" />
                    }
                  </td>
                  <td class="govuk-table__cell">
                    <a class="govuk-link" [routerLink]="['/admin/ministers', minister.id]">Change<span class="govuk-visually-hidden"> {{ minister.name }}</span></a>
                  </td>
                </tr>
              }
            </tbody>
          </table>
        } @else {
          <p class="govuk-body" data-testid="empty">There are no ministers yet. Add the first one.</p>
        }
      }
    }
  `,
})
export class MinistersPage {
  protected readonly flash = inject(AdminFlash).take();
  protected readonly ministers = toSignal(loadable(inject(MinistersApi).list()), { initialValue: LOADING });
}
