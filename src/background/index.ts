// The background script routes messages: a table of handlers, one per message type it owns.
//
//   popup ──popup:get-sheet──▶ background ──bg:get-sheet──▶ content script
//   popup ──popup:reveal─────▶ background ──bg:reveal─────▶ content script
//   popup ══related port═════▶ background (related/index.ts: a state each time a news service answers;
//                              the services are asked as soon as the popup has its sheet)
//   content script ──cs:read-page─▶ background (reads the serialised page and runs the extractors, off the page's main thread;
//                   a very large page sends its first parts ahead in cs:page-part)
//   content script ──cs:state──▶ background (toolbar badge)
//   hover card ──cs:open-panel──▶ background ──(popup opens)──popup:pending-focus──▶ the item in view
//   keyboard shortcut ─────────▶ background ──bg:command──▶ content script

import browser, { type Runtime } from 'webextension-polyfill';
import { isMessage, type Message, type MessageType, type Response } from '../shared/messages';
import { sendToTab } from '../shared/send';
import { updateBadge } from './badge';
import { forwardCommand } from './commands';
// Related coverage also listens on its own port, and fetches ahead for readers who opted in.
import { getRelated } from './related/index';
import { openPanelAt, takePendingFocus } from './open-panel';
import { keepPagePart, readPageRequest } from './page-requests';
import { getSheet } from './sheet';

type Handler<K extends MessageType> = (request: Message<K>, sender: Runtime.MessageSender) => Promise<Response<K>>;

const handlers: { [K in MessageType]?: Handler<K> } = {
  'popup:get-sheet': async (request) => {
    const state = await getSheet(request);
    // The panel asks for related coverage as soon as it has drawn this sheet: ask the services now,
    // and its request joins these (the same article's requests are shared, then cached).
    if (state.status === 'ready') void getRelated({ sheet: state.sheet });
    return state;
  },
  'popup:reveal': ({ tabId, kind, id }) => sendToTab(tabId, 'bg:reveal', { kind, id }).catch(() => ({ ok: false })),
  'popup:pending-focus': async ({ tabId }) => takePendingFocus(tabId),
  'cs:page-part': async (request, sender) => keepPagePart(request, sender),
  'cs:read-page': async (request, sender) => readPageRequest(request, sender),
  'cs:open-panel': ({ kind, id }, sender) => openPanelAt(sender.tab?.id, { kind, id }),
  'cs:state': (request, sender) => updateBadge(request, sender.tab?.id),
};

browser.runtime.onMessage.addListener((raw: unknown, sender: Runtime.MessageSender) => {
  // Only our own pages and content scripts can reach this listener; check anyway.
  if (sender.id !== browser.runtime.id || !isMessage(raw)) return undefined;
  const handler = handlers[raw.type] as Handler<MessageType> | undefined;
  return handler ? handler(raw, sender) : undefined;
});

browser.commands.onCommand.addListener((command: string) => {
  void forwardCommand(command);
});
