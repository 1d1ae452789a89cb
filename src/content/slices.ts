// Runs a generator of small steps in slices of about 4 ms, so that Footnote's page work never
// becomes a long task: the generator yields between steps, the runner stops at the budget and
// continues in the next idle period (or animation frame, or timeout where neither exists).

export const SLICE_BUDGET_MS = 4;

type Scheduler = (run: () => void) => () => void;

function defaultScheduler(): Scheduler {
  if (typeof requestIdleCallback === 'function') {
    return (run) => {
      // A timeout so that hidden tabs (no idle periods while the page is busy) still finish.
      const handle = requestIdleCallback(() => run(), { timeout: 200 });
      return () => cancelIdleCallback(handle);
    };
  }
  return (run) => {
    const handle = setTimeout(run, 0);
    return () => clearTimeout(handle);
  };
}

/** Resolves true when the work finished, false when `signal` aborted it first. */
export function runSliced(
  work: Iterator<unknown>, signal: AbortSignal, budget = SLICE_BUDGET_MS, schedule: Scheduler = defaultScheduler(),
): Promise<boolean> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve(false);
    let cancel: (() => void) | null = null;
    const onAbort = (): void => {
      cancel?.();
      resolve(false);
    };
    signal.addEventListener('abort', onAbort, { once: true });
    const slice = (): void => {
      cancel = null;
      if (signal.aborted) return;
      const started = performance.now();
      while (performance.now() - started < budget) {
        if (work.next().done) {
          signal.removeEventListener('abort', onAbort);
          resolve(true);
          return;
        }
      }
      cancel = schedule(slice);
    };
    cancel = schedule(slice);
  });
}
