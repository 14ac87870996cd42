import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, DOCUMENT, computed, effect, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { Title } from '@angular/platform-browser';
import { RouterLink } from '@angular/router';
import { GovukBackLink, GovukNotificationBanner, GovukTag, formatLondonDate, formatLondonDateTime } from '@send/web-ui';
import { SessionStore } from '../../core/session';
import { ORGANISATION_TYPE_LABELS, REGION_LABELS, labelOf } from '../labels';
import { LastListUrl } from '../list/last-list-url';
import { OrganisationsApi } from '../organisations-api';
import { flashMessage } from './flash';
import { LoadFailed } from '../../core/load-failed';
import { StanceOverPhases } from '../../core/stance-over-phases/stance-over-phases';
import { OrganisationActions } from './organisation-actions';
import { OrganisationContacts } from './organisation-contacts';
import { OrganisationGroups } from './organisation-groups';
import { OrganisationPositions } from './organisation-positions';
import { OrganisationTimelineSection } from './organisation-timeline';

const SERVICE = 'SEND engagement tracker';

/** The page's sections, by the id of each h2. */
const SECTIONS = [
  { id: 'details-heading', text: 'Details' },
  { id: 'contacts-heading', text: 'Contacts' },
  { id: 'groups-heading', text: 'Groups' },
  { id: 'positions-heading', text: 'Current positions' },
  { id: 'actions-heading', text: 'Actions' },
  { id: 'timeline-heading', text: 'Timeline' },
] as const;

/** One organisation: its details, people, groups, current positions, actions and everything that happened with it. */
@Component({
  selector: 'app-organisation-page',
  imports: [
    RouterLink,
    GovukBackLink,
    GovukNotificationBanner,
    GovukTag,
    LoadFailed,
    OrganisationContacts,
    OrganisationGroups,
    OrganisationPositions,
    StanceOverPhases,
    OrganisationActions,
    OrganisationTimelineSection,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './organisation-page.html',
})
export class OrganisationPage {
  /** The route's :id. */
  readonly id = input.required<string>();

  private readonly api = inject(OrganisationsApi);
  private readonly document = inject(DOCUMENT);
  private readonly session = inject(SessionStore);
  protected readonly canEdit = computed(() => this.session.hasRole('admin', 'recorder'));
  protected readonly isAdmin = computed(() => this.session.hasRole('admin'));
  protected readonly flash = flashMessage();
  protected readonly listUrl = inject(LastListUrl).url;

  protected readonly resource = rxResource({ params: () => this.id(), stream: ({ params }) => this.api.get(params) });
  protected readonly organisation = computed(() => (this.resource.hasValue() ? this.resource.value() : null));
  protected readonly notFound = computed(() => {
    const error = this.resource.error();
    return error instanceof HttpErrorResponse && error.status === 404;
  });
  /** The h1 stays one element whose words change, so the focus it gets after navigation is not lost when data arrives. */
  protected readonly heading = computed(() => this.organisation()?.name ?? (this.notFound() ? 'Organisation not found' : 'Organisation'));

  /** Only those who may read holds ask; a viewer's page has no hold to show. */
  private readonly holds = rxResource({
    params: () => (this.session.hasRole('admin', 'recorder', 'reviewer') && this.organisation() ? this.id() : undefined),
    stream: ({ params }) => this.api.holds(params),
  });
  protected readonly hold = computed(() => (this.holds.hasValue() ? (this.holds.value().items[0] ?? null) : null));

  private readonly owner = rxResource({
    params: () => this.organisation()?.relationshipOwnerId ?? undefined,
    stream: ({ params }) => this.api.user(params),
  });
  protected readonly ownerName = computed(() => {
    if (!this.organisation()?.relationshipOwnerId) return 'None';
    if (this.owner.hasValue()) return this.owner.value().name;
    return this.owner.error() ? 'Not known' : 'Loading…';
  });

  protected readonly details = computed(() => {
    const organisation = this.organisation();
    if (!organisation) return null;
    return {
      type: labelOf(ORGANISATION_TYPE_LABELS, organisation.type),
      regions: organisation.regions.map((region) => labelOf(REGION_LABELS, region)).join(', ') || 'None',
      website: organisation.website,
      description: organisation.description.split(/\n\s*\n/).map((paragraph) => paragraph.trim()).filter(Boolean),
      tags: organisation.tags,
      updated: formatLondonDateTime(organisation.updatedAt),
      archivedOn: organisation.archivedAt ? formatLondonDate(organisation.archivedAt) : null,
    };
  });

  constructor() {
    const title = inject(Title);
    effect(() => {
      const name = this.organisation()?.name;
      if (name) title.setTitle(`${name} – ${SERVICE}`);
      else if (this.notFound()) title.setTitle(`Organisation not found – ${SERVICE}`);
    });
  }

  protected readonly sections = SECTIONS;
  protected readonly here = computed(() => `/organisations/${this.id()}`);

  /**
   * In-page links: with <base href="/"> a bare "#id" would load another route, and the router does not scroll to
   * fragments here, so the section heading is scrolled to and focused (for keyboard and screen reader users).
   */
  protected jump(event: MouseEvent, id: string): void {
    if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    const heading = this.document.getElementById(id);
    if (!heading) return;
    event.preventDefault();
    if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
    heading.scrollIntoView();
    heading.focus({ preventScroll: true });
  }

  protected reload(): void {
    this.resource.reload();
  }
}
