import type { Product } from '../harness/product';

/** One "Scheduled job ran" line from a product's JSON log. */
export interface JobLine {
  instance: string;
  product: string;
  job: string;
  slot: string;
  outcome: 'succeeded' | 'failed';
}

/**
 * Reads a product's output as it comes (the product's own buffer keeps only the tail) and keeps every line the
 * scheduler writes about a run: that is what ran, independently of what job_runs says. Lines printed before the
 * call (one instance runs a slot while the other is still starting) are read from the stdout the product kept so far;
 * both happen in one turn of the event loop, so no chunk falls between them.
 */
export function watchJobLines(product: Product, label: string, into: JobLine[]): void {
  let pending = '';
  const read = (text: string) => {
    pending += text;
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) {
      if (!line.includes('Scheduled job')) continue;
      try {
        const entry = JSON.parse(line) as { msg?: string; job?: string; slot?: string; instance?: string };
        if (!entry.job || !entry.slot) continue;
        const outcome = entry.msg === 'Scheduled job ran' ? 'succeeded' : 'failed';
        into.push({ instance: entry.instance ?? '', product: label, job: entry.job, slot: entry.slot, outcome });
      } catch {
        // not a JSON line
      }
    }
  };
  read(product.stdout());
  product.child.stdout?.on('data', (chunk: Buffer) => read(chunk.toString()));
}
