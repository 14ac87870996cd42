import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RecordStore } from '../shared/record-store';
import { draftMeeting, settle } from '../testing/fixtures';
import { AgendaStep } from './agenda-step';

describe('AgendaStep', () => {
  beforeEach(() => {
    sessionStorage.clear();
    Element.prototype.scrollIntoView = jest.fn();
  });

  async function render() {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([{ path: '**', children: [] }])] });
    const agenda = ['Welcome', 'Early years', 'Funding'].map((title) => ({ title, notes: `${title} notes` }));
    TestBed.inject(RecordStore).adopt(draftMeeting({ agenda, summary: 'A useful meeting' }));
    const fixture = TestBed.createComponent(AgendaStep);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const titles = () => Array.from(el.querySelectorAll<HTMLInputElement>('[id$=-title]')).map((i) => i.value);
    const click = async (id: string) => {
      el.querySelector<HTMLButtonElement>(`#${id}`)?.click();
      await fixture.whenStable();
    };
    return { fixture, el, titles, click, http: TestBed.inject(HttpTestingController) };
  }

  it('moves items up and down, keeping focus on the button pressed so it can be pressed again', async () => {
    const { titles, click } = await render();
    await click('agenda-0-down');
    expect(titles()).toEqual(['Early years', 'Welcome', 'Funding']);
    expect(document.activeElement?.id).toBe('agenda-1-down');
    await click('agenda-1-down');
    expect(titles()).toEqual(['Early years', 'Funding', 'Welcome']);
    // Now last, it has no "Move down": focus goes to its "Move up".
    expect(document.activeElement?.id).toBe('agenda-2-up');
    await click('agenda-2-up');
    expect(titles()).toEqual(['Early years', 'Welcome', 'Funding']);
    expect(document.activeElement?.id).toBe('agenda-1-up');
  });

  it('saves the items in their new order, leaving out empty ones, and needs a title for an item with notes', async () => {
    const { fixture, el, titles, click, http } = await render();
    await click('agenda-2-up');
    Array.from(el.querySelectorAll('button')).find((b) => b.textContent?.includes('Add another item'))?.click();
    await fixture.whenStable();
    expect(document.activeElement?.id).toBe('agenda-3-title');
    Array.from(el.querySelectorAll('button')).find((b) => b.textContent?.includes('Add another item'))?.click();
    await fixture.whenStable();
    const notes = el.querySelector<HTMLTextAreaElement>('#agenda-4-notes');
    if (!notes) throw new Error('no notes');
    notes.value = 'Notes without a title';
    notes.dispatchEvent(new Event('input'));
    el.querySelector('form')?.dispatchEvent(new Event('submit', { cancelable: true }));
    await settle();
    await fixture.whenStable();
    expect(el.querySelector('.govuk-error-summary__list a')?.getAttribute('href')).toBe('#agenda-4-title');
    expect(el.querySelector('#agenda-4-title-error')?.textContent).toContain('Enter a title for item 5');
    const title = el.querySelector<HTMLInputElement>('#agenda-4-title');
    if (!title) throw new Error('no title');
    title.value = 'Any other business';
    title.dispatchEvent(new Event('input'));
    el.querySelector('form')?.dispatchEvent(new Event('submit', { cancelable: true }));
    await settle();
    const save = http.expectOne('/api/meetings/m1');
    expect(save.request.body).toEqual({
      agenda: [
        { title: 'Welcome', notes: 'Welcome notes' },
        { title: 'Funding', notes: 'Funding notes' },
        { title: 'Early years', notes: 'Early years notes' },
        { title: 'Any other business', notes: 'Notes without a title' },
      ],
      summary: 'A useful meeting',
    });
    expect(titles()).toHaveLength(5);
  });
});
