import type { ContactResponse } from '@send/contracts';
import { expectGet, open, organisation, settle, signedInAs, text } from '../testing.spec-helpers';
import { ContactFormPage } from './contact-form-page';

const contact: ContactResponse = {
  id: 'c1',
  organisationId: 'o1',
  organisationName: 'Northshire Parent Carer Forum',
  name: 'Asha Patel',
  role: 'Chair',
  email: 'asha@example.org',
  phone: null,
  notes: '',
  anonymisedAt: null,
  version: 2,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  createdBy: 'u1',
  updatedBy: 'u1',
};

function type(el: HTMLElement, id: string, value: string): void {
  const input = el.querySelector<HTMLInputElement>(`#${id}`);
  if (!input) throw new Error(`no #${id}`);
  input.value = value;
  input.dispatchEvent(new Event('input'));
}

describe('ContactFormPage', () => {
  it('checks the answers, then adds the contact to the organisation', async () => {
    const { http, harness } = await signedInAs('recorder');
    await open(harness, '/organisations/o1/contacts/new', ContactFormPage);
    expectGet(http, '/api/organisations/o1').flush(organisation());
    await settle(harness);
    const el = harness.routeNativeElement as HTMLElement;
    expect(text(el.querySelector('.govuk-caption-l'))).toBe('Northshire Parent Carer Forum');
    type(el, 'email', 'not an email');
    type(el, 'phone', 'call me');
    el.querySelector('form')?.dispatchEvent(new Event('submit'));
    await settle(harness);
    expect([...el.querySelectorAll('.govuk-error-summary__list a')].map((a) => a.getAttribute('href'))).toEqual(['#name', '#email', '#phone']);

    type(el, 'name', 'Asha Patel');
    type(el, 'email', 'asha@example.org');
    type(el, 'phone', '+44 (0)191 000 0000');
    el.querySelector('form')?.dispatchEvent(new Event('submit'));
    await settle(harness);
    const create = http.expectOne({ method: 'POST', url: '/api/contacts' });
    expect(create.request.body).toEqual({ organisationId: 'o1', name: 'Asha Patel', role: '', email: 'asha@example.org', phone: '+44 (0)191 000 0000', notes: '' });
  });

  it('keeps the edits and shows the conflict when the contact changed meanwhile', async () => {
    const { http, harness } = await signedInAs('admin');
    await open(harness, '/organisations/o1/contacts/c1/edit', ContactFormPage);
    expectGet(http, '/api/organisations/o1').flush(organisation());
    expectGet(http, '/api/contacts/c1').flush(contact);
    await settle(harness);
    const el = harness.routeNativeElement as HTMLElement;
    type(el, 'role', 'Co-chair');
    el.querySelector('form')?.dispatchEvent(new Event('submit'));
    await settle(harness);
    const patch = http.expectOne({ method: 'PATCH', url: '/api/contacts/c1' });
    expect(patch.request.body).toEqual({ role: 'Co-chair' });
    patch.flush({ type: 'x', title: 'Stale', status: 412, detail: 'Changed' }, { status: 412, statusText: 'Precondition Failed' });
    await settle(harness);
    expectGet(http, '/api/contacts/c1').flush({ ...contact, version: 3, role: 'Vice chair' });
    await settle(harness);
    expect([...el.querySelectorAll('[data-testid=conflict-notice] tbody tr')].map(text)).toEqual(['Role Co-chair Vice chair']);
    expect((el.querySelector('#role') as HTMLInputElement).value).toBe('Co-chair');
  });

  it('does not offer to edit an anonymised contact', async () => {
    const { http, harness } = await signedInAs('admin');
    await open(harness, '/organisations/o1/contacts/c1/edit', ContactFormPage);
    expectGet(http, '/api/organisations/o1').flush(organisation());
    expectGet(http, '/api/contacts/c1').flush({ ...contact, name: 'Anonymised contact', anonymisedAt: '2026-02-01T00:00:00Z' });
    await settle(harness);
    const el = harness.routeNativeElement as HTMLElement;
    expect(el.querySelector('form')).toBeNull();
    expect(text(el)).toContain('This contact has been anonymised.');
  });
});
