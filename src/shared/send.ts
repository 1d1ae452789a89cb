import browser from 'webextension-polyfill';
import { message, type MessageType, type Request, type Response } from './messages';

// Typed wrappers over the extension's message channels.

export function sendToBackground<K extends MessageType>(type: K, request: Request<K>): Promise<Response<K>> {
  return browser.runtime.sendMessage(message(type, request)) as Promise<Response<K>>;
}

export function sendToTab<K extends MessageType>(tabId: number, type: K, request: Request<K>): Promise<Response<K>> {
  return browser.tabs.sendMessage(tabId, message(type, request)) as Promise<Response<K>>;
}
