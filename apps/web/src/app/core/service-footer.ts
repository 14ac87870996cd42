import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { ServiceStatusStore } from './service-status';

/** Footer without the crown (this service is not on GOV.UK), carrying a live line from /api/health. */
@Component({
  selector: 'app-service-footer',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <footer class="govuk-footer">
      <div class="govuk-width-container">
        <div class="govuk-footer__meta">
          <div class="govuk-footer__meta-item govuk-footer__meta-item--grow">
            <h2 class="govuk-visually-hidden">Service status</h2>
            <div class="govuk-footer__meta-custom" data-testid="service-status" role="status">{{ line() }}</div>
          </div>
          <div class="govuk-footer__meta-item">Department for Education</div>
        </div>
      </div>
    </footer>
  `,
})
export class ServiceFooter {
  private readonly store = inject(ServiceStatusStore);

  protected readonly line = computed(() => {
    const status = this.store.status();
    switch (status.state) {
      case 'checking':
        return 'Checking the service…';
      case 'down':
        return 'The service is unavailable: records cannot be read or saved just now.';
      case 'up':
        return `Service available · database ${status.health.database} · version ${status.health.version}`;
    }
  });
}
