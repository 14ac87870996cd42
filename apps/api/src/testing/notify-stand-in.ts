import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export const NOTIFY_SERVICE_ID = '26785a09-ab16-4eb0-8407-a37497a57506';
export const NOTIFY_SECRET = '3d844edf-8d35-48ac-975b-e847b4f122b0';
/** Shaped like a real key: `<name>-<service id>-<secret>`. */
export const NOTIFY_API_KEY = `send_tracker_test-${NOTIFY_SERVICE_ID}-${NOTIFY_SECRET}`;

export interface NotifyEmailRequest {
  template_id: string;
  email_address: string;
  personalisation: { subject: string; body: string };
  reference: string;
}

const b64url = (buf: Buffer) => buf.toString('base64url');

/**
 * A local stand-in for the GOV.UK Notify API's send-email endpoint that checks what a real one checks: a JWT signed
 * HS256 with the key's secret, issued by the service id, issued within 30 seconds; and a body with exactly
 * template_id, email_address, personalisation and reference. A request that fails a check is answered 403 or 400 with
 * Notify's error shape, and recorded in `refused`. `failNext(n)` answers the next n with a 500.
 */
export class NotifyStandIn {
  readonly accepted: NotifyEmailRequest[] = [];
  readonly refused: string[] = [];
  private failures = 0;
  private server: Server | undefined;

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      void this.handle(req).then(({ status, body }) => {
        res.writeHead(status, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify(body));
      });
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  failNext(n: number): void {
    this.failures = n;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private async handle(req: IncomingMessage): Promise<{ status: number; body: object }> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const refuse = (status: number, error: string, message: string) => {
      this.refused.push(message);
      return { status, body: { status_code: status, errors: [{ error, message }] } };
    };
    if (req.method !== 'POST' || req.url !== '/v2/notifications/email') return refuse(404, 'NotFound', `${req.method} ${req.url}`);
    const tokenProblem = checkToken(req.headers.authorization);
    if (tokenProblem) return refuse(403, 'AuthError', tokenProblem);
    let body: Record<string, unknown>;
    try {
      body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    } catch {
      return refuse(400, 'ValidationError', 'body is not JSON');
    }
    const keys = Object.keys(body).sort().join(',');
    if (keys !== 'email_address,personalisation,reference,template_id') return refuse(400, 'ValidationError', `unexpected fields ${keys}`);
    const p = body['personalisation'] as Record<string, unknown>;
    if (typeof p !== 'object' || typeof p['subject'] !== 'string' || typeof p['body'] !== 'string' || Object.keys(p).length !== 2) return refuse(400, 'BadRequestError', 'personalisation must be subject and body');
    if (typeof body['email_address'] !== 'string' || !/^[^@\s]+@[^@\s]+$/.test(body['email_address'])) return refuse(400, 'ValidationError', 'email_address Not a valid email address');
    if (this.failures > 0) {
      this.failures -= 1;
      return { status: 500, body: { status_code: 500, errors: [{ error: 'Exception', message: 'Internal server error' }] } };
    }
    this.accepted.push(body as unknown as NotifyEmailRequest);
    const id = randomUUID();
    return {
      status: 201,
      body: { id, reference: body['reference'], content: { subject: p['subject'], body: p['body'], from_email: 'send.tracker@notifications.service.gov.uk' }, uri: `/v2/notifications/${id}`, template: { id: body['template_id'], version: 1, uri: '' } },
    };
  }
}

function checkToken(header: string | undefined): string | undefined {
  const token = header?.startsWith('Bearer ') ? header.slice(7) : undefined;
  const parts = token?.split('.');
  if (!parts || parts.length !== 3) return 'Unauthorized: authentication token must be provided';
  const [head, payload, signature] = parts as [string, string, string];
  const expected = b64url(createHmac('sha256', NOTIFY_SECRET).update(`${head}.${payload}`).digest());
  if (expected.length !== signature.length || !timingSafeEqual(Buffer.from(expected), Buffer.from(signature))) return 'Invalid token: signature, api token is not valid';
  const { alg } = JSON.parse(Buffer.from(head, 'base64url').toString('utf8')) as { alg?: string };
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { iss?: string; iat?: number };
  if (alg !== 'HS256') return 'Invalid token: algorithm used is not HS256';
  if (claims.iss !== NOTIFY_SERVICE_ID) return 'Invalid token: service id is not the right data type';
  if (typeof claims.iat !== 'number' || Math.abs(Date.now() / 1000 - claims.iat) > 30) return 'Error: Your system clock must be accurate to within 30 seconds';
  return undefined;
}
