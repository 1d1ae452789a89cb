// Where a page's HTML document starts. A server that prints PHP warnings or a stray tag before
// `<!DOCTYPE html>` / `<html>` sends junk first; a browser puts it into the body and reads the
// page, but linkedom makes the first stray element the document's root and drops everything
// after it: no title, no body, no date. So the text before the doctype or the `<html>` tag is cut
// off before parsing. The live page never has this problem (its serialised DOM starts at `<html>`);
// pages read from files and from the network do.

/** How far into the text the start of the document is looked for. */
const SEARCH_LIMIT = 64 * 1024;
const DOCUMENT_START = /<!doctype\s+html|<html[\s>]/i;
/** What may stand before the document without harm: white space, comments, an XML declaration. */
const HARMLESS_PREFIX = /^(?:\s|<!--[\s\S]*?-->|<\?xml[^>]*\?>|\uFEFF)*$/;

/** The HTML from its doctype or `<html>` tag on, when junk stands before it; else the HTML as is. */
export function fromDocumentStart(html: string): string {
  const head = html.slice(0, SEARCH_LIMIT);
  const match = DOCUMENT_START.exec(head);
  if (!match || match.index === 0 || HARMLESS_PREFIX.test(head.slice(0, match.index))) return html;
  return html.slice(match.index);
}
