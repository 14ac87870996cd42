/**
 * Compares rendered Angular markup with govuk-frontend's reference HTML, ignoring only what cannot matter to a
 * browser or to govuk-frontend's CSS: comments, Angular's bookkeeping attributes, component host elements,
 * attribute and class order, and whitespace that CSS would collapse anyway.
 */

export interface GovukFixture {
  readonly name: string;
  readonly options: Record<string, unknown>;
  readonly html: string;
}

/** An attribute left out on both sides, on elements matching `selector`; each use says why in the spec. */
export interface IgnoredAttribute {
  readonly selector: string;
  readonly attribute: string;
}

export interface MarkupOptions {
  readonly ignore?: readonly IgnoredAttribute[];
}

interface NormalElement {
  readonly tag: string;
  readonly attributes: readonly (readonly [string, string])[];
  readonly children: readonly NormalNode[];
}

type NormalNode = NormalElement | string;

// Whitespace at the edge of these moves outside them (as CSS renders it); everything else is a line boundary.
const INLINE = new Set(['a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'dfn', 'em', 'i', 'kbd', 'label', 'mark', 'q', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var']);
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const ANGULAR_ATTRIBUTE = /^(_ngcontent-|_nghost-|ng-reflect-|ng-version$)/;
// Form-state classes that Angular's NgControlStatus adds to [formControl] elements.
const ANGULAR_CLASS = /^ng-(untouched|touched|pristine|dirty|valid|invalid|pending|submitted)$/;

/**
 * Fails with a line-by-line diff unless what `host` renders matches the fixture (or a reference element).
 * `host` is the component's host element (TestBed's root div included), so only its content is compared.
 */
export function expectMarkupToMatchFixture(expected: GovukFixture | string | Element, host: Element, options: MarkupOptions = {}): void {
  const expectedNodes = expected instanceof Element ? [expected] : parseHtml(typeof expected === 'string' ? expected : expected.html);
  expect(normaliseMarkup(Array.from(host.childNodes), options)).toBe(normaliseMarkup(expectedNodes, options));
}

/** Parses reference HTML without innerHTML, into nodes of an inert document. */
export function parseHtml(html: string): Node[] {
  return Array.from(new DOMParser().parseFromString(html, 'text/html').body.childNodes);
}

/** A canonical, indented rendering of `nodes`, with text quoted so that significant spaces show in a diff. */
export function normaliseMarkup(nodes: readonly Node[], options: MarkupOptions = {}): string {
  return print(tidy(nodes.flatMap((node) => read(node, options)), false), 0).join('\n');
}

function read(node: Node, options: MarkupOptions): NormalNode[] {
  if (node.nodeType === Node.TEXT_NODE) return [(node.textContent ?? '').replace(/[ \t\n\f\r]+/g, ' ')];
  if (node.nodeType !== Node.ELEMENT_NODE) return [];
  const element = node as Element;
  const children = Array.from(element.childNodes).flatMap((child) => read(child, options));
  // A custom element is an Angular host (the component's or a test host's): keep only what it renders.
  if (element.localName.includes('-')) return children;
  if (element.localName === 'textarea') return [{ tag: 'textarea', attributes: attributesOf(element, options), children: [] }];
  return [{ tag: element.localName, attributes: attributesOf(element, options), children }];
}

function attributesOf(element: Element, options: MarkupOptions): (readonly [string, string])[] {
  const ignored = new Set((options.ignore ?? []).filter((rule) => element.matches(rule.selector)).map((rule) => rule.attribute));
  const attributes = new Map<string, string>();
  for (const { name, value } of Array.from(element.attributes)) {
    if (ANGULAR_ATTRIBUTE.test(name) || ignored.has(name)) continue;
    attributes.set(name, value);
  }
  const classes = (attributes.get('class') ?? '').split(/\s+/).filter((token) => token !== '' && !ANGULAR_CLASS.test(token));
  attributes.delete('class');
  if (classes.length) attributes.set('class', [...new Set(classes)].sort().join(' '));
  applyLiveState(element, attributes, ignored);
  return [...attributes.entries()].sort(([a], [b]) => (a < b ? -1 : 1));
}

/**
 * Angular forms set DOM properties (value, checked, selected), not attributes; the fixtures set attributes.
 * Both describe the same state, so each side is read through the live property.
 */
function applyLiveState(element: Element, attributes: Map<string, string>, ignored: ReadonlySet<string>): void {
  const set = (name: string, value: string | null) => {
    attributes.delete(name);
    if (value !== null && !ignored.has(name)) attributes.set(name, value);
  };
  if (element.localName === 'input') {
    const input = element as HTMLInputElement;
    if (input.type === 'checkbox' || input.type === 'radio') set('checked', input.checked ? '' : null);
    else set('value', input.value === '' ? null : input.value);
  } else if (element.localName === 'textarea') {
    const value = (element as HTMLTextAreaElement).value;
    set('value', value === '' ? null : value);
  } else if (element.localName === 'option') {
    set('selected', (element as HTMLOptionElement).selected ? '' : null);
  }
}

function tidy(nodes: readonly NormalNode[], parentInline: boolean): NormalNode[] {
  const hoisted: NormalNode[] = [];
  for (const node of nodes) {
    if (typeof node === 'string') {
      hoisted.push(node);
      continue;
    }
    const inline = INLINE.has(node.tag);
    const children = tidy(node.children, inline);
    if (!inline) {
      hoisted.push({ ...node, children });
      continue;
    }
    // <a>Edit<span> name</span></a> renders as <a>Edit <span>name</span></a>.
    const first = children[0];
    const last = children[children.length - 1];
    const leading = typeof first === 'string' && first.startsWith(' ');
    const trailing = typeof last === 'string' && last.endsWith(' ');
    const inner = children
      .map((child, index) => {
        if (typeof child !== 'string') return child;
        let text = child;
        if (index === 0 && leading) text = text.slice(1);
        if (index === children.length - 1 && trailing) text = text.replace(/ $/, '');
        return text;
      })
      .filter((child) => child !== '');
    if (leading) hoisted.push(' ');
    hoisted.push({ ...node, children: inner });
    if (trailing) hoisted.push(' ');
  }

  const merged: NormalNode[] = [];
  for (const node of hoisted) {
    const previous = merged[merged.length - 1];
    if (typeof node === 'string' && typeof previous === 'string') merged[merged.length - 1] = (previous + node).replace(/ {2,}/g, ' ');
    else merged.push(node);
  }

  const isBoundary = (node: NormalNode | undefined, atEdge: boolean) =>
    node === undefined ? atEdge : typeof node !== 'string' && !INLINE.has(node.tag);
  return merged
    .map((node, index) => {
      if (typeof node !== 'string') return node;
      let text = node;
      if (isBoundary(merged[index - 1], !parentInline)) text = text.trimStart();
      if (isBoundary(merged[index + 1], !parentInline)) text = text.trimEnd();
      // Angular drops whitespace-only text between elements; so does this comparison.
      return text.trim() === '' ? '' : text;
    })
    .filter((node) => node !== '');
}

function print(nodes: readonly NormalNode[], depth: number): string[] {
  const indent = '  '.repeat(depth);
  return nodes.flatMap((node) => {
    if (typeof node === 'string') return [`${indent}${JSON.stringify(node)}`];
    const attributes = node.attributes.map(([name, value]) => ` ${name}=${JSON.stringify(value)}`).join('');
    const open = `${indent}<${node.tag}${attributes}>`;
    if (VOID.has(node.tag)) return [open];
    if (!node.children.length) return [`${open}</${node.tag}>`];
    return [open, ...print(node.children, depth + 1), `${indent}</${node.tag}>`];
  });
}
