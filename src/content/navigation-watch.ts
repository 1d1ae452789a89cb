// Single-page news sites change articles without a page load: the History API (which a
// content script cannot hook in the page's world), `popstate`, or an article that appears after
// load. A MutationObserver only notes that something changed; the check runs later, debounced,
// and asks for a new analysis only when the URL or the page's headline really changed.

export function watchNavigation(onChange: () => void, signal: AbortSignal): void {
  let lastUrl = location.href;
  let lastHeading = headingText();
  let timer: ReturnType<typeof setTimeout> | undefined;

  const check = (): void => {
    timer = undefined;
    const url = location.href;
    const heading = headingText();
    if (url === lastUrl && heading === lastHeading) return;
    lastUrl = url;
    lastHeading = heading;
    onChange();
  };
  const schedule = (): void => {
    if (timer === undefined) timer = setTimeout(check, 400);
  };

  window.addEventListener('popstate', schedule, { signal });
  window.addEventListener('hashchange', schedule, { signal });
  const observer = new MutationObserver(schedule);
  observer.observe(document.documentElement, { childList: true, subtree: true });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    if (timer !== undefined) clearTimeout(timer);
  }, { once: true });
}

function headingText(): string {
  return document.querySelector('h1')?.textContent?.trim().slice(0, 200) ?? '';
}
