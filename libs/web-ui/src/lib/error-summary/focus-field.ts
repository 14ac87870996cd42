/**
 * What govuk-frontend's ErrorSummary does when an error link is followed: scroll the field's legend or label
 * into view (so the question is visible, not just the box) and focus the field without scrolling again.
 */
export function focusFieldFromLink(document: Document, id: string): boolean {
  const field = document.getElementById(id);
  if (!field) return false;
  const legendOrLabel = legendOrLabelFor(field, document);
  legendOrLabel?.scrollIntoView();
  field.focus({ preventScroll: legendOrLabel !== null });
  return true;
}

function legendOrLabelFor(field: HTMLElement, document: Document): HTMLElement | null {
  const legend = field.closest('fieldset')?.querySelector('legend');
  if (legend) {
    // Radios and checkboxes are answers to the legend's question: always show it.
    const type = field.getAttribute('type');
    if (field.localName === 'input' && (type === 'checkbox' || type === 'radio')) return legend;
    // Otherwise only if the legend and the field fit in half the window together.
    const legendTop = legend.getBoundingClientRect().top;
    const fieldBox = field.getBoundingClientRect();
    const windowHeight = document.defaultView?.innerHeight ?? 0;
    if (fieldBox.height && windowHeight && fieldBox.top + fieldBox.height - legendTop < windowHeight / 2) return legend;
  }
  const label = Array.from(document.getElementsByTagName('label')).find((candidate) => candidate.htmlFor === field.id);
  return label ?? field.closest('label');
}
