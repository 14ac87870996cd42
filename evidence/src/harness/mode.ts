/** `npm run evidence` sets EVIDENCE_MODE=full; `npm test` runs every check's fast subset. */
export const FULL = process.env['EVIDENCE_MODE'] === 'full';

/** The size of a check in each mode: small enough for CI, large enough for the report. */
export function bound<T>(fast: T, full: T): T {
  return FULL ? full : fast;
}

/** Set by the global setup: the PostgreSQL server every check makes its fresh databases on. */
export const ADMIN_URL_VAR = 'EVIDENCE_ADMIN_URL';
/** Set by the global setup: where checks write their results (evidence/out in full mode, a temporary dir otherwise). */
export const OUT_DIR_VAR = 'EVIDENCE_OUT_DIR';

export function runSetting(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the checks through evidence/jest.evidence.config.cts`);
  return value;
}
