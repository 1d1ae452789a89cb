// The page as HTML, for the background to read: the <html> element's start tag (its `lang`
// says the article's language), then <head> and <body>, each in its own step so that a very
// large page is not serialised in one task. Serialising is the one part of reading the page that
// must happen on its main thread; it is fast (under a millisecond for a long article, about
// 10 ms for a 750 kB news page).

export function* serializePage(doc: Document): Generator<void, string> {
  const root = doc.documentElement;
  if (!root) return '';
  if (!doc.head || !doc.body) return root.outerHTML;
  const head = doc.head.outerHTML;
  yield;
  const body = doc.body.outerHTML;
  return `<!DOCTYPE html>${startTag(root)}${head}${body}</html>`;
}

function startTag(element: Element): string {
  let tag = `<${element.localName}`;
  for (const attribute of Array.from(element.attributes)) {
    tag += ` ${attribute.name}="${attribute.value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`;
  }
  return `${tag}>`;
}
