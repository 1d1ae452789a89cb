import browser from 'webextension-polyfill';
import { sendToTab } from '../shared/send';

/** Keyboard shortcuts (manifest `commands`) act on the active tab's content script. */
export async function forwardCommand(command: string): Promise<void> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return;
  await sendToTab(tab.id, 'bg:command', { command }).catch(() => undefined);
}
