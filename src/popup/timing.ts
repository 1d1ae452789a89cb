// Performance marks for the panel's benchmark (bench/popup-draw.ts): when the content script's
// answer arrived and when the panel was drawn. Marks cost next to nothing and are read only by
// the benchmark.

export const MARK_ANSWERED = 'footnote:sheet-answered';
export const MARK_DRAWN = 'footnote:panel-drawn';

export function mark(name: string): void {
  try {
    performance.mark(name);
  } catch {
    // No Performance API: nothing to measure.
  }
}

/** Marks the end of the first frame after the panel's DOM is in place (its layout and paint done). */
export function markDrawn(): void {
  const raf = globalThis.requestAnimationFrame;
  if (typeof raf !== 'function') return mark(MARK_DRAWN);
  raf(() => setTimeout(() => mark(MARK_DRAWN), 0));
}
