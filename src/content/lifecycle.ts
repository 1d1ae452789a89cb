import browser from 'webextension-polyfill';

// One owner for the content script's life: every part registers its teardown on the signal.
// The script stops itself when the page is hidden for good (pagehide without bfcache), and when
// the extension was reloaded or removed ("Extension context invalidated"): from then on every
// extension API throws, so nothing may be left listening.

const controller = new AbortController();
export const lifetime: AbortSignal = controller.signal;

export function stop(reason: string): void {
  if (!controller.signal.aborted) controller.abort(reason);
}

/** True while the extension that injected this script is still alive. */
export function extensionAlive(): boolean {
  try {
    return !!browser.runtime?.id;
  } catch {
    return false;
  }
}

export function isContextInvalidated(error: unknown): boolean {
  return /context invalidated|extension context/i.test(error instanceof Error ? error.message : String(error));
}

export function watchLifecycle(): void {
  window.addEventListener('pagehide', (event) => {
    if (!event.persisted) stop('pagehide');
  }, { signal: lifetime });
}
