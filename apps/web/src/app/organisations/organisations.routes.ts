import { Route } from '@angular/router';
import { WIDE_PAGE } from '../core/page-layout';
import { requireRole } from '../core/guards';

const title = (page: string) => `${page} – SEND engagement tracker`;
/** Pages that change records: the API refuses others anyway, so they are not offered a form they cannot save. */
const editors = [requireRole('admin', 'recorder')];

export const organisationsRoutes: Route[] = [
  { path: '', loadComponent: () => import('./list/organisations-list-page').then((m) => m.OrganisationsListPage), title: title('Organisations'), data: WIDE_PAGE },
  { path: 'new', canActivate: editors, loadComponent: () => import('./form/organisation-form-page').then((m) => m.OrganisationFormPage), title: title('Add an organisation') },
  { path: 'duplicates', canActivate: editors, loadComponent: () => import('./merge/duplicates-page').then((m) => m.DuplicatesPage), title: title('Possible duplicate organisations') },
  { path: ':id/merge', canActivate: [requireRole('admin')], loadComponent: () => import('./merge/merge-page').then((m) => m.MergePage), title: title('Merge organisations') },
  { path: ':id', loadComponent: () => import('./view/organisation-page').then((m) => m.OrganisationPage), title: title('Organisation') },
  { path: ':id/edit', canActivate: editors, loadComponent: () => import('./form/organisation-form-page').then((m) => m.OrganisationFormPage), title: title('Edit organisation') },
  {
    path: ':id/archive',
    canActivate: editors,
    loadComponent: () => import('./confirm/archive-page').then((m) => m.ArchivePage),
    data: { action: 'archive' },
    title: title('Archive organisation'),
  },
  {
    path: ':id/restore',
    canActivate: editors,
    loadComponent: () => import('./confirm/archive-page').then((m) => m.ArchivePage),
    data: { action: 'restore' },
    title: title('Restore organisation'),
  },
  { path: ':id/contacts/new', canActivate: editors, loadComponent: () => import('./contacts/contact-form-page').then((m) => m.ContactFormPage), title: title('Add a contact') },
  {
    path: ':id/contacts/:contactId/edit',
    canActivate: editors,
    loadComponent: () => import('./contacts/contact-form-page').then((m) => m.ContactFormPage),
    title: title('Edit contact'),
  },
  {
    path: ':id/contacts/:contactId/anonymise',
    canActivate: editors,
    loadComponent: () => import('./confirm/anonymise-contact-page').then((m) => m.AnonymiseContactPage),
    title: title('Anonymise contact'),
  },
];
