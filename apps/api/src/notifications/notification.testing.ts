import type { TestApp } from '../testing/test-app';
import type { EmailTransport } from './email-transport';
import { NotificationJobs } from './notifications.module';

/** The test app's email transport; the tests that call this configure one. */
export function transportOf(app: TestApp): EmailTransport {
  const transport = app.app.get(NotificationJobs).transport;
  if (!transport) throw new Error('email is not configured for this test app');
  return transport;
}
