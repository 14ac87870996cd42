/**
 * Free text as paragraphs of lines: a blank line starts a paragraph, a single line break stays a line break.
 * Lets templates render multi-line text with <p> and <br> and never innerHTML.
 */
export function toParagraphs(text: string): string[][] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((paragraph) =>
      paragraph
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== ''),
    )
    .filter((paragraph) => paragraph.length > 0);
}

/** What a template needs to show free text the govuk way: bare lines for one paragraph, <p class="govuk-body"> for several. */
export interface TextBlock {
  /** Set when the text is one paragraph (or empty): its lines, to join with <br>. */
  readonly lines: readonly string[] | null;
  /** Set when the text has several paragraphs. */
  readonly paragraphs: readonly (readonly string[])[] | null;
}

export function toTextBlock(text: string): TextBlock {
  const paragraphs = toParagraphs(text);
  return paragraphs.length > 1 ? { lines: null, paragraphs } : { lines: paragraphs[0] ?? [], paragraphs: null };
}
