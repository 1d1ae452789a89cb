import browser from 'webextension-polyfill';
import type { Request } from '../shared/messages';

// The toolbar badge shows how many figures the article has, so the reader sees at a glance
// that Footnote has something for this page.

export async function updateBadge({ status, figures }: Request<'cs:state'>, tabId: number | undefined): Promise<{ ok: boolean }> {
  if (tabId === undefined) return { ok: false };
  const text = status === 'ready' && figures > 0 ? String(Math.min(figures, 99)) : '';
  await browser.action.setBadgeText({ tabId, text });
  await browser.action.setBadgeBackgroundColor({ tabId, color: '#1f4e9c' });
  return { ok: true };
}
