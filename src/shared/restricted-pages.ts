// Pages where browsers do not let extensions run content scripts: the popup says so plainly
// instead of waiting for an answer that cannot come.

const RESTRICTED_HOSTS = new Set([
  'chrome.google.com', 'chromewebstore.google.com', 'addons.mozilla.org', 'microsoftedge.microsoft.com',
  'accounts-static.cdn.mozilla.net', 'accounts.firefox.com', 'support.mozilla.org',
]);

/** Why the extension cannot run on this URL, or null when it can. */
export function restrictedReason(url: string | undefined): string | null {
  if (!url) return 'This page does not allow extensions.';
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'This page does not allow extensions.';
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    if (parsed.protocol === 'file:') return 'Footnote does not read files on your computer.';
    return 'Browser pages, the PDF viewer and other extensions’ pages do not allow extensions.';
  }
  if (RESTRICTED_HOSTS.has(parsed.hostname)) return 'Browser extension stores do not allow extensions to run.';
  if (/\.pdf$/i.test(parsed.pathname)) return 'Footnote cannot read PDF documents.';
  return null;
}
