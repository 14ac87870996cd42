/**
 * Deterministic pseudo-random SQL expressions of a series number, so a whole table is one INSERT … SELECT over
 * generate_series: the same scale always gives the same data, and rows can refer to each other by arithmetic
 * (meeting n's attendees, start time…) instead of joins. hashint8extended is a cheap built-in C function.
 */

export function quoteLiteral(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/** A constant text[] the planner folds once per statement. */
export function textArray(values: readonly string[]): string {
  return `(ARRAY[${values.map(quoteLiteral).join(',')}]::text[])`;
}

function hash(n: string, salt: number): string {
  return `(hashint8extended((${n})::int8, ${salt}) & 2147483647)`;
}

/** Uniform in [0, 1). */
export function rnd(n: string, salt: number): string {
  return `(${hash(n, salt)}::float8 / 2147483648.0)`;
}

/** Uniform integer in [0, k). */
export function rint(n: string, salt: number, k: number | string): string {
  return `(${hash(n, salt)} % (${k}))::int`;
}

export function pick(values: readonly string[], n: string, salt: number): string {
  return `${textArray(values)}[1 + ${rint(n, salt, values.length)}]`;
}

/** 1..count, skewed towards 1: the first (national) organisations turn up far more often than the long tail. */
export function skewed(n: string, salt: number, count: number, power = 2.2): string {
  return `(1 + floor(${count} * power(${rnd(n, salt)}, ${power}))::int)`;
}

/** CASE over cumulative weights; weights need not sum to 1. */
export function weighted(n: string, salt: number, choices: readonly (readonly [string, number])[]): string {
  const total = choices.reduce((sum, [, w]) => sum + w, 0);
  let cumulative = 0;
  const r = rnd(n, salt);
  const whens = choices.slice(0, -1).map(([value, w]) => {
    cumulative += w / total;
    return `WHEN ${r} < ${cumulative.toFixed(6)} THEN ${quoteLiteral(value)}`;
  });
  return `(CASE ${whens.join(' ')} ELSE ${quoteLiteral(choices[choices.length - 1][0])} END)`;
}

/**
 * Generated ids: a fixed prefix per table and the row number, a valid UUID that sorts in insertion order (cheap
 * right-edge b-tree inserts) and is recognisably synthetic.
 */
export const ID_PREFIX = {
  user: '5e0d0001',
  proposal: '5e0d0002',
  organisation: '5e0d0003',
  contact: '5e0d0004',
  group: '5e0d0005',
  membership: '5e0d0006',
  meeting: '5e0d0007',
  position: '5e0d0008',
  action: '5e0d0009',
} as const;
export type GeneratedTable = keyof typeof ID_PREFIX;

export function genId(table: GeneratedTable, n: string): string {
  return `('${ID_PREFIX[table]}-0000-4000-8000-' || lpad(to_hex((${n})::int8), 12, '0'))::uuid`;
}

/** The TypeScript twin of genId, for the few ids the generator needs outside SQL. */
export function genIdValue(table: GeneratedTable, n: number): string {
  return `${ID_PREFIX[table]}-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
}

/**
 * MTG-0042 / ACT-0007 as the migration's column defaults intend, but never truncated: lpad() cuts longer strings,
 * so the defaults turn 10000 into "1000" (a duplicate). Generated references keep every digit.
 */
export function referenceSql(prefix: 'MTG' | 'ACT', n: string): string {
  return `'${prefix}-' || lpad((${n})::text, greatest(4, length((${n})::text)), '0')`;
}
