import type request from 'supertest';

/** Collects a file response as bytes (supertest would otherwise try to parse it as text or JSON). */
export function asFile(test: request.Test): request.Test {
  return test.buffer(true).parse((res, done) => {
    const chunks: Buffer[] = [];
    res.on('data', (chunk: Buffer) => chunks.push(chunk));
    res.on('end', () => done(null, Buffer.concat(chunks)));
  });
}
