import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import type { ActionResponse } from '@send/contracts';
import { ActionsByOrganisationApi } from '../actions-by-organisation-api';
import { ActionsTable } from './actions-table';
import { LoadFailed } from '../../core/load-failed';

/** What the department promised back to the organisation (actions it raised) and what it agreed to do (actions it owns). */
@Component({
  selector: 'app-organisation-actions',
  imports: [ActionsTable, LoadFailed],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section aria-labelledby="actions-heading" class="govuk-!-margin-top-8" data-testid="actions">
      <h2 class="govuk-heading-m" id="actions-heading">Actions</h2>
      @if (split(); as split) {
        @if (split.total > split.shown) {
          <p class="govuk-body">Showing the {{ split.shown }} actions due soonest of {{ split.total }}.</p>
        }
        <h3 class="govuk-heading-s" id="raised-heading">Raised by this organisation</h3>
        <app-actions-table [actions]="split.raised" captionId="raised-heading" empty="This organisation has not raised any actions." testId="actions-raised" />
        <h3 class="govuk-heading-s" id="owned-heading">Owned by this organisation</h3>
        <app-actions-table [actions]="split.owned" captionId="owned-heading" empty="This organisation does not own any actions." testId="actions-owned" />
      } @else if (actions.error(); as error) {
        <app-load-failed what="The actions" [error]="error" (retry)="actions.reload()" />
      } @else {
        <p class="govuk-body">Loading actions…</p>
      }
    </section>
  `,
})
export class OrganisationActions {
  readonly organisationId = input.required<string>();

  private readonly api = inject(ActionsByOrganisationApi);
  protected readonly actions = rxResource({ params: () => this.organisationId(), stream: ({ params }) => this.api.forOrganisation(params) });
  /** One list from the API ("raised by or owned by"), split here; an action can be in both. */
  protected readonly split = computed(() => {
    if (!this.actions.hasValue()) return null;
    const { items, total } = this.actions.value();
    const id = this.organisationId();
    const raised: ActionResponse[] = items.filter((action) => action.raisedByOrganisationId === id);
    const owned: ActionResponse[] = items.filter((action) => action.ownerOrganisationId === id);
    return { raised, owned, total, shown: items.length };
  });
}
