// Notices that the page changed its DOM (a framework re-rendered the article). The observer's
// callback only raises a flag and asks for one check later; the check itself (are the painted
// ranges still showing their words?) runs in the idle time the caller schedules.

export interface RerenderWatch {
  /** Drops the records of changes Footnote made itself (the wrapping fallback). */
  forget(): void;
}

export function watchRerender(root: Node, onChange: () => void, signal: AbortSignal): RerenderWatch {
  let queued = false;
  const observer = new MutationObserver(() => {
    if (queued) return;
    queued = true;
    queueMicrotask(() => {
      queued = false;
      onChange();
    });
  });
  observer.observe(root, { childList: true, subtree: true, characterData: true });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
  return { forget: () => void observer.takeRecords() };
}
