// The page as HTML, for the background to read, built in steps so that no single step holds the
// page's main thread for long. Serialising is the one part of reading the page that must happen
// on its main thread; the browser's own `outerHTML` does it fast (under a millisecond for a long
// article), but on a 5 MB page one call takes about 100 ms. So an element with many descendants
// is not serialised in one call: its start tag, then each child in turn (descending again where a
// child is large), then its end tag. The result is the HTML `outerHTML` would give.

/** An element with more descendant elements than this is serialised child by child. */
const LEAF_ELEMENTS = 1_500;

const HTML_NAMESPACE = 'http://www.w3.org/1999/xhtml';
/** Elements whose text is serialised as it is (HTML's serialisation algorithm). */
const RAW_TEXT = new Set(['style', 'script', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext', 'noscript']);
const ELEMENT = 1;
const TEXT = 3;
const COMMENT = 8;

/** Work between two yields, in elements serialised (an element's descendants count). */
const ELEMENTS_PER_STEP = 200;

/** Yields between pieces; returns the page's HTML. */
export function* serializePage(doc: Document): Generator<void, string> {
  const root = doc.documentElement;
  if (!root) return '';
  const pieces: string[] = ['<!DOCTYPE html>'];
  yield* serializeElement(root, pieces, { sinceYield: 0 });
  return pieces.join('');
}

function* serializeElement(element: Element, pieces: string[], work: { sinceYield: number }): Generator<void> {
  // Most elements hold no other: no need to count. The count is the browser's own walk (no
  // strings built), far cheaper than serialising.
  const size = element.firstElementChild ? element.getElementsByTagName('*').length : 0;
  if (size <= LEAF_ELEMENTS || !isDivisible(element)) {
    pieces.push(element.outerHTML);
    work.sinceYield += size + 1;
    if (work.sinceYield >= ELEMENTS_PER_STEP) {
      work.sinceYield = 0;
      yield;
    }
    return;
  }
  pieces.push(startTag(element));
  const raw = RAW_TEXT.has(element.localName);
  for (let child = element.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === TEXT) pieces.push(raw ? (child as Text).data : escapeText((child as Text).data));
    else if (child.nodeType === COMMENT) pieces.push(`<!--${(child as Comment).data}-->`);
    else if (child.nodeType === ELEMENT) yield* serializeElement(child as Element, pieces, work);
  }
  pieces.push(`</${element.localName}>`);
}

/** Only plain HTML elements are taken apart (foreign content and templates serialise their own way). */
function isDivisible(element: Element): boolean {
  return element.namespaceURI === HTML_NAMESPACE && element.localName !== 'template';
}

function startTag(element: Element): string {
  let tag = `<${element.localName}`;
  for (const attribute of Array.from(element.attributes)) {
    tag += ` ${attribute.name}="${attribute.value.replace(/&/g, '&amp;').replace(/\u00a0/g, '&nbsp;').replace(/"/g, '&quot;')}"`;
  }
  return `${tag}>`;
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/\u00a0/g, '&nbsp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
