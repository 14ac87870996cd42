import { Injectable, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import type { HealthResponse } from '@send/contracts';
import { catchError, map, of, startWith } from 'rxjs';
import { HealthApi } from './health-api';

export type ServiceStatus =
  | { state: 'checking' }
  | { state: 'up'; health: HealthResponse }
  | { state: 'down' };

/** The service's health as a signal, read once at start: the footer line and the demo banner use it. */
@Injectable({ providedIn: 'root' })
export class ServiceStatusStore {
  private readonly api = inject(HealthApi);

  readonly status = toSignal(
    this.api.check().pipe(
      map((health): ServiceStatus => ({ state: 'up', health })),
      catchError(() => of<ServiceStatus>({ state: 'down' })),
      startWith<ServiceStatus>({ state: 'checking' }),
    ),
    { requireSync: true },
  );

  readonly demo = computed(() => {
    const status = this.status();
    return status.state === 'up' && status.health.demo;
  });
}
