import { Logger, NotFoundException, type ArgumentsHost } from '@nestjs/common';
import { ProblemFilter } from './problem.filter';
import { StaleVersion, ValidationFailed } from './errors';

function capture(error: unknown) {
  const sent: { status?: number; type?: string; body?: string } = {};
  const res = {
    headersSent: false,
    status(code: number) { sent.status = code; return this; },
    type(type: string) { sent.type = type; return this; },
    send(body: string) { sent.body = body; return this; },
  };
  const req = { id: 'req-123', method: 'GET', path: '/api/things' };
  const host = { switchToHttp: () => ({ getRequest: () => req, getResponse: () => res }) } as unknown as ArgumentsHost;
  new ProblemFilter().catch(error, host);
  return { ...sent, json: JSON.parse(sent.body ?? '{}') };
}

describe('ProblemFilter', () => {
  it('maps a domain error to its status with the problem fields', () => {
    const out = capture(new StaleVersion('action', 'a1', 7));
    expect(out.status).toBe(412);
    expect(out.type).toBe('application/problem+json');
    expect(out.json).toMatchObject({ type: 'urn:send-tracker:problem:stale-version', status: 412, currentVersion: 7, requestId: 'req-123' });
  });

  it('carries field errors for validation', () => {
    const out = capture(new ValidationFailed([{ field: 'title', message: 'title should not be empty' }]));
    expect(out.json).toMatchObject({ status: 400, errors: [{ field: 'title', message: 'title should not be empty' }] });
  });

  it('turns an unknown route into a 404 problem', () => {
    expect(capture(new NotFoundException()).json).toMatchObject({ status: 404, detail: 'Nothing at GET /api/things.' });
  });

  it('hides unexpected errors behind a generic 500 and logs the stack', () => {
    const logged = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    const out = capture(new Error('connection string postgres://secret@db leaked'));
    expect(out.status).toBe(500);
    expect(out.body).not.toContain('secret');
    expect(out.json).toMatchObject({ status: 500, requestId: 'req-123', type: 'urn:send-tracker:problem:internal' });
    expect(logged).toHaveBeenCalledWith(expect.objectContaining({ err: expect.any(Error) }), 'Unhandled error');
    logged.mockRestore();
  });
});
