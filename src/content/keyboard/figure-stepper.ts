// Which figure the next/previous shortcut goes to. From the figure whose card is open, one step;
// with none open, the first figure at or below the top of the viewport (next) or the last one
// above its bottom (previous). Both ends wrap around.

export type Direction = 'next' | 'previous';

/**
 * `tops` and `bottoms` are the figures' viewport coordinates, in text order; `current` is the
 * index of the figure whose card is open, or -1.
 */
export function stepIndex(
  tops: readonly number[], bottoms: readonly number[], current: number, direction: Direction, viewportHeight: number,
): number {
  const count = tops.length;
  if (!count) return -1;
  if (current >= 0 && current < count) return direction === 'next' ? (current + 1) % count : (current - 1 + count) % count;
  if (direction === 'next') {
    const index = tops.findIndex((top) => top >= 0);
    return index < 0 ? 0 : index;
  }
  for (let index = count - 1; index >= 0; index--) if (bottoms[index]! <= viewportHeight) return index;
  return count - 1;
}
