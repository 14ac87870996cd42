import type { ContactResponse } from '@send/contracts';
import { toTracked, trackedColumns, type TrackedRow } from '../common/tracked';

export interface ContactRow extends TrackedRow {
  id: string;
  organisation_id: string;
  organisation_name: string;
  name: string;
  role: string;
  email: string | null;
  phone: string | null;
  notes: string;
  anonymised_at: Date | null;
}

export const CONTACT_COLUMNS = `c.id, c.organisation_id, o.name AS organisation_name, c.name, c.role, c.email, c.phone, c.notes, c.anonymised_at,
  ${trackedColumns('c')}`;
export const CONTACT_FROM = `FROM contacts c JOIN organisations o ON o.id = c.organisation_id`;

export function toContactResponse(row: ContactRow): ContactResponse {
  return {
    id: row.id,
    organisationId: row.organisation_id,
    organisationName: row.organisation_name,
    name: row.name,
    role: row.role,
    email: row.email,
    phone: row.phone,
    notes: row.notes,
    anonymisedAt: row.anonymised_at?.toISOString() ?? null,
    ...toTracked(row),
  };
}

/**
 * Viewers (analysts, FOI and transparency teams) need to know who was there, not how to reach them: a contact's
 * email, phone and notes are left out for them.
 */
export function forReader(contact: ContactResponse, seesContactDetails: boolean): ContactResponse {
  return seesContactDetails ? contact : { ...contact, email: null, phone: null, notes: '' };
}
