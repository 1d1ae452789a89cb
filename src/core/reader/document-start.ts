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

const HTML_TAG = /<html[\s>]/i;
const COMMENT = /<!--[\s\S]*?-->/g;

/**
 * The HTML from its doctype or `<html>` tag on, when junk stands before it; else the HTML as is.
 * Two more shapes lose the body the same way, and are mended:
 * - junk between the doctype and `<html>` (`<!DOCTYPE HTML><script>…</script><html>`): the page
 *   is read from its `<html>` tag;
 * - a doctype and no `<html>` tag outside comments (old sites keep it in IE's conditional
 *   comments, `<!--[if gt IE 9]> <html class="no-js"> <![endif]-->`, or leave it out): linkedom
 *   then makes the `<head>` the root and leaves the body beside it, so `<html>` is put after
 *   the doctype, as a browser implies it.
 */
export function fromDocumentStart(html: string): string {
  const head = html.slice(0, SEARCH_LIMIT);
  // Comments blanked, offsets kept: a tag inside a comment is no tag.
  const visible = head.replace(COMMENT, (comment) => ' '.repeat(comment.length));
  const match = DOCUMENT_START.exec(visible);
  if (!match) return html;
  const from = match.index === 0 || HARMLESS_PREFIX.test(head.slice(0, match.index)) ? 0 : match.index;
  const htmlTag = HTML_TAG.exec(visible);
  if (htmlTag && htmlTag.index === match.index) return html.slice(from);
  const doctypeEnd = visible.indexOf('>', match.index) + 1;
  if (!htmlTag) return doctypeEnd > 0 ? `${html.slice(from, doctypeEnd)}<html>${html.slice(doctypeEnd)}` : html.slice(from);
  return visible.slice(doctypeEnd, htmlTag.index).trim() ? html.slice(htmlTag.index) : html.slice(from);
}
