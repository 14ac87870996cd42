import type { HttpTestingController } from '@angular/common/http/testing';
import type { SessionResponse } from '@send/contracts';

/** Answers the dashboard's session probe in a unit test: `null` for a signed-out browser. */
export function answerSessionProbe(http: HttpTestingController, session: SessionResponse | null): void {
  http.expectOne('/api/auth/session').flush(session ? { signedIn: true, ...session } : { signedIn: false });
}
