import { TestBed } from '@angular/core/testing';
import { SearchSnippet } from './search-snippet';

describe('SearchSnippet', () => {
  async function render(segments: { text: string; highlight: boolean }[]) {
    const fixture = TestBed.createComponent(SearchSnippet);
    fixture.componentRef.setInput('segments', segments);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  it('wraps highlighted segments in <mark> and keeps the spaces between them', async () => {
    const el = await render([
      { text: 'Parents raised ', highlight: false },
      { text: 'speech therapy', highlight: true },
      { text: ' waiting times and ', highlight: false },
      { text: 'tribunals', highlight: true },
    ]);
    expect(el.textContent).toBe('Parents raised speech therapy waiting times and tribunals');
    expect([...el.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['speech therapy', 'tribunals']);
  });

  it('shows markup in a record as text, never as HTML', async () => {
    const el = await render([
      { text: '<img src=x onerror=alert(1)> said ', highlight: false },
      { text: '<b>funding</b>', highlight: true },
    ]);
    expect(el.querySelector('img')).toBeNull();
    expect(el.querySelector('b')).toBeNull();
    expect(el.querySelector('mark')?.textContent).toBe('<b>funding</b>');
    expect(el.textContent).toBe('<img src=x onerror=alert(1)> said <b>funding</b>');
  });

  it('renders nothing for an empty snippet', async () => {
    const el = await render([]);
    expect(el.textContent).toBe('');
  });
});
