import { TestBed } from '@angular/core/testing';
import { BarChart, type ChartRow, type ChartSeries } from './bar-chart';

describe('BarChart', () => {
  function render(rows: ChartRow[], series: ChartSeries[], stacked = false): HTMLElement {
    const fixture = TestBed.createComponent(BarChart);
    fixture.componentRef.setInput('rows', rows);
    fixture.componentRef.setInput('series', series);
    fixture.componentRef.setInput('stacked', stacked);
    fixture.detectChanges();
    return fixture.nativeElement as HTMLElement;
  }
  /** The words as read, with a space wherever one element ends and the next begins. */
  const text = (el: Element | null | undefined) => {
    const holder = document.createElement('div');
    holder.innerHTML = (el?.innerHTML ?? '').replace(/<[^>]+>/g, ' ');
    return holder.textContent?.replace(/\s+/g, ' ').trim();
  };

  it('draws bars in proportion, each with its number in words beside it', () => {
    const el = render([{ label: 'March 2026', values: [4] }, { label: 'April 2026', values: [2] }], [{ name: 'Meetings', colour: 'blue' }]);
    const bars = [...el.querySelectorAll<HTMLElement>('.app-chart__bar')];
    expect(bars.map((b) => b.style.width)).toEqual(['85%', '42.5%']);
    expect([...el.querySelectorAll('.app-chart__row')].map((r) => text(r))).toEqual(['March 2026 4', 'April 2026 2']);
    expect(el.querySelector('.app-chart__key')).toBeNull();
  });

  it('names the series on each bar and in a key when there are several', () => {
    const el = render([{ label: 'March 2026', values: [3, 1] }], [{ name: 'Opened', colour: 'blue' }, { name: 'Closed', colour: 'green' }]);
    expect(text(el.querySelector('.app-chart__row'))).toBe('March 2026 Opened: 3 Closed: 1');
    expect(text(el.querySelector('.app-chart__key'))).toBe('Opened Closed');
  });

  it('stacks segments in key order with their numbers, and the total', () => {
    const el = render([{ label: 'Proposal', values: [2, 0, 1] }], [{ name: 'Support', colour: 'green' }, { name: 'Neutral', colour: 'grey' }, { name: 'Oppose', colour: 'red' }], true);
    const segments = [...el.querySelectorAll<HTMLElement>('.app-chart__segment')];
    expect(segments.map((s) => [[...s.classList].sort().join(' '), s.textContent, s.style.flexGrow])).toEqual([
      ['app-chart__c-green app-chart__segment', '2', '2'],
      ['app-chart__c-red app-chart__segment', '1', '1'],
    ]);
    expect(text(el.querySelector('.app-chart__row'))).toBe('Proposal 2 1 3');
  });
});
