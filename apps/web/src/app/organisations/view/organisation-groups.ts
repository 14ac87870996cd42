import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import type { GroupMemberResponse } from '@send/contracts';
import { GovukTag, formatLondonDate } from '@send/web-ui';
import { GroupsApi, type Membership } from '../groups-api';
import type { TagStyle } from '../labels';
import { londonIsoDate } from '../london-dates';
import { LoadFailed } from '../../core/load-failed';

interface MembershipRow {
  readonly id: string;
  readonly group: string;
  readonly joined: string;
  readonly left: string;
  readonly reason: string;
  readonly status: TagStyle;
}

/** The standing groups the organisation is or was a member of, with the dates of each membership. */
@Component({
  selector: 'app-organisation-groups',
  imports: [GovukTag, LoadFailed],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section aria-labelledby="groups-heading" class="govuk-!-margin-top-8" data-testid="groups">
      <h2 class="govuk-heading-m" id="groups-heading">Groups</h2>
      @if (rows(); as rows) {
        @if (rows.length) {
          <table class="govuk-table govuk-table--small-text-until-tablet">
            <caption class="govuk-table__caption govuk-visually-hidden">Group memberships</caption>
            <thead class="govuk-table__head">
              <tr class="govuk-table__row">
                <th scope="col" class="govuk-table__header">Group</th>
                <th scope="col" class="govuk-table__header">Membership</th>
                <th scope="col" class="govuk-table__header">Joined</th>
                <th scope="col" class="govuk-table__header">Left</th>
                <th scope="col" class="govuk-table__header">Why invited</th>
              </tr>
            </thead>
            <tbody class="govuk-table__body">
              @for (row of rows; track row.id) {
                <tr class="govuk-table__row">
                  <td class="govuk-table__cell">{{ row.group }}</td>
                  <td class="govuk-table__cell"><govuk-tag [text]="row.status.text" [colour]="row.status.colour" /></td>
                  <td class="govuk-table__cell">{{ row.joined }}</td>
                  <td class="govuk-table__cell">{{ row.left }}</td>
                  <td class="govuk-table__cell">{{ row.reason }}</td>
                </tr>
              }
            </tbody>
          </table>
        } @else {
          <p class="govuk-body">This organisation has not been a member of any group.</p>
        }
      } @else if (memberships.error(); as error) {
        <app-load-failed what="The groups" [error]="error" (retry)="memberships.reload()" />
      } @else {
        <p class="govuk-body">Loading groups…</p>
      }
    </section>
  `,
})
export class OrganisationGroups {
  readonly organisationId = input.required<string>();

  private readonly api = inject(GroupsApi);
  protected readonly memberships = rxResource({ params: () => this.organisationId(), stream: ({ params }) => this.api.membershipsOf(params) });
  protected readonly rows = computed(() => (this.memberships.hasValue() ? this.memberships.value().map(toRow) : null));
}

function toRow({ groupName, member }: Membership): MembershipRow {
  return {
    id: member.id,
    group: groupName,
    joined: formatLondonDate(member.joinedOn),
    left: member.leftOn ? formatLondonDate(member.leftOn) : 'No end date',
    reason: member.reason,
    status: statusOf(member),
  };
}

/** The API says whether a membership is current; one that is not has either ended or not yet begun. */
function statusOf(member: GroupMemberResponse): TagStyle {
  if (member.current) return { text: 'Current member', colour: 'green' };
  return member.joinedOn > londonIsoDate() ? { text: 'Starts later', colour: 'blue' } : { text: 'Former member', colour: 'grey' };
}
