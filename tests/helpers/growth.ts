// "Linear, not quadratic", checked without a clock bar that a busy machine can break: the same
// work is timed at two sizes in the same run, best of three each, and the caller bounds the ratio.
// Linear work grows about as much as its input (4× for 4× the input), quadratic work by the
// square (16×), so a bound between the two holds under any steady load. A burst of load during
// the large size alone can still lift one measurement past the bound, so a ratio that looks
// worse than linear is measured up to three times more and the lowest counts: quadratic work
// shows its square every time (a loaded machine, ten jobs on two cores, had broken one retry).

/**
 * The time a growth test may take: it runs its work seven times (up to twenty-five when it measures again),
 * and on a loaded machine (the end-to-end browsers, other test files) that can pass the default
 * 5 s although the ratio holds.
 */
export const GROWTH_TIMEOUT = 60_000;

/** How many times longer `work` takes at `factor` times the size. */
export function growth(work: (size: number) => void, size: number, factor = 4, tries = 3): number {
  const best = (n: number): number => {
    let fastest = Infinity;
    for (let i = 0; i < tries; i++) {
      const started = performance.now();
      work(n);
      fastest = Math.min(fastest, performance.now() - started);
    }
    return fastest;
  };
  const ratio = (): number => best(size * factor) / Math.max(best(size), 0.5);
  best(size); // warm the code paths up, so the small size is not charged for compilation
  let lowest = ratio();
  for (let again = 0; again < 3 && lowest >= factor * 2; again++) lowest = Math.min(lowest, ratio());
  return lowest;
}
