import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FULL, OUT_DIR_VAR, runSetting } from './mode';

/** One measured figure of a check, with the target it is held to when it has one. */
export interface Figure {
  label: string;
  value: string | number;
  target?: string;
  ok?: boolean;
}

export interface CheckResult {
  /** File-safe id, e.g. `fuzzing`; the report orders checks by `order`. */
  id: string;
  order: number;
  title: string;
  passed: boolean;
  figures: Figure[];
  /** Markdown paragraphs or tables shown under the figures. */
  details?: string[];
  startedAt: string;
  seconds: number;
}

/** Times a check and writes its result where the report writer reads it. */
export function startCheck(id: string, order: number, title: string) {
  const started = Date.now();
  const startedAt = new Date().toISOString();
  return {
    finish(figures: Figure[], details: string[] = []): CheckResult {
      const result: CheckResult = {
        id,
        order,
        title,
        // A check that recorded nothing (it threw before its figures) has not passed.
        passed: figures.length > 0 && figures.every((f) => f.ok !== false),
        figures,
        details,
        startedAt,
        seconds: Math.round((Date.now() - started) / 100) / 10,
      };
      const dir = runSetting(OUT_DIR_VAR);
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, `${id}.json`), JSON.stringify({ ...result, mode: FULL ? 'full' : 'fast' }, null, 2));
      return result;
    },
  };
}

/** A figure held to `target`: ok when `pass` holds. */
export function figure(label: string, value: string | number, target?: string, pass?: boolean): Figure {
  return pass === undefined ? { label, value, target } : { label, value, target, ok: pass };
}
