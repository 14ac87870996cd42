import type { Reply } from '../harness/sessions';
import type { Operation, Schema } from './document';

export type Verdict = { ok: true; answerChecked?: boolean } | { ok: false; rule: string; why: string };

const PROBLEM = 'application/problem+json';

/**
 * What every answer must be, whatever was sent: never 5xx; a refusal is problem+json with its status, and a 400
 * names each field it refuses; a JSON success matches the document.
 */
export function judge(reply: Reply, operation: Operation, validate: (schema: Schema, body: unknown) => string | undefined): Verdict {
  const answer = operation.answers.get(reply.status);
  if (reply.status >= 500) return { ok: false, rule: '5xx', why: reply.text.slice(0, 300) };
  if (reply.status >= 400) {
    const type = reply.headers.get('content-type') ?? '';
    const body = reply.json as { status?: number; title?: string; errors?: { field?: unknown }[] } | undefined;
    if (!type.startsWith(PROBLEM) || !body || body.status !== reply.status || !body.title) return { ok: false, rule: '4xx not problem+json', why: `${type} ${reply.text.slice(0, 200)}` };
    if (reply.status === 400) {
      const errors = body.errors ?? [];
      if (!errors.length || errors.some((e) => typeof e.field !== 'string' || !e.field)) return { ok: false, rule: '400 naming no field', why: reply.text.slice(0, 300) };
    }
    return { ok: true };
  }
  const type = (reply.headers.get('content-type') ?? '').split(';')[0]?.trim() ?? '';
  if (reply.status >= 200 && reply.status < 300 && type !== 'application/json') {
    const documented = operation.media.get(reply.status) ?? [];
    return documented.includes(type) || (documented.length === 0 && !reply.text) ? { ok: true } : { ok: false, rule: '2xx answer not as documented', why: `${type || 'no'} content, documented: ${documented.join(', ') || 'none'}` };
  }
  if (reply.status >= 200 && reply.status < 300 && answer) {
    const error = validate(answer, reply.json);
    return error ? { ok: false, rule: '2xx answer not as documented', why: error } : { ok: true, answerChecked: true };
  }
  return { ok: true };
}
