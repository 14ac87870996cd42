import type { ClientBase } from 'pg';
import { quoteLiteral } from './sql-random';

/** National is the floor the department plans for; 5x is every policy area on one tracker. */
export const SCALES = {
  national: { organisations: 20_000, contacts: 100_000, meetings: 200_000, actions: 1_000_000, positions: 2_000_000, users: 50 },
  '5x': { organisations: 100_000, contacts: 500_000, meetings: 1_000_000, actions: 5_000_000, positions: 10_000_000, users: 100 },
  small: { organisations: 200, contacts: 1_000, meetings: 2_000, actions: 10_000, positions: 20_000, users: 20 },
} as const;
export type ScaleName = keyof typeof SCALES;
export type Scale = (typeof SCALES)[ScaleName];

export function isScaleName(value: string): value is ScaleName {
  return Object.hasOwn(SCALES, value);
}

export interface UserIds {
  admin: string[];
  recorder: string[];
  reviewer: string[];
  viewer: string[];
}

/** What every step needs: the counts, the ids it links to, and the calendar the records sit on. */
export interface GenerateContext {
  scale: Scale;
  /** YYYY-MM-DD, Europe/London: records end here; actions due before it and still open are overdue. */
  today: string;
  /** The first phase's start: records begin here. */
  firstDay: string;
  users: UserIds;
  themeIds: string[];
  proposalIds: string[];
  ministerIds: string[];
  /** The generated groups, the development group first. */
  groupIds: string[];
  /** `CASE` mapping a date expression to its phase, from the managed phase list. */
  phaseOf(dateSql: string): string;
}

export function uuidArray(ids: readonly string[]): string {
  return `(ARRAY[${ids.map(quoteLiteral).join(',')}]::uuid[])`;
}

export async function ids(client: ClientBase, text: string, params: unknown[] = []): Promise<string[]> {
  const { rows } = await client.query<{ id: string }>(text, params);
  return rows.map((r) => r.id);
}

/** Reads the phase list once and turns it into a CASE (latest phase started by the date; the first before it). */
export async function phaseCase(client: ClientBase): Promise<{ firstDay: string; phaseOf: (dateSql: string) => string }> {
  const { rows } = await client.query<{ key: string; starts_on: string }>(`SELECT key, starts_on::text FROM phases ORDER BY starts_on DESC`);
  if (rows.length === 0) throw new Error('The phases table is empty: run the migrations first.');
  const first = rows[rows.length - 1];
  return {
    firstDay: first.starts_on,
    phaseOf: (dateSql) => `(CASE ${rows.map((r) => `WHEN (${dateSql}) >= DATE '${r.starts_on}' THEN '${r.key}'`).join(' ')} ELSE '${first.key}' END)`,
  };
}
