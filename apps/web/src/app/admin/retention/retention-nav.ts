import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';

const PAGES = [
  { path: '/admin/retention', text: 'Retention schedule' },
  { path: '/admin/retention/due', text: 'Due for disposal' },
  { path: '/admin/retention/disposals', text: 'Past disposals' },
] as const;

/** MOJ sub navigation between the three retention pages. */
@Component({
  selector: 'app-retention-nav',
  imports: [RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nav class="moj-sub-navigation" aria-label="Retention">
      <ul class="moj-sub-navigation__list">
        @for (p of pages; track p.path) {
          <li class="moj-sub-navigation__item">
            <a class="moj-sub-navigation__link" [routerLink]="p.path" [attr.aria-current]="p.path === current() ? 'page' : null">{{ p.text }}</a>
          </li>
        }
      </ul>
    </nav>
  `,
})
export class RetentionNav {
  readonly current = input.required<string>();
  protected readonly pages = PAGES;
}
