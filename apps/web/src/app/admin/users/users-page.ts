import { ChangeDetectionStrategy, Component, computed, effect, inject } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { ROLES, type Role } from '@send/contracts';
import { GovukBackLink, GovukCheckboxes, GovukInput, GovukPagination, GovukSelect, GovukTag, type GovukSelectOption } from '@send/web-ui';
import { switchMap } from 'rxjs';
import { urlFilters } from '../../core/url-state';
import { AdminFlash } from '../shared/flash';
import { FlashBanner } from '../shared/flash-banner';
import { ROLE_LABELS } from '../shared/labels';
import { LOADING, loadable } from '../../core/loadable';
import { LoadStatus } from '../../core/load-status';
import { UsersApi } from './users-api';

const PAGE_SIZE = 25;
const INCLUDE = 'yes';

@Component({
  selector: 'app-users-page',
  imports: [ReactiveFormsModule, RouterLink, GovukBackLink, GovukCheckboxes, GovukInput, GovukPagination, GovukSelect, GovukTag, FlashBanner, LoadStatus],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './users-page.html',
})
export class UsersPage {
  private readonly api = inject(UsersApi);
  private readonly filters = urlFilters();

  protected readonly flash = inject(AdminFlash).take();
  protected readonly roleLabels = ROLE_LABELS;
  protected readonly pageSize = PAGE_SIZE;
  protected readonly roleOptions: GovukSelectOption[] = [{ value: '', text: 'All roles' }, ...ROLES.map((role) => ({ value: role, text: ROLE_LABELS[role] }))];
  protected readonly includeOptions = [{ value: INCLUDE, text: 'Include deactivated users' }];

  protected readonly query = computed(() => {
    const params = this.filters.params();
    const role = params.get('role');
    return {
      q: params.get('q') ?? '',
      role: ROLES.includes(role as Role) ? (role as Role) : null,
      includeInactive: params.get('includeInactive') === 'true',
      page: Math.max(1, Number(params.get('page')) || 1),
      pageSize: PAGE_SIZE,
    };
  });
  protected readonly users = toSignal(toObservable(this.query).pipe(switchMap((query) => loadable(this.api.list(query)))), { initialValue: LOADING });
  protected readonly filtered = computed(() => {
    const { q, role, includeInactive } = this.query();
    return !!q || !!role || includeInactive;
  });

  protected readonly form = new FormGroup({
    q: new FormControl<string | null>(''),
    role: new FormControl<string | null>(''),
    include: new FormControl<string[] | null>([]),
  });

  constructor() {
    // The form follows the URL, so Back and shared links show the filters that are applied.
    effect(() => {
      const { q, role, includeInactive } = this.query();
      this.form.setValue({ q, role: role ?? '', include: includeInactive ? [INCLUDE] : [] });
    });
  }

  protected apply(): void {
    const { q, role, include } = this.form.getRawValue();
    void this.filters.update({ q: q?.trim() || null, role: role || null, includeInactive: include?.includes(INCLUDE) ? 'true' : null });
  }
}
