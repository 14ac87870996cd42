import { FormControl, FormGroup } from '@angular/forms';
import type { ContactResponse, FieldError, UpdateContactRequest } from '@send/contracts';

export const CONTACT_FIELDS = ['name', 'role', 'email', 'phone', 'notes'] as const;
export type ContactField = (typeof CONTACT_FIELDS)[number];

export const CONTACT_LABELS: Record<ContactField, string> = { name: 'Name', role: 'Role', email: 'Email address', phone: 'Phone number', notes: 'Notes' };

const TITLE_MAX = 200;
const TEXT_MAX = 20_000;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** As the API checks it: digits, spaces and + ( ) - only, with at least one digit. */
const PHONE = /^(?=.*\d)[\d +()-]+$/;

export type ContactForm = ReturnType<typeof contactForm>;

export function contactForm() {
  return new FormGroup({
    name: new FormControl<string | null>(''),
    role: new FormControl<string | null>(''),
    email: new FormControl<string | null>(''),
    phone: new FormControl<string | null>(''),
    notes: new FormControl<string | null>(''),
  });
}

export interface ContactDraft {
  name: string;
  role: string;
  email: string | null;
  phone: string | null;
  notes: string;
}

export function draftFrom(form: ContactForm): ContactDraft {
  const value = form.getRawValue();
  return {
    name: (value.name ?? '').trim(),
    role: (value.role ?? '').trim(),
    email: (value.email ?? '').trim() || null,
    phone: (value.phone ?? '').trim() || null,
    notes: (value.notes ?? '').trim(),
  };
}

export function draftOf(contact: ContactResponse): ContactDraft {
  return { name: contact.name, role: contact.role, email: contact.email, phone: contact.phone, notes: contact.notes };
}

export function fillForm(form: ContactForm, draft: ContactDraft, fields: readonly ContactField[] = CONTACT_FIELDS): void {
  for (const field of fields) form.controls[field].setValue(draft[field] ?? '');
}

export function changedFields(draft: ContactDraft, saved: ContactDraft): ContactField[] {
  return CONTACT_FIELDS.filter((field) => draft[field] !== saved[field]);
}

export function changesOf(draft: ContactDraft, fields: readonly ContactField[]): UpdateContactRequest {
  const body: Record<string, unknown> = {};
  for (const field of fields) body[field] = draft[field];
  return body as UpdateContactRequest;
}

export function validateDraft(draft: ContactDraft): FieldError[] {
  const errors: FieldError[] = [];
  if (!draft.name) errors.push({ field: 'name', message: "Enter the contact's name" });
  else if (draft.name.length > TITLE_MAX) errors.push({ field: 'name', message: `Name must be ${TITLE_MAX} characters or fewer` });
  if (draft.role.length > TITLE_MAX) errors.push({ field: 'role', message: `Role must be ${TITLE_MAX} characters or fewer` });
  if (draft.email && !EMAIL.test(draft.email)) errors.push({ field: 'email', message: 'Enter an email address in the correct format, like name@example.org.uk' });
  if (draft.phone && !PHONE.test(draft.phone)) errors.push({ field: 'phone', message: 'Enter a phone number using only numbers, spaces and + ( ) -, like 020 7946 0000' });
  if (draft.notes.length > TEXT_MAX) errors.push({ field: 'notes', message: `Notes must be ${TEXT_MAX.toLocaleString('en-GB')} characters or fewer` });
  return errors;
}

/** For the conflict notice: empty values read "Not set". */
export function displayDraft(draft: ContactDraft): Record<ContactField, string> {
  return { name: draft.name, role: draft.role, email: draft.email ?? '', phone: draft.phone ?? '', notes: draft.notes };
}
