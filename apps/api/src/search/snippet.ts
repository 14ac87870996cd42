import type { SnippetSegment } from '@send/contracts';

/**
 * ts_headline wraps matched words in these. Control characters cannot be typed into a form and are stripped from the
 * source text before highlighting, so every one in the output is a marker.
 */
export const HIGHLIGHT_START = '\u0002';
export const HIGHLIGHT_STOP = '\u0003';

/** Texts up to this long are shown whole: fragments of a sentence that fits would only cut words off its ends. */
export const WHOLE_TEXT_MAX = 300;
export const WHOLE_TEXT_OPTIONS = `StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_STOP}, HighlightAll=true`;
/** Longer texts: up to two passages around the matches, about a line each on a results page. */
export const FRAGMENT_OPTIONS = `StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_STOP}, MaxFragments=2, MinWords=12, MaxWords=25, FragmentDelimiter=" … "`;

/**
 * A marked-up headline as plain-text segments, so the dashboard never needs innerHTML. Whitespace is collapsed and
 * highlighted words separated only by spaces ("speech therapy") become one highlighted segment.
 */
export function toSegments(headline: string): SnippetSegment[] {
  const segments: SnippetSegment[] = [];
  let highlight = false;
  let from = 0;
  for (let i = 0; i <= headline.length; i += 1) {
    const char = headline[i];
    if (char !== undefined && char !== HIGHLIGHT_START && char !== HIGHLIGHT_STOP) continue;
    const text = headline.slice(from, i).replace(/\s+/g, ' ');
    if (text) segments.push({ text, highlight });
    highlight = char === HIGHLIGHT_START;
    from = i + 1;
  }
  const merged: SnippetSegment[] = [];
  for (let i = 0; i < segments.length; i += 1) {
    const segment = segments[i];
    const previous = merged.at(-1);
    const bridgesHighlights = !segment.highlight && segment.text === ' ' && previous?.highlight && segments[i + 1]?.highlight;
    if (previous && (previous.highlight === segment.highlight || bridgesHighlights)) {
      previous.text += segment.text;
    } else {
      merged.push({ ...segment });
    }
  }
  return trimEnds(merged);
}

function trimEnds(segments: SnippetSegment[]): SnippetSegment[] {
  const first = segments[0];
  if (first) first.text = first.text.trimStart();
  const last = segments.at(-1);
  if (last) last.text = last.text.trimEnd();
  return segments.filter((s) => s.text !== '');
}
