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
export async function runSliced(
  work: Iterator<unknown>, signal: AbortSignal, budget = SLICE_BUDGET_MS, schedule: Scheduler = defaultScheduler(),
): Promise<boolean> {
  return (await runSlicedFor(work, signal, budget, schedule)) !== null;
}

/** The same, for work that ends with a value: resolves with it, or null when `signal` aborted first. */
export function runSlicedFor<T>(
  work: Iterator<unknown, T>, signal: AbortSignal, budget = SLICE_BUDGET_MS, schedule: Scheduler = defaultScheduler(),
): Promise<{ value: T } | null> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve(null);
    let cancel: (() => void) | null = null;
    const onAbort = (): void => {
      cancel?.();
      resolve(null);
    };
    signal.addEventListener('abort', onAbort, { once: true });
    const slice = (): void => {
      cancel = null;
      if (signal.aborted) return;
      const started = performance.now();
      while (performance.now() - started < budget) {
        const next = work.next();
        if (next.done) {
          signal.removeEventListener('abort', onAbort);
          resolve({ value: next.value });
          return;
        }
      }
      cancel = schedule(slice);
    };
    cancel = schedule(slice);
  });
}
