import { Logger } from '@nestjs/common';
import type { Request } from 'express';
import pino from 'pino';
import { logDuringRequest } from './request-log';

describe('logDuringRequest', () => {
  it("writes through the request's own logger, so the line carries the request id", () => {
    const lines: string[] = [];
    const root = pino({ base: null }, { write: (line: string) => void lines.push(line) });
    const req = { log: root.child({ req: { id: 'req-42' } }) } as unknown as Request;
    logDuringRequest(req, 'error', 'ProblemFilter', { err: new Error('boom') }, 'Unhandled error');
    const line = JSON.parse(lines[0]);
    expect(line).toMatchObject({ level: 50, req: { id: 'req-42' }, context: 'ProblemFilter', msg: 'Unhandled error', err: { message: 'boom' } });
  });

  it("falls back to Nest's logger outside a logged request", () => {
    const warned = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    logDuringRequest({} as Request, 'warn', 'Oidc', { reason: 'x' }, 'Single sign-on failed');
    expect(warned).toHaveBeenCalledWith({ reason: 'x' }, 'Single sign-on failed');
    warned.mockRestore();
  });
});
