import type { EntityManager } from 'typeorm';
import type { FieldError } from '@send/contracts';
import { Conflict, Unprocessable } from './errors';

export interface ReferenceCheck {
  field: string;
  table: 'users' | 'organisations' | 'contacts' | 'groups' | 'themes' | 'proposals' | 'ministers' | 'meetings' | 'positions' | 'actions';
  ids: readonly (string | null | undefined)[];
  /** Extra condition on the referenced row, e.g. only active ministers. */
  where?: string;
}

/** Every referenced id must exist: one 422 naming each field whose id does not. */
export async function assertReferences(tx: EntityManager, checks: ReferenceCheck[]): Promise<void> {
  const errors: FieldError[] = [];
  for (const check of checks) {
    const ids = [...new Set(check.ids.filter((id): id is string => typeof id === 'string'))];
    if (ids.length === 0) continue;
    const found: { id: string }[] = await tx.query(`SELECT id FROM ${check.table} WHERE id = ANY($1::uuid[]) ${check.where ? `AND ${check.where}` : ''}`, [ids]);
    const known = new Set(found.map((r) => r.id));
    for (const id of ids.filter((i) => !known.has(i))) errors.push({ field: check.field, message: `no ${check.table.replace(/s$/, '')} with id ${id}` });
  }
  if (errors.length) throw new Unprocessable('The request refers to records that do not exist.', errors);
}

/** Turns a unique-index violation into a 409 naming the field; anything else is rethrown. */
export function uniqueConflict(error: unknown, index: string, field: string, message: string): never {
  const pg = error as { code?: string; constraint?: string; driverError?: { code?: string; constraint?: string } };
  const code = pg.driverError?.code ?? pg.code;
  const constraint = pg.driverError?.constraint ?? pg.constraint;
  if (code === '23505' && constraint === index) throw new Conflict(message, [{ field, message }]);
  throw error;
}
