import browser, { type Runtime } from 'webextension-polyfill';
import { isMessage, type Message, type MessageType, type Response } from '../shared/messages';

// Answers the background's requests. Only messages from our own extension reach
// runtime.onMessage (a page cannot send or read them), and they are checked again here.

export type ContentHandlers = { [K in MessageType]?: (request: Message<K>) => Promise<Response<K>> | Response<K> };

export function listenForMessages(handlers: ContentHandlers, signal: AbortSignal): void {
  const listener = (raw: unknown, sender: Runtime.MessageSender): Promise<unknown> | undefined => {
    if (sender.id !== browser.runtime.id || !isMessage(raw)) return undefined;
    const handler = handlers[raw.type] as ((request: Message) => unknown) | undefined;
    return handler ? Promise.resolve(handler(raw)) : undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => {
    try {
      browser.runtime.onMessage.removeListener(listener);
    } catch {
      // The extension context is gone already.
    }
  }, { once: true });
}
