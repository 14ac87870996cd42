import type { Tracked } from './common';

/** What an anonymised contact is called from then on. */
export const ANONYMISED_CONTACT_NAME = 'Anonymised contact';

/** A person at an organisation. Personal data: anonymised on request, and never written into the audit history. */
export interface ContactResponse extends Tracked {
  id: string;
  organisationId: string;
  organisationName: string;
  name: string;
  role: string;
  email: string | null;
  phone: string | null;
  notes: string;
  /** When the personal details were removed; an anonymised contact can no longer be edited. */
  anonymisedAt: string | null;
}

export interface CreateContactRequest {
  organisationId: string;
  name: string;
  role?: string;
  email?: string | null;
  /** Digits, spaces and + ( ) - only. */
  phone?: string | null;
  notes?: string;
}

/** The organisation is fixed: someone who moves organisation is a new contact there (attendance stays truthful). */
export type UpdateContactRequest = Partial<Omit<CreateContactRequest, 'organisationId'>>;

export interface ContactListFilters {
  organisationId?: string;
  /** Matches name or role. */
  q?: string;
  page?: number;
  pageSize?: number;
  /** name (default) or createdAt; `-` in front for descending. */
  sort?: string;
}
