import type { Runtime } from 'webextension-polyfill';
import type { Request, Response } from '../shared/messages';
import { PageParts } from './page-parts';
import { MAX_PAGE_HTML, readPageHtml } from './read-html';

// The content scripts' requests to read their page: the page's HTML in one message, or, for a
// very large page, its first parts ahead (kept per tab, frame and page) and the last with the
// request.

const pageParts = new PageParts(MAX_PAGE_HTML);

function partsKey(sender: Runtime.MessageSender, partsId: string): string {
  return `${sender.tab?.id}:${sender.frameId}:${partsId}`;
}

export function keepPagePart({ partsId, text }: Request<'cs:page-part'>, sender: Runtime.MessageSender): Response<'cs:page-part'> {
  return { ok: pageParts.add(partsKey(sender, String(partsId)), String(text)) };
}

export function readPageRequest({ html, url, force, partsId }: Request<'cs:read-page'>, sender: Runtime.MessageSender): Response<'cs:read-page'> {
  if (partsId === undefined) return readPageHtml(html, url, force);
  const first = pageParts.take(partsKey(sender, String(partsId)));
  return readPageHtml(first === null ? null : first + html, url, force);
}
