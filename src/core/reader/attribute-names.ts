// HTML attribute names are case-insensitive, and a browser's parser writes them in lower case:
// React's server rendering prints `<time dateTime="…">` and `<span itemProp="datePublished">`,
// which a browser stores as `datetime` and `itemprop`. linkedom (the DOM of the service worker's
// reader and of `npm run analyze`) keeps the names as written, and then neither
// `getAttribute('datetime')` nor `time[datetime]` finds them: a React page's date, its
// microdata and its image sets go unread. The names are lowered once, before the page is read,
// as a browser would have parsed them. In a browser there is nothing to do, and nothing is walked.

/** Elements looked at: the pass is linear and bounded, whatever the page's size. */
const MAX_ELEMENTS = 100_000;
const UPPER = /[A-Z]/;
/** SVG and MathML keep their own case-sensitive names (`viewBox`); they are left as they are. */
const HTML_NAMESPACE = 'http://www.w3.org/1999/xhtml';

/** Lowers the attribute names of the document's HTML elements where the DOM kept their case. */
export function lowerAttributeNames(doc: Document): void {
  if (!doc.documentElement || !keepsAttributeCase(doc)) return;
  const elements = doc.querySelectorAll('*');
  for (let index = 0; index < Math.min(elements.length, MAX_ELEMENTS); index++) {
    const element = elements[index]!;
    if (element.namespaceURI && element.namespaceURI !== HTML_NAMESPACE) continue;
    // getAttributeNames, not `attributes`: linkedom builds the latter anew on every call.
    const names = element.getAttributeNames();
    if (names.some((name) => UPPER.test(name))) lowerNames(element, names);
  }
}

function lowerNames(element: Element, names: string[]): void {
  // As a browser's parser does, the first of two spellings of one name wins.
  const first = new Map<string, [string, string]>();
  for (const name of names) {
    const lower = name.toLowerCase();
    if (!first.has(lower)) first.set(lower, [name, element.getAttribute(name) ?? '']);
  }
  for (const [lower, [name, value]] of first) {
    if (name === lower) continue;
    element.removeAttribute(name);
    element.setAttribute(lower, value);
  }
}

/** Whether this DOM stores an attribute name as written (linkedom) rather than lowered (a browser). */
function keepsAttributeCase(doc: Document): boolean {
  try {
    const probe = doc.createElement('div');
    probe.setAttribute('dateTime', '');
    return probe.attributes[0]?.name === 'dateTime';
  } catch {
    return false;
  }
}
