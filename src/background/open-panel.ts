import browser from 'webextension-polyfill';
import type { ItemKind } from '../shared/messages';

// The hover card's "Open in the Footnote panel": the background remembers which item the card
// showed, opens the toolbar popup where the browser allows it without a click on the toolbar,
// and the popup takes the item when it opens, to put it in view.

const pending = new Map<number, { kind: ItemKind; id: string }>();

export async function openPanelAt(tabId: number | undefined, item: { kind: ItemKind; id: string }): Promise<{ ok: boolean }> {
  if (tabId === undefined) return { ok: false };
  pending.set(tabId, item);
  try {
    await browser.action.openPopup();
    return { ok: true };
  } catch {
    // Firefox, and Chrome without a focused window, allow it only on a toolbar click: the card
    // then tells the reader to click the toolbar button, and the item waits here for the popup.
    return { ok: false };
  }
}

export function takePendingFocus(tabId: number): { kind: ItemKind; id: string } | null {
  const item = pending.get(tabId) ?? null;
  pending.delete(tabId);
  return item;
}
