// Runs work when the page is idle, so Footnote never competes with the page's own start-up.
// Safari-era browsers without requestIdleCallback fall back to a short timeout.

export function whenIdle(signal: AbortSignal, timeout = 1500): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return;
    if (typeof requestIdleCallback === 'function') {
      const handle = requestIdleCallback(() => resolve(), { timeout });
      signal.addEventListener('abort', () => cancelIdleCallback(handle), { once: true });
    } else {
      const handle = setTimeout(resolve, 50);
      signal.addEventListener('abort', () => clearTimeout(handle), { once: true });
    }
  });
}
