import { TestBed } from '@angular/core/testing';
import { Title } from '@angular/platform-browser';
import { Router } from '@angular/router';
import type { RouterTestingHarness } from '@angular/router/testing';
import { expectGet, open, organisation, pageOf, settle, signedInAs, text } from '../testing.spec-helpers';
import { OrganisationFormPage } from './organisation-form-page';

const users = pageOf([
  { id: 'u1', email: 'a@education.gov.uk', name: 'Alex Official', role: 'recorder', active: true, mustChangePassword: false, version: 1, createdAt: '', updatedAt: '' },
]);

function type(el: HTMLElement, id: string, value: string): void {
  const input = el.querySelector<HTMLInputElement | HTMLTextAreaElement>(`#${id}`);
  if (!input) throw new Error(`no #${id}`);
  input.value = value;
  input.dispatchEvent(new Event('input'));
}

async function submit(harness: RouterTestingHarness): Promise<void> {
  (harness.routeNativeElement as HTMLElement).querySelector('form')?.dispatchEvent(new Event('submit'));
  await settle(harness);
}

describe('OrganisationFormPage', () => {
  it('names each missing answer, in the summary and on the field, without calling the server', async () => {
    const { http, harness } = await signedInAs('recorder');
    TestBed.inject(Title).setTitle('Add an organisation – SEND engagement tracker');
    await open(harness, '/organisations/new', OrganisationFormPage);
    expectGet(http, '/api/users').flush(users);
    await settle(harness);
    const el = harness.routeNativeElement as HTMLElement;
    type(el, 'website', 'northshire.example.org');
    await submit(harness);
    expect([...el.querySelectorAll('.govuk-error-summary__list a')].map((a) => [a.getAttribute('href'), text(a)])).toEqual([
      ['#name', "Enter the organisation's name"],
      ['#type', 'Select the type of organisation'],
      ['#website', 'Enter a web address in the correct format, starting https://, like https://www.example.org.uk'],
    ]);
    expect(text(el.querySelector('#type-error'))).toBe("Error: Select the type of organisation");
    expect(TestBed.inject(Title).getTitle()).toBe('Error: Add an organisation – SEND engagement tracker');
    http.expectNone('/api/organisations');
  });

  it('adds an organisation, turning tags into a list, and shows a duplicate name on the name field', async () => {
    const { http, harness } = await signedInAs('recorder');
    await open(harness, '/organisations/new', OrganisationFormPage);
    expectGet(http, '/api/users').flush(users);
    await settle(harness);
    const el = harness.routeNativeElement as HTMLElement;
    type(el, 'name', ' Northshire Parent Carer Forum ');
    el.querySelector<HTMLInputElement>('#type')?.click();
    el.querySelector<HTMLInputElement>('#regions-7')?.click();
    type(el, 'tags', 'early years, post-16,, Early years');
    await submit(harness);
    const create = http.expectOne({ method: 'POST', url: '/api/organisations' });
    expect(create.request.body).toEqual({
      name: 'Northshire Parent Carer Forum',
      type: 'parent_carer_forum',
      regions: ['london'],
      website: null,
      description: '',
      tags: ['early years', 'post-16'],
      relationshipOwnerId: null,
    });
    create.flush({ type: 'x', title: 'Conflict', status: 409, detail: 'Conflict', errors: [{ field: 'name', message: 'An organisation with this name already exists.' }] }, { status: 409, statusText: 'Conflict' });
    await settle(harness);
    expect(text(el.querySelector('#name-error'))).toBe('Error: An organisation with this name already exists.');
    expect(el.querySelector('.govuk-error-summary__list a')?.getAttribute('href')).toBe('#name');

    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate');
    type(el, 'name', 'Northshire Parent Carer Forum (North)');
    await submit(harness);
    http.expectOne({ method: 'POST', url: '/api/organisations' }).flush(organisation({ id: 'o9' }));
    await settle(harness);
    expect(navigate).toHaveBeenCalledWith(['/organisations', 'o9'], { state: { flash: 'Northshire Parent Carer Forum has been added' } });
  });

  it('sends only what changed, and on a stale save shows what differs, keeps the edits and saves again', async () => {
    const { http, harness } = await signedInAs('admin');
    await open(harness, '/organisations/o1/edit', OrganisationFormPage);
    expectGet(http, '/api/organisations/o1').flush(organisation());
    expectGet(http, '/api/users').flush(users);
    await settle(harness);
    const el = harness.routeNativeElement as HTMLElement;
    expect((el.querySelector('#tags') as HTMLInputElement).value).toBe('early years, post-16');
    type(el, 'description', 'My description');
    await submit(harness);
    const stale = http.expectOne({ method: 'PATCH', url: '/api/organisations/o1' });
    expect(stale.request.body).toEqual({ description: 'My description' });
    expect(stale.request.headers.get('If-Match')).toBe('"3"');
    stale.flush({ type: 'x', title: 'Stale', status: 412, detail: 'Changed' }, { status: 412, statusText: 'Precondition Failed' });
    await settle(harness);
    expectGet(http, '/api/organisations/o1').flush(organisation({ version: 4, description: 'Their description', name: 'Northshire PCF', updatedBy: 'u1' }));
    await settle(harness);
    expectGet(http, '/api/users/u1').flush(users.items[0]);
    await settle(harness);
    const notice = el.querySelector('[data-testid=conflict-notice]');
    expect(text(notice)).toContain('Alex Official changed this record while you were editing it.');
    expect([...(notice?.querySelectorAll('tbody tr') ?? [])].map(text)).toEqual(['Description My description Their description']);
    expect(text(el.querySelector('[data-testid=refreshed]'))).toContain('Name');
    expect((el.querySelector('#description') as HTMLTextAreaElement).value).toBe('My description');
    expect((el.querySelector('#name') as HTMLInputElement).value).toBe('Northshire PCF');

    await submit(harness);
    const again = http.expectOne({ method: 'PATCH', url: '/api/organisations/o1' });
    expect(again.request.body).toEqual({ description: 'My description' });
    expect(again.request.headers.get('If-Match')).toBe('"4"');
  });
});
