import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { SnippetSegment } from '@send/contracts';

/**
 * A search snippet from the API's segments: each is plain text, and matched words are wrapped in <mark>. Built from
 * text bindings only, so nothing in a record can ever be read as HTML.
 */
@Component({
  selector: 'app-search-snippet',
  changeDetection: ChangeDetectionStrategy.OnPush,
  // Bold on a pale yellow, so a match stands out without looking like GOV.UK's (brighter) focus colour.
  styles: `mark { background-color: #fff7bf; color: #0b0c0c; font-weight: 700; }`,
  template: `@for (segment of segments(); track $index) {@if (segment.highlight) {<mark>{{ segment.text }}</mark>} @else {<ng-container>{{ segment.text }}</ng-container>}}`,
})
export class SearchSnippet {
  readonly segments = input.required<readonly SnippetSegment[]>();
}
