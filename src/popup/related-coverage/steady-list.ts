import { useMemo, useRef } from 'preact/hooks';

// The related list fills in as each news service answers, and each answer re-ranks it. A list
// that re-ranks under the reader's pointer or keyboard focus makes them click the wrong report,
// so while they are pointing into the list or focused in it, the items shown keep their places
// and new ones are added below; otherwise the new ranking is shown whole.

/** The next list to show: the new ranking, or, while `hold`, the shown items in place and new ones below. */
export function arrange<T>(shown: readonly T[], next: readonly T[], key: (item: T) => string, hold: boolean): readonly T[] {
  if (!hold) return next;
  const latest = new Map(next.map((item) => [key(item), item]));
  // A shown item the new ranking merged away stays too: nothing disappears under the pointer.
  const kept = shown.map((item) => latest.get(key(item)) ?? item);
  const keptKeys = new Set(kept.map(key));
  return [...kept, ...next.filter((item) => !keptKeys.has(key(item)))];
}

export interface SteadyList<T> {
  shown: readonly T[];
  /** Event handlers for the list's element: they tell when the reader is in it. */
  watch: {
    onPointerEnter(): void;
    onPointerLeave(): void;
    onFocusIn(): void;
    onFocusOut(event: FocusEvent): void;
  };
}

export function useSteadyList<T>(items: readonly T[], key: (item: T) => string): SteadyList<T> {
  const engaged = useRef({ pointer: false, focus: false });
  const previous = useRef<readonly T[]>(items);
  // Arranged while rendering, not in an effect after it: an effect would first paint the new
  // state (its status "ready") over the old list, a frame in which the list is one answer short.
  // `key` is a pure function of an item: only new items change the list.
  const shown = useMemo(
    () => arrange(previous.current, items, key, engaged.current.pointer || engaged.current.focus),
    [items],
  );
  previous.current = shown;
  return {
    shown,
    watch: {
      onPointerEnter: () => void (engaged.current.pointer = true),
      onPointerLeave: () => void (engaged.current.pointer = false),
      onFocusIn: () => void (engaged.current.focus = true),
      onFocusOut: (event) => {
        const to = event.relatedTarget as Node | null;
        engaged.current.focus = to !== null && (event.currentTarget as Node).contains(to);
      },
    },
  };
}
