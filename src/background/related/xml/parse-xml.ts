import { decodeEntities } from './entities';

// A small, tolerant XML parser for RSS: the Chrome service worker has no DOMParser.
// One pass with indexOf (linear in the input); it never throws on bad markup: unclosed tags are
// closed at their parent's end, stray end tags are ignored, and a truncated document yields what
// was read. Names keep their prefix, lower-cased (`news:source`), as feeds are not consistent.

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  /** The element's own text (CDATA included), entities decoded, children's text excluded. */
  text: string;
}

const MAX_DEPTH = 64;
const NAME = /^[^\s/>]+/;
// One attribute at a time from a tag's inside; values quoted either way, or bare.
const ATTRIBUTE = /([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;

export function parseXml(source: string): XmlElement {
  const root: XmlElement = { name: '#document', attributes: {}, children: [], text: '' };
  const stack: XmlElement[] = [root];
  let i = 0;
  const n = source.length;
  while (i < n) {
    const lt = source.indexOf('<', i);
    const textEnd = lt === -1 ? n : lt;
    if (textEnd > i) appendText(stack[stack.length - 1]!, decodeEntities(source.slice(i, textEnd)));
    if (lt === -1) break;
    if (source.startsWith('<![CDATA[', lt)) {
      const end = source.indexOf(']]>', lt + 9);
      appendText(stack[stack.length - 1]!, source.slice(lt + 9, end === -1 ? n : end));
      i = end === -1 ? n : end + 3;
    } else if (source.startsWith('<!--', lt)) {
      const end = source.indexOf('-->', lt + 4);
      i = end === -1 ? n : end + 3;
    } else if (source[lt + 1] === '?' || source[lt + 1] === '!') {
      const end = source.indexOf('>', lt + 2);
      i = end === -1 ? n : end + 1;
    } else if (source[lt + 1] === '/') {
      const end = source.indexOf('>', lt + 2);
      const name = source.slice(lt + 2, end === -1 ? n : end).trim().toLowerCase();
      closeElement(stack, name);
      i = end === -1 ? n : end + 1;
    } else {
      const end = tagEnd(source, lt + 1);
      if (end === -1) {
        // A lone '<' in text (bad feeds have them): keep it as text.
        appendText(stack[stack.length - 1]!, '<');
        i = lt + 1;
        continue;
      }
      const inside = source.slice(lt + 1, end);
      const selfClosing = inside.endsWith('/');
      const body = selfClosing ? inside.slice(0, -1) : inside;
      const name = NAME.exec(body)?.[0]?.toLowerCase();
      if (!name) {
        appendText(stack[stack.length - 1]!, '<');
        i = lt + 1;
        continue;
      }
      const element: XmlElement = { name, attributes: readAttributes(body.slice(name.length)), children: [], text: '' };
      const parent = stack[stack.length - 1]!;
      parent.children.push(element);
      if (!selfClosing && stack.length < MAX_DEPTH) stack.push(element);
      i = end + 1;
    }
  }
  return root;
}

/** The index of the '>' that ends a start tag, skipping quoted attribute values; -1 if none. */
function tagEnd(source: string, from: number): number {
  let quote = '';
  for (let j = from; j < source.length; j++) {
    const c = source[j];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") {
      quote = c;
    } else if (c === '>') {
      return j;
    } else if (c === '<') {
      return -1;
    }
  }
  return -1;
}

function readAttributes(text: string): Record<string, string> {
  // No prototype: an attribute named "constructor" or "__proto__" is only an attribute.
  const attributes = Object.create(null) as Record<string, string>;
  ATTRIBUTE.lastIndex = 0;
  for (let match = ATTRIBUTE.exec(text); match; match = ATTRIBUTE.exec(text)) {
    attributes[match[1]!.toLowerCase()] = decodeEntities(match[2] ?? match[3] ?? match[4] ?? '');
  }
  return attributes;
}

function appendText(element: XmlElement, text: string): void {
  element.text += text;
}

/** Closes the nearest open element of that name, and any left open inside it; ignores a stray end tag. */
function closeElement(stack: XmlElement[], name: string): void {
  for (let depth = stack.length - 1; depth > 0; depth--) {
    if (stack[depth]!.name === name) {
      stack.length = depth;
      return;
    }
  }
}

/** Every descendant element with that (lower-case, prefixed) name, in document order. */
export function findAll(element: XmlElement, name: string, found: XmlElement[] = []): XmlElement[] {
  for (const child of element.children) {
    if (child.name === name) found.push(child);
    else findAll(child, name, found);
  }
  return found;
}

/** The first direct child with one of the names. */
export function child(element: XmlElement, ...names: string[]): XmlElement | undefined {
  return element.children.find((c) => names.includes(c.name));
}

/** A direct child's text, trimmed, or null when absent or empty. */
export function childText(element: XmlElement, ...names: string[]): string | null {
  const text = child(element, ...names)?.text.trim();
  return text ? text : null;
}
