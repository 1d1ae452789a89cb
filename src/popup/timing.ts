// Performance marks for the panel's benchmarks and end-to-end tests (bench/popup-draw.ts,
// bench/related-first-item.ts): when the content script's answer arrived, when the panel was
// drawn, when related reports were put in the list, and when the last news service had answered.
// Marks cost next to nothing and are read only by the benchmarks and tests.

export const MARK_ANSWERED = 'footnote:sheet-answered';
export const MARK_DRAWN = 'footnote:panel-drawn';
/** Each time the related list's items change; the first is when the first reports showed. */
export const MARK_RELATED_ITEMS = 'footnote:related-items';
/** When every news service had answered (or failed). */
export const MARK_RELATED_DONE = 'footnote:related-done';

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
