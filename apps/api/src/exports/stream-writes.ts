import type { Writable } from 'node:stream';

export class DownloadCancelled extends Error {
  constructor() {
    super('The download was cancelled.');
  }
}

/**
 * Writes, then waits for 'drain' if the stream is full. Also gives up if the stream closes instead (the reader went
 * away): waiting for 'drain' alone would hang forever and keep the database cursor open.
 */
export async function writeOrWait(stream: Writable, chunk: unknown): Promise<void> {
  if (stream.destroyed) throw new DownloadCancelled();
  if (stream.write(chunk)) return;
  await new Promise<void>((resolve, reject) => {
    const drained = () => {
      stream.off('close', closed);
      resolve();
    };
    const closed = () => {
      stream.off('drain', drained);
      reject(new DownloadCancelled());
    };
    stream.once('drain', drained);
    stream.once('close', closed);
  });
}
