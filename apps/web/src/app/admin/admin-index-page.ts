import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';

interface AdminSection {
  path: string;
  name: string;
  description: string;
}

const SECTIONS: AdminSection[] = [
  { path: '/admin/users', name: 'Users', description: 'Add people, change their role, reset passwords, and deactivate or reactivate accounts.' },
  { path: '/admin/themes', name: 'Themes', description: 'Reword the five principles of the reform.' },
  { path: '/admin/proposals', name: 'Proposals', description: 'Add and change the reform proposals organisations give positions on.' },
  { path: '/admin/ministers', name: 'Ministers', description: 'Add, rename, retire and reinstate the ministers who attend meetings.' },
  { path: '/admin/phases', name: 'Phases', description: 'Set when each phase of the reform starts.' },
  { path: '/admin/legal-holds', name: 'Legal holds', description: 'See and release the holds that keep records from being erased, merged or disposed of.' },
  { path: '/admin/retention', name: 'Retention', description: 'Set how long each kind of record is kept, review what is due for disposal, and see what has been disposed of.' },
  { path: '/notifications/deliveries', name: 'Email deliveries', description: 'See every notice the service made and any email that could not be delivered.' },
];

@Component({
  selector: 'app-admin-index-page',
  imports: [RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1 class="govuk-heading-l" tabindex="-1">Admin</h1>
    <p class="govuk-body">Manage who can use the service and the reference lists everyone records against.</p>
    <ul class="govuk-list">
      @for (section of sections; track section.path) {
        <li class="govuk-!-margin-bottom-6">
          <h2 class="govuk-heading-m govuk-!-margin-bottom-1">
            <a class="govuk-link" [routerLink]="section.path">{{ section.name }}</a>
          </h2>
          <p class="govuk-body">{{ section.description }}</p>
        </li>
      }
    </ul>
  `,
})
export class AdminIndexPage {
  protected readonly sections = SECTIONS;
}
