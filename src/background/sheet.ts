import browser from 'webextension-polyfill';
import type { Request, SheetState } from '../shared/messages';
import { restrictedReason } from '../shared/restricted-pages';
import { sendToTab } from '../shared/send';

// The popup asks for a tab's fact sheet through here. The content script usually answers at
// once. When none does, the tab is either a page where extensions cannot run (said plainly) or
// was opened before Footnote was installed or updated: then the content script is injected and
// asked once more. (The tab's URL is known only with host access or activeTab, so it is checked
// only after the content script failed to answer.)

export async function getSheet({ tabId, force }: Request<'popup:get-sheet'>): Promise<SheetState> {
  try {
    return await sendToTab(tabId, 'bg:get-sheet', { force });
  } catch {
    // No content script answered.
  }
  const tab = await browser.tabs.get(tabId).catch(() => null);
  if (!tab) return { status: 'error', message: 'The tab is gone.' };
  const reason = restrictedReason(tab.url);
  if (reason) return { status: 'unsupported', reason };
  try {
    await injectContentScript(tabId);
    return await sendToTab(tabId, 'bg:get-sheet', { force });
  } catch (error) {
    return { status: 'error', message: `Footnote could not read this page (${errorText(error)}). Reload the page and try again.` };
  }
}

async function injectContentScript(tabId: number): Promise<void> {
  const files = browser.runtime.getManifest().content_scripts?.flatMap((script) => script.js ?? []) ?? [];
  await browser.scripting.executeScript({ target: { tabId }, files });
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
